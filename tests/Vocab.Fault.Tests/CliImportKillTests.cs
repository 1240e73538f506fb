using System.Diagnostics;
using System.Globalization;

namespace Vocab.Fault.Tests;

/// <summary>
/// <c>vocab import</c> killed (SIGKILL) at a random 20–80 % of its usual duration, twice, then the store reopened: the
/// statements are exactly those before or exactly those after the import (never part of it), the change log agrees
/// with them, the same import then completes, and <c>vocab verify</c> exits 0.
/// </summary>
public sealed class CliImportKillTests
{
    private const int Concepts = RdfFiles.ImportConcepts;

    private const int Kills = 2;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CliImport_killedMidway_storeIsExactlyBeforeOrAfter(string provider)
    {
        await using var store = await FaultStore.CreateAsync(provider, "vocab_fault_cli_");
        var first = RdfFiles.Write(Path.Combine(store.Folder, "first.nt"), "first", Concepts);
        var second = RdfFiles.Write(Path.Combine(store.Folder, "second.nt"), "second", Concepts);

        // The usual duration, measured on the same store with a file of the same shape.
        var watch = Stopwatch.StartNew();
        var (code, output) = await VocabProcess.RunAsync(store.Folder, TimeSpan.FromMinutes(2), "import", first, "--db", store.Db, "--no-seed");
        var usual = watch.Elapsed;
        Assert.True(code == 0, output);
        var before = await store.CountAsync();

        var observed = new List<(double Fraction, bool Finished, long Count, long Sequence)>();
        for (var kill = 0; kill < Kills; kill++)
        {
            var fraction = 0.2 + (Random.Shared.NextDouble() * 0.6);
            await using var import = VocabProcess.Start(store.Folder, null, "import", second, "--db", store.Db, "--no-seed");
            await Task.Delay(usual * fraction, TestEnv.Ct);
            var finished = import.HasExited;
            await import.KillAsync();
            observed.Add((fraction, finished, await store.CountAsync(), await store.Store.GetLastSequenceAsync(TestEnv.Ct)));
            await store.AssertVerifiesAsync();
            if (finished || observed[^1].Sequence > 1)
            {
                break;
            }
        }

        // Completed now, unless a kill came after its commit (then it is complete already).
        if (observed[^1].Sequence == 1)
        {
            (code, output) = await VocabProcess.RunAsync(store.Folder, TimeSpan.FromMinutes(2), "import", second, "--db", store.Db, "--no-seed");
            Assert.True(code == 0, output);
        }

        var after = await store.CountAsync();
        Assert.Equal(before + RdfFiles.StatementCount(Concepts), after);
        Assert.All(observed, o => Assert.True(o.Count == before || o.Count == after, $"after a kill at {o.Fraction:P0} the store held {o.Count} statements: neither {before} nor {after}"));
        Assert.All(observed, o => Assert.Equal(o.Count == before ? 1 : 2, o.Sequence));
        var verified = await store.AssertVerifiesAsync();
        Assert.Equal(2, verified.Totals.Changes);

        // The CLI verb says the same, with exit code 0.
        (code, output) = await VocabProcess.RunAsync(store.Folder, TimeSpan.FromMinutes(2), "verify", "--db", store.Db);
        Assert.True(code == 0, output);
        Assert.Contains("ok:", output, StringComparison.Ordinal);

        TestEnv.Report("import-kills", string.Create(CultureInfo.InvariantCulture,
            $"{provider} vocab import of {RdfFiles.StatementCount(Concepts):N0} statements (usual {usual.TotalSeconds:0.0} s): {observed.Count} SIGKILL(s) at {string.Join(", ", observed.Select(o => o.Fraction.ToString("P0", CultureInfo.InvariantCulture) + (o.Finished ? " (had finished)" : "")))}; "
            + $"after each: {string.Join(", ", observed.Select(o => o.Count == before ? "before" : "after"))} ({before:N0} / {after:N0} statements); verify ok"));
    }
}
