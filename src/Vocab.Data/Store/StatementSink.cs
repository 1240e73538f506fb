namespace Vocab.Data;

/// <summary>
/// The provider-specific write path of one change: inserts and retires statement rows inside the change's
/// transaction with prepared SQL (EF change tracking is far too slow for a million rows). Operations take effect in
/// call order; a provider may buffer them until <see cref="Flush"/>.
/// </summary>
internal abstract class StatementSink(long sequence) : IDisposable
{
    /// <summary>The change the rows belong to.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>Rows added by this change so far (after <see cref="Flush"/>); duplicates of current statements are not counted.</summary>
    public long Added { get; protected set; }

    /// <summary>Rows of earlier changes retired by this change so far (after <see cref="Flush"/>).</summary>
    public long Removed { get; protected set; }

    /// <summary>Adds a statement unless it is current already.</summary>
    public abstract void Add(string graph, string subject, string predicate, string obj);

    /// <summary>
    /// Retires a current statement. One added earlier in this same change is deleted outright instead, so the change
    /// never both adds and removes the same row and the log replays exactly.
    /// </summary>
    public abstract void Remove(string graph, string subject, string predicate, string obj);

    /// <summary>Writes whatever is buffered.</summary>
    public abstract void Flush();

    /// <summary>Sets the counters back, after the caller rolled back to a savepoint taken when they had these values.</summary>
    public void ResetCounts(long added, long removed)
    {
        Added = added;
        Removed = removed;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases prepared statements.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
