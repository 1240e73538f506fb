using System.Net;
using System.Net.Sockets;

namespace Vocab.Fault.Tests;

/// <summary>Where things are: the built vocab program, the repository, a PostgreSQL server for tests, free ports.</summary>
internal static class TestEnv
{
    /// <summary>The vocab program, copied beside the tests by the project reference.</summary>
    public static string VocabDll { get; } = Path.Combine(AppContext.BaseDirectory, "vocab.dll");

    /// <summary>The PostgreSQL server named by VOCAB_TEST_POSTGRES, or null.</summary>
    public static string? PostgresServer { get; } =
        Environment.GetEnvironmentVariable("VOCAB_TEST_POSTGRES") is { Length: > 0 } s && !string.IsNullOrWhiteSpace(s) ? s : null;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A port nothing listens on right now (the OS hands out a fresh one; a fresh one per server start avoids TIME_WAIT surprises).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Writes a line to the test output and appends it to <c>artifacts/faults/NAME.txt</c> (the README quotes these).</summary>
    public static void Report(string name, string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        var folder = Path.Combine(RepoRoot(), "artifacts", "faults");
        Directory.CreateDirectory(folder);
        File.AppendAllText(Path.Combine(folder, name + ".txt"), $"{DateTime.UtcNow:u} {line}\n");
    }

    /// <summary>Polls <paramref name="condition"/> until it holds, failing with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"timed out after {timeout.TotalSeconds:0} s waiting for {what}");
            }

            await Task.Delay(50, Ct);
        }
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vocab.sln")))
            {
                return dir.FullName;
            }
        }

        return Path.GetTempPath();
    }
}
