using System.Diagnostics;
using System.Text;

namespace Vocab.Fault.Tests;

/// <summary>
/// One run of the built <c>vocab</c> program as a child process (serve, import, verify), with its output kept for the
/// failure message. <see cref="KillAsync"/> is SIGKILL on Linux: no shutdown code runs, exactly like a crash or an OOM kill.
/// </summary>
internal sealed class VocabProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    private VocabProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Time since start.</summary>
    public TimeSpan Elapsed => _watch.Elapsed;

    /// <summary>Everything the process wrote so far (stdout and stderr interleaved, last 64 KB).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet vocab.dll ARGS</c> in <paramref name="home"/> (its HOME, so nothing of the user's is touched).</summary>
    public static VocabProcess Start(string home, IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = home,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(TestEnv.VocabDll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment.Remove("VOCAB_DB");
        psi.Environment["HOME"] = home;
        psi.Environment["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
        psi.Environment["VOCAB_SEED"] = "false";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        // Per-request information logs cost CPU the load needs; warnings (store outages, follower retries) stay.
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        psi.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            psi.Environment[k] = v;
        }

        return new VocabProcess(Process.Start(psi)!);
    }

    /// <summary>Runs the program to its end (at most <paramref name="timeout"/>) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string home, TimeSpan timeout, params string[] args)
    {
        await using var p = Start(home, null, args);
        p._process.StandardInput.Close();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestEnv.Ct);
        cts.CancelAfter(timeout);
        try
        {
            await p._process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!TestEnv.Ct.IsCancellationRequested)
        {
            Assert.Fail($"vocab {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s:\n{p.Output}");
        }

        p._process.WaitForExit(); // drains the asynchronous output readers
        return (p._process.ExitCode, p.Output);
    }

    /// <summary>SIGKILL, then waits until the process is gone (its sockets and file locks released).</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        // Not the test's token: a cancelled test must still reap its children.
        using var reaped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(reaped.Token);
    }

    /// <summary>Waits for the process to end by itself.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestEnv.Ct);
        cts.CancelAfter(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length > 64 * 1024)
            {
                _output.Remove(0, _output.Length - (48 * 1024));
            }

            _output.Append(line).Append('\n');
        }
    }
}
