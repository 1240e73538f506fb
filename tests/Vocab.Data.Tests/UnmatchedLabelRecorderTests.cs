using System.Diagnostics;

namespace Vocab.Data.Tests;

/// <summary>The unmatched-label recorder's contract, run against every provider (subclasses at the end of the file).</summary>
public abstract class UnmatchedLabelRecorderTests(StoreBackend backend) : IAsyncDisposable
{
    private static readonly string[] Sources = ["pipeline-a", "pipeline-b", "pipeline-c"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return backend.DisposeAsync();
    }

    [Fact]
    public async Task CountOutcomes_twoFlushes_addUpPerDayWithTheSameUpsertOnEveryProvider()
    {
        using var recorder = new UnmatchedLabelRecorder(backend.CreateStore().Database);
        recorder.CountOutcomes(matched: 90, ambiguous: 4, unmatched: 6);
        await recorder.FlushAsync(Ct);
        recorder.CountOutcomes(matched: 10, ambiguous: 0, unmatched: 0);
        await recorder.FlushAsync(Ct);

        var day = Assert.Single(await recorder.ReadDaysAsync(7, Ct));
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day.Day);
        Assert.Equal((100L, 4L, 6L), (day.Matched, day.Ambiguous, day.Unmatched));
    }

    [Fact]
    public async Task Record_tenThousandFor100KeysFrom3Sources_aggregatesCountsSamplesAndSources()
    {
        using var recorder = new UnmatchedLabelRecorder(backend.CreateStore().Database);
        for (var i = 0; i < 10_000; i++)
        {
            // Key k{i % 100}; each key sees 100 entries, 10 distinct raw spellings, all three sources.
            var key = $"k{i % 100:D3}";
            recorder.Record($"{key} Raw {i / 100 % 10}", key, "unmatched", Sources[i % 3]);
        }

        await recorder.FlushAsync(Ct);

        var top = await recorder.ReadTopAsync(1000, 0, Ct);
        Assert.Equal(100, top.Count);
        Assert.Equal(100, await recorder.CountAsync(Ct));
        Assert.All(top, entry =>
        {
            Assert.Equal(100, entry.Count);
            Assert.Equal("unmatched", entry.Status);
            Assert.Equal(5, entry.Samples.Count);
            Assert.Equal(entry.Samples.Count, entry.Samples.Distinct().Count());
            Assert.All(entry.Samples, s => Assert.StartsWith(entry.Key, s, StringComparison.Ordinal));
            Assert.Equal(Sources, entry.Sources.Keys.Order());
            Assert.Equal(100, entry.Sources.Values.Sum());
            Assert.True(entry.FirstSeenUtc <= entry.LastSeenUtc);
            Assert.Equal(DateTimeKind.Utc, entry.FirstSeenUtc.Kind);
        });
        Assert.Equal(0, recorder.Dropped);
    }

    [Fact]
    public async Task Flush_twice_mergesWithStoredRow()
    {
        using var recorder = new UnmatchedLabelRecorder(backend.CreateStore().Database);
        recorder.Record("HAADF-STEM", "haadf stem", "unmatched", "lab-1");
        recorder.Record("haadf stem", "haadf stem", "unmatched", null);
        await recorder.FlushAsync(Ct);
        var first = Assert.Single(await recorder.ReadTopAsync(10, 0, Ct));
        await Task.Delay(20, Ct);

        recorder.Record("HAADF STEM", "haadf stem", "ambiguous", "lab-2");
        recorder.Record("HAADF-STEM", "haadf stem", "ambiguous", "lab-1");
        await recorder.FlushAsync(Ct);

        var entry = Assert.Single(await recorder.ReadTopAsync(10, 0, Ct));
        Assert.Equal(4, entry.Count);
        Assert.Equal("ambiguous", entry.Status);
        Assert.Equal(["HAADF-STEM", "haadf stem", "HAADF STEM"], entry.Samples);
        Assert.Equal(2, entry.Sources["lab-1"]);
        Assert.Equal(1, entry.Sources["lab-2"]);
        Assert.Equal(first.FirstSeenUtc, entry.FirstSeenUtc, TimeSpan.FromMilliseconds(1));
        Assert.True(entry.LastSeenUtc > first.LastSeenUtc);
    }

    [Fact]
    public async Task ReadTop_ordersByCountThenKey_andPages()
    {
        using var recorder = new UnmatchedLabelRecorder(backend.CreateStore().Database);
        foreach (var (key, times) in new[] { ("b", 3), ("a", 3), ("c", 7), ("d", 1) })
        {
            for (var i = 0; i < times; i++)
            {
                recorder.Record(key.ToUpperInvariant(), key, "unmatched", null);
            }
        }

        await recorder.FlushAsync(Ct);

        Assert.Equal(["c", "a", "b", "d"], (await recorder.ReadTopAsync(10, 0, Ct)).Select(e => e.Key));
        Assert.Equal(["b"], (await recorder.ReadTopAsync(1, 2, Ct)).Select(e => e.Key));
        Assert.Empty(await recorder.ReadTopAsync(10, 4, Ct));
        Assert.Empty((await recorder.ReadTopAsync(10, 0, Ct)).Single(e => e.Key == "d").Sources);
    }

    [Fact]
    public async Task Record_manySources_keepsTwentyAndLongValuesAreCut()
    {
        using var recorder = new UnmatchedLabelRecorder(backend.CreateStore().Database);
        var longKey = new string('x', 5000);
        for (var i = 0; i < 30; i++)
        {
            recorder.Record(longKey + "!", longKey, "unmatched", $"source-{i:D2}");
        }

        await recorder.FlushAsync(Ct);

        var entry = Assert.Single(await recorder.ReadTopAsync(10, 0, Ct));
        Assert.Equal(UnmatchedLabelRecorder.MaxLength, entry.Key.Length);
        Assert.Equal(UnmatchedLabelRecorder.MaxLength, Assert.Single(entry.Samples).Length);
        Assert.Equal(20, entry.Sources.Count);
        Assert.Equal(30, entry.Count);
    }

    [Fact]
    public async Task RunAsync_writesWithinAboutASecond_andStopsOnCancel()
    {
        using var recorder = new UnmatchedLabelRecorder(backend.CreateStore().Database);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var loop = recorder.RunAsync(stop.Token);

        recorder.Record("Cryo-EM", "cryo em", "unmatched", "run");
        var watch = Stopwatch.StartNew();
        while ((await recorder.ReadTopAsync(1, 0, Ct)).Count == 0)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "the writer loop did not write within 10 s");
            await Task.Delay(50, Ct);
        }

        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.True(loop.IsCompletedSuccessfully);
    }
}

public sealed class SqliteUnmatchedLabelRecorderTests() : UnmatchedLabelRecorderTests(new SqliteBackend());

public sealed class PostgresUnmatchedLabelRecorderTests() : UnmatchedLabelRecorderTests(new PostgresBackend());
