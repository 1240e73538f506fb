namespace Vocab.Index;

/// <summary>Which property of a concept an indexed label comes from.</summary>
public enum LabelRole
{
    /// <summary><c>skos:prefLabel</c>.</summary>
    Pref,

    /// <summary><c>skos:altLabel</c>.</summary>
    Alt,

    /// <summary><c>skos:hiddenLabel</c>.</summary>
    Hidden,

    /// <summary><c>skos:notation</c>.</summary>
    Notation,

    /// <summary><c>vdef:mappedLabel</c>: a raw label an expert mapped to the concept; matched, never searched or shown.</summary>
    Curated,
}

/// <summary>How a raw label reached a concept, strongest first.</summary>
public enum MatchType
{
    /// <summary>The raw label (trimmed) equals an indexed label.</summary>
    Exact,

    /// <summary>The raw label or its key equals a mapping an expert confirmed (<c>vdef:mappedLabel</c>).</summary>
    Curated,

    /// <summary>The normalizer's key equals an indexed label's key.</summary>
    Normalized,

    /// <summary>An abbreviation of one side (initialism or parenthesized short form) equals the other side.</summary>
    Abbreviation,

    /// <summary>Close by edit distance (Latin) or bigram Dice (Japanese).</summary>
    Fuzzy,
}

/// <summary>The decision for one raw label.</summary>
public enum MatchStatus
{
    /// <summary>One clear winner above the threshold.</summary>
    Matched,

    /// <summary>Several close candidates: the caller or an expert chooses.</summary>
    Ambiguous,

    /// <summary>Nothing good enough; never a guess.</summary>
    Unmatched,
}

/// <summary>Restrictions and size of a match.</summary>
public sealed record MatchOptions
{
    /// <summary>Only labels in this language (or a subtag of it, or untagged); also the display language.</summary>
    public string? Lang { get; init; }

    /// <summary>Only concepts in this concept scheme.</summary>
    public string? Scheme { get; init; }

    /// <summary>Only this concept or concepts narrower than it (transitively): "what kind of thing" the label names.</summary>
    public string? Type { get; init; }

    /// <summary>How many candidates to return.</summary>
    public int Limit { get; init; } = 3;
}

/// <summary>One concept a raw label may denote.</summary>
/// <param name="ConceptIri">The concept.</param>
/// <param name="PrefLabel">Its preferred label in the requested language, else English, else Japanese, else any.</param>
/// <param name="Lang">The language of <paramref name="PrefLabel"/>.</param>
/// <param name="Score">Evidence in 0..1 (see <see cref="MatchScoring"/>).</param>
/// <param name="MatchType">The tier that found it.</param>
/// <param name="MatchedLabel">The indexed label that matched.</param>
/// <param name="Unit">The unit the normalizer split off the raw label, as written (after NFKC); null when none.</param>
/// <param name="UnitId">The unit concept (in the unit scheme) that <paramref name="Unit"/> names; null when none or unclear.</param>
/// <param name="UnitPrefLabel">That unit concept's preferred label in the requested language with fallback.</param>
public sealed record Candidate(
    string ConceptIri,
    string PrefLabel,
    string Lang,
    double Score,
    MatchType MatchType,
    string MatchedLabel,
    string? Unit,
    string? UnitId = null,
    string? UnitPrefLabel = null);

/// <summary>The outcome of matching one raw label.</summary>
/// <param name="Status">The decision.</param>
/// <param name="Best">The winner when <see cref="MatchStatus.Matched"/>, else null.</param>
/// <param name="Candidates">The best candidates, highest score first (at most the requested limit).</param>
public sealed record MatchResult(MatchStatus Status, Candidate? Best, IReadOnlyList<Candidate> Candidates);

/// <summary>Restrictions and size of a search.</summary>
public sealed record SearchOptions
{
    /// <summary>Only labels in this language (or a subtag of it, or untagged); also the display language.</summary>
    public string? Lang { get; init; }

    /// <summary>Only concepts in this concept scheme.</summary>
    public string? Scheme { get; init; }

    /// <summary>How many hits to return.</summary>
    public int Limit { get; init; } = 20;
}

/// <summary>How a search hit was found.</summary>
public enum SearchMatchKind
{
    /// <summary>The query equals the label (raw or normalized).</summary>
    Exact,

    /// <summary>The folded label starts with the folded query.</summary>
    Prefix,

    /// <summary>The folded label contains the folded query.</summary>
    Substring,

    /// <summary>Close by edit distance or bigram Dice.</summary>
    Fuzzy,
}

/// <summary>One concept found by search or autocomplete, with the label that matched.</summary>
/// <param name="ConceptIri">The concept.</param>
/// <param name="PrefLabel">Its preferred label in the requested language with fallback.</param>
/// <param name="Lang">The language of <paramref name="PrefLabel"/>.</param>
/// <param name="MatchedLabel">The label that matched.</param>
/// <param name="MatchedLang">The language of <paramref name="MatchedLabel"/>.</param>
/// <param name="Role">Which property <paramref name="MatchedLabel"/> comes from.</param>
/// <param name="Kind">How it matched.</param>
/// <param name="Score">Rank in 0..1: exact &gt; prefLabel &gt; altLabel &gt; hidden &gt; fuzzy.</param>
public sealed record SearchHit(
    string ConceptIri, string PrefLabel, string Lang, string MatchedLabel, string MatchedLang, LabelRole Role, SearchMatchKind Kind, double Score);
