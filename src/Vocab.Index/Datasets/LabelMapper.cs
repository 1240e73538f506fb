using System.Globalization;

namespace Vocab.Index.Datasets;

/// <summary>Where in a dataset a label was found.</summary>
public enum LabelSite
{
    /// <summary>A CSV/TSV column header.</summary>
    Header,

    /// <summary>A JSON object key.</summary>
    Key,

    /// <summary>A cell of a chosen column, or a JSON string value.</summary>
    Value,
}

/// <summary>One distinct label of a dataset and what it matched.</summary>
/// <param name="Input">The label as written in the dataset.</param>
/// <param name="Site">Where it was first seen.</param>
/// <param name="Result">The matcher's decision.</param>
public sealed record LabelMapping(string Input, LabelSite Site, MatchResult Result)
{
    /// <summary>How many times the label occurs in the dataset.</summary>
    public int Occurrences { get; internal set; } = 1;

    /// <summary>The label that replaces <see cref="Input"/> in the normalized copy: the concept's prefLabel when matched.</summary>
    public string Output => Result.Status == MatchStatus.Matched && Result.Best is { } best ? best.PrefLabel : Input;
}

/// <summary>
/// Matches the labels of one dataset against a <see cref="LabelIndex"/>, once per distinct label, and keeps the
/// mapping table in first-seen order. Not thread-safe: one mapper per dataset.
/// </summary>
public sealed class LabelMapper
{
    private readonly LabelIndex _index;
    private readonly MatchOptions _options;
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly List<LabelMapping> _mappings = [];

    /// <summary>Creates a mapper that matches with <paramref name="options"/>.</summary>
    public LabelMapper(LabelIndex index, MatchOptions? options = null)
    {
        _index = index;
        _options = options ?? new MatchOptions();
    }

    /// <summary>The mapping table: one row per distinct label, in the order first seen.</summary>
    public IReadOnlyList<LabelMapping> Mappings => _mappings;

    /// <summary>Matches <paramref name="raw"/> (or reuses the earlier decision) and returns its replacement.</summary>
    public string Map(string raw, LabelSite site)
    {
        if (_positions.TryGetValue(raw, out var position))
        {
            // Counted in place: a chosen column repeats a handful of values over many rows.
            var seen = _mappings[position];
            seen.Occurrences++;
            return seen.Output;
        }

        var mapping = new LabelMapping(raw, site, _index.Match(raw, _options));
        _positions[raw] = _mappings.Count;
        _mappings.Add(mapping);
        return mapping.Output;
    }

    /// <summary>
    /// Writes the mapping table as TSV: input, site, occurrences, status, concept_id, pref_label, score, match_type, unit
    /// (as written) and unit_id (the unit concept it names, when one does).
    /// Ambiguous rows name their best candidate so a curator sees what competed; the status says it was not applied.
    /// </summary>
    public static void WriteTable(TextWriter writer, IEnumerable<LabelMapping> mappings)
    {
        string[] header = ["input", "site", "occurrences", "status", "concept_id", "pref_label", "score", "match_type", "unit", "unit_id"];
        DelimitedText.WriteRecord(writer, header, '\t');
        foreach (var m in mappings)
        {
            var c = m.Result.Best ?? (m.Result.Status == MatchStatus.Ambiguous ? m.Result.Candidates.Count > 0 ? m.Result.Candidates[0] : null : null);
            DelimitedText.WriteRecord(writer,
            [
                m.Input,
                Name(m.Site),
                m.Occurrences.ToString(CultureInfo.InvariantCulture),
                Name(m.Result.Status),
                c?.ConceptIri ?? "",
                c?.PrefLabel ?? "",
                c is null ? "" : c.Score.ToString("0.###", CultureInfo.InvariantCulture),
                c is null ? "" : Name(c.MatchType),
                c?.Unit ?? "",
                c?.UnitId ?? "",
            ], '\t');
        }
    }

    /// <summary>The lower-case wire name of an enum value (<c>matched</c>, <c>fuzzy</c>, <c>header</c>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
