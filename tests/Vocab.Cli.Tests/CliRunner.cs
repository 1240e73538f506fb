using System.Diagnostics;

namespace Vocab.Cli.Tests;

/// <summary>What one run of the vocab program printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Non-empty stderr lines.</summary>
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// Runs the built <c>vocab</c> program (copied beside the tests by the project reference) as a child process with a
/// clean environment: no VOCAB_DB, and HOME pointing into the test's own folder so the default store is never touched.
/// </summary>
internal static class CliRunner
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "vocab.dll");

    public static Task<CliResult> RunAsync(string workDir, IReadOnlyDictionary<string, string>? env, params string[] args) =>
        RunWithInputAsync(workDir, env, "", args);

    /// <summary>Runs the program with <paramref name="input"/> on stdin, then end of input (never a hang on a read).</summary>
    public static async Task<CliResult> RunWithInputAsync(string workDir, IReadOnlyDictionary<string, string>? env, string input, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment.Remove("VOCAB_DB");
        psi.Environment.Remove("VOCAB_SEED");
        psi.Environment["HOME"] = workDir;
        psi.Environment["XDG_DATA_HOME"] = Path.Combine(workDir, ".local", "share");
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            psi.Environment[k] = v;
        }

        using var p = Process.Start(psi)!;
        await p.StandardInput.WriteAsync(input);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await p.WaitForExitAsync(timeout.Token);
        return new CliResult(p.ExitCode, await stdout, await stderr);
    }

    public static Task<CliResult> RunAsync(string workDir, params string[] args) => RunAsync(workDir, null, args);
}
