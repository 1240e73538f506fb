using System.Diagnostics;
using System.Globalization;

namespace Vocab.Fault.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster of the test's own (initdb into a temp folder, a free port), so it can be stopped and
/// started under load without disturbing other tests' server. As root the binaries run as the postgres user, which
/// PostgreSQL insists on (the way <c>.ci/run</c> does it). Tests skip when the binaries are not installed.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _root;

    private PostgresCluster(string bin, string root, int port)
    {
        _bin = bin;
        _root = root;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A connection string to the cluster's <c>postgres</c> database.</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres");

    public static async Task<PostgresCluster> CreateAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null)
        {
            Assert.Skip("needs the PostgreSQL server binaries (/usr/lib/postgresql/*/bin; apt-get install postgresql)");
        }

        var root = Directory.CreateTempSubdirectory("vocab-fault-pg-").FullName;
        if (IsRoot)
        {
            await RunAsync("chown", "postgres:postgres", root);
        }

        var cluster = new PostgresCluster(bin, root, TestEnv.FreePort());
        await cluster.RunPgAsync("initdb", "-D", cluster.Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await cluster.StartAsync();
        return cluster;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private string Data => Path.Combine(_root, "data");

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public Task StartAsync() => RunPgAsync(
        "pg_ctl", "-D", Data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
        "-o", string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"),
        "start");

    /// <summary>Fast shutdown: open transactions are rolled back and every client connection is cut, as in a failover or a restart for an upgrade.</summary>
    public Task StopAsync() => RunPgAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "-t", "60", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(Data, "postmaster.pid")))
            {
                await RunPgAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
            }

            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) when (e is IOException or Xunit.Sdk.XunitException)
        {
            // Cleanup only: the OS temp cleaner gets a folder left behind.
        }
    }

    private Task RunPgAsync(string tool, params string[] args) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args]) : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await p.WaitForExitAsync(timeout.Token);
        Assert.True(p.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {p.ExitCode}: {await stdout}{await stderr}");
    }
}
