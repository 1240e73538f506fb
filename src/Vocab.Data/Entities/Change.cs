namespace Vocab.Data;

/// <summary>
/// One entry of the append-only change log. Its statements are the rows whose added_in or removed_in equals
/// <see cref="Seq"/>; the sequence is gapless and in commit order because it is assigned under the write lock.
/// </summary>
public sealed class Change
{
    /// <summary>Log sequence number (1, 2, 3, ...).</summary>
    public long Seq { get; set; }

    /// <summary>When the change was committed (UTC).</summary>
    public DateTime TimestampUtc { get; set; }

    /// <summary>Who made the change (a user name or token name).</summary>
    public required string Actor { get; set; }

    /// <summary>Why the change was made.</summary>
    public required string Reason { get; set; }

    /// <summary>The accepted proposal this change applies, if any.</summary>
    public long? ProposalId { get; set; }

    /// <summary>What kind of change: import, edit, merge, restore, ...</summary>
    public required string Kind { get; set; }

    /// <summary>Where the statements came from (e.g. imported file names).</summary>
    public string? Source { get; set; }

    /// <summary>Number of statements the change added.</summary>
    public long AddedCount { get; set; }

    /// <summary>Number of statements the change removed.</summary>
    public long RemovedCount { get; set; }

    /// <summary>Optional machine-readable summary (e.g. an import report) as JSON.</summary>
    public string? SummaryJson { get; set; }
}
