namespace Vocab.Data;

/// <summary>One row of the unmatched-label list, as <see cref="UnmatchedLabelRecorder.ReadTopAsync"/> returns it.</summary>
/// <param name="Key">The normalized matching key.</param>
/// <param name="Status">The latest outcome: <c>unmatched</c> or <c>ambiguous</c>.</param>
/// <param name="Count">How many times the label was seen.</param>
/// <param name="FirstSeenUtc">When it was first seen.</param>
/// <param name="LastSeenUtc">When it was last seen.</param>
/// <param name="Samples">Up to five distinct raw forms, earliest first.</param>
/// <param name="Sources">Count per source (at most twenty sources).</param>
public sealed record UnmatchedLabelEntry(
    string Key,
    string Status,
    long Count,
    DateTime FirstSeenUtc,
    DateTime LastSeenUtc,
    IReadOnlyList<string> Samples,
    IReadOnlyDictionary<string, long> Sources);
