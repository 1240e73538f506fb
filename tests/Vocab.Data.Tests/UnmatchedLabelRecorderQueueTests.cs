using System.Diagnostics;

namespace Vocab.Data.Tests;

/// <summary>The recorder's queue alone: no database is touched, so these run without a store.</summary>
public sealed class UnmatchedLabelRecorderQueueTests
{
    // Never opened: these tests only enqueue.
    private static VocabDatabase Unopened() => new(StoreOptions.Parse(Path.Combine(Path.GetTempPath(), "never-opened.db")));

    [Fact]
    public void Record_fullQueue_dropsAndCountsWithoutBlocking()
    {
        using var recorder = new UnmatchedLabelRecorder(Unopened(), capacity: 100);

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 100_000; i++)
        {
            recorder.Record("Label", "label", "unmatched", "s");
        }

        watch.Stop();
        Assert.Equal(100, recorder.Pending);
        Assert.Equal(99_900, recorder.Dropped);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"100,000 Record calls took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("matched")]
    [InlineData("")]
    [InlineData("Unmatched")]
    public void Record_unknownStatus_throws(string status)
    {
        using var recorder = new UnmatchedLabelRecorder(Unopened());

        Assert.Throws<ArgumentException>(() => recorder.Record("x", "x", status, null));
    }

    [Fact]
    public void Record_emptyKey_isIgnored()
    {
        using var recorder = new UnmatchedLabelRecorder(Unopened());

        recorder.Record("  ", "", "unmatched", null);

        Assert.Equal(0, recorder.Pending);
        Assert.Equal(0, recorder.Dropped);
    }
}
