using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vocab.Server.Api.Normalization;

/// <summary>The body of <c>POST /api/v1/normalize</c>.</summary>
/// <param name="Labels">The raw labels, answered in this order.</param>
/// <param name="Lang">Only labels in this language (and untagged ones); also the language of the prefLabel shown.</param>
/// <param name="Scheme">Only concepts in this concept scheme (an IRI the thesaurus has).</param>
/// <param name="Type">Only this concept or concepts narrower than it.</param>
/// <param name="Limit">Candidates per label (default 3).</param>
/// <param name="Source">The dataset or pipeline that sent the labels; recorded with labels that match nothing.</param>
internal sealed record NormalizeRequest(
    IReadOnlyList<string?>? Labels, string? Lang, string? Scheme, string? Type, int? Limit, string? Source);

/// <summary>One concept a label may denote.</summary>
/// <param name="Id">The concept IRI.</param>
/// <param name="PrefLabel">Its preferred label in the requested language with fallback.</param>
/// <param name="Lang">The language of the prefLabel.</param>
/// <param name="Score">Evidence in 0..1.</param>
/// <param name="MatchType">exact, curated, normalized, abbreviation or fuzzy.</param>
/// <param name="MatchedLabel">The indexed label (or curated mapping) that matched.</param>
/// <param name="Unit">The unit split off the label; absent when the label carries none.</param>
internal sealed record NormalizeCandidate(
    string Id,
    string PrefLabel,
    string Lang,
    double Score,
    string MatchType,
    string MatchedLabel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] NormalizeUnit? Unit);

/// <summary>The unit a label carried ("Acc. Voltage [kV]"), resolved against the unit scheme when a unit concept names it.</summary>
/// <param name="Symbol">The unit as written (after Unicode NFKC).</param>
/// <param name="Id">The unit concept (scheme https://w3id.org/vocab/unit) with that symbol or label; null when none or unclear.</param>
/// <param name="PrefLabel">The unit concept's preferred label in the requested language with fallback; null with <paramref name="Id"/>.</param>
internal sealed record NormalizeUnit(string Symbol, string? Id, string? PrefLabel);

/// <summary>The answer for one label: status is matched, ambiguous or unmatched; best is set only when matched.</summary>
internal sealed record NormalizeResult(string Input, string Status, NormalizeCandidate? Best, IReadOnlyList<NormalizeCandidate> Candidates);

/// <summary>The answer of <c>POST /api/v1/normalize</c>: one result per label, in input order.</summary>
internal sealed record NormalizeResponse(IReadOnlyList<NormalizeResult> Results);

/// <summary>One concept found by search or autocomplete.</summary>
/// <param name="Id">The concept IRI.</param>
/// <param name="PrefLabel">Its preferred label in the requested language, else English, else Japanese, else any.</param>
/// <param name="Lang">The language of the prefLabel.</param>
/// <param name="MatchedLabel">The label that matched the query.</param>
/// <param name="MatchedLang">Its language.</param>
/// <param name="MatchKind">pref, alt, hidden or notation (the property of the matched label), or fuzzy.</param>
/// <param name="Score">Rank in 0..1.</param>
internal sealed record SearchHitDto(string Id, string PrefLabel, string Lang, string MatchedLabel, string MatchedLang, string MatchKind, double Score);

/// <summary>Ranked hits of search or autocomplete, best first.</summary>
internal sealed record SearchResponse(IReadOnlyList<SearchHitDto> Results);

/// <summary>Source-generated (de)serialization of the label API bodies.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(NormalizeRequest))]
[JsonSerializable(typeof(NormalizeResponse))]
[JsonSerializable(typeof(SearchResponse))]
internal sealed partial class NormalizationJsonContext : JsonSerializerContext;
