namespace Vocab.Data;

/// <summary>
/// A label that pipelines sent and the matcher could not resolve (no concept, or more than one), aggregated by its
/// normalized key. Written only by <see cref="UnmatchedLabelRecorder"/>.
/// </summary>
public sealed class UnmatchedLabel
{
    /// <summary>The normalized matching key (primary key).</summary>
    public required string Key { get; set; }

    /// <summary>The latest outcome: <c>unmatched</c> or <c>ambiguous</c>.</summary>
    public required string Status { get; set; }

    /// <summary>How many times the label was seen.</summary>
    public long Count { get; set; }

    /// <summary>When the label was first seen (UTC).</summary>
    public DateTime FirstSeenUtc { get; set; }

    /// <summary>When the label was last seen (UTC).</summary>
    public DateTime LastSeenUtc { get; set; }

    /// <summary>JSON array of up to five distinct raw forms, earliest first.</summary>
    public required string SamplesJson { get; set; }

    /// <summary>JSON object mapping a source (pipeline, dataset) to its count, at most twenty sources.</summary>
    public required string SourcesJson { get; set; }
}
