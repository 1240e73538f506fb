using System.Globalization;

namespace Vocab.Index.Datasets;

/// <summary>Metadata of an SSSOM mapping set.</summary>
public sealed record SssomOptions
{
    /// <summary>The mapping set's IRI (SSSOM requires one).</summary>
    public required string MappingSetId { get; init; }

    /// <summary>The license of the mapping set (SSSOM requires one).</summary>
    public string License { get; init; } = "https://creativecommons.org/publicdomain/zero/1.0/";

    /// <summary>The tool recorded as <c>mapping_tool</c>.</summary>
    public string MappingTool { get; init; } = "vocab normalize";

    /// <summary>The date recorded as <c>mapping_date</c>; today (UTC) when null.</summary>
    public DateOnly? MappingDate { get; init; }
}

/// <summary>
/// Writes matched labels as SSSOM TSV literal mappings: a YAML metadata block in <c>#</c> comment lines, then one row
/// per label with <c>subject_label</c> and <c>subject_type: rdfs literal</c> (a literal has no id). Exact, normalized
/// and abbreviation matches are <c>skos:exactMatch</c> by <c>semapv:LexicalMatching</c>; fuzzy ones are
/// <c>skos:closeMatch</c> by <c>semapv:LexicalSimilarityThresholdMatching</c>. Unmatched and ambiguous labels are
/// not mappings and are left out.
/// </summary>
public static class SssomWriter
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "subject_label", "subject_type", "predicate_id", "object_id", "object_label", "object_type",
        "mapping_justification", "confidence",
    ];

    /// <summary>Writes the mapping set.</summary>
    public static void Write(TextWriter writer, IEnumerable<LabelMapping> mappings, SssomOptions options)
    {
        var rows = mappings.Where(m => m.Result.Status == MatchStatus.Matched && m.Result.Best is not null).ToList();
        var prefixes = new CurieMap();
        foreach (var m in rows)
        {
            prefixes.Register(m.Result.Best!.ConceptIri);
        }

        writer.Write("#curie_map:\n");
        foreach (var (prefix, ns) in prefixes.Entries)
        {
            writer.Write($"#  {prefix}: \"{ns}\"\n");
        }

        writer.Write($"#mapping_set_id: \"{options.MappingSetId}\"\n");
        writer.Write($"#license: \"{options.License}\"\n");
        writer.Write($"#mapping_tool: \"{options.MappingTool}\"\n");
        var date = options.MappingDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
        writer.Write($"#mapping_date: \"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"\n");
        DelimitedText.WriteRecord(writer, [.. Columns], '\t');
        foreach (var m in rows)
        {
            var best = m.Result.Best!;
            var fuzzy = best.MatchType == MatchType.Fuzzy;
            var curated = best.MatchType == MatchType.Curated;
            DelimitedText.WriteRecord(writer,
            [
                m.Input,
                "rdfs literal",
                fuzzy ? "skos:closeMatch" : "skos:exactMatch",
                prefixes.Compact(best.ConceptIri),
                best.PrefLabel,
                "skos concept",
                curated ? "semapv:ManualMappingCuration" : fuzzy ? "semapv:LexicalSimilarityThresholdMatching" : "semapv:LexicalMatching",
                best.Score.ToString("0.###", CultureInfo.InvariantCulture),
            ], '\t');
        }
    }

    /// <summary>Prefixes for the IRIs a mapping set uses: the fixed SSSOM ones plus one per concept namespace.</summary>
    private sealed class CurieMap
    {
        private readonly Dictionary<string, string> _byNamespace = new(StringComparer.Ordinal)
        {
            ["http://www.w3.org/2004/02/skos/core#"] = "skos",
            ["https://w3id.org/semapv/vocab/"] = "semapv",
            ["http://www.w3.org/2000/01/rdf-schema#"] = "rdfs",
        };

        private readonly HashSet<string> _taken = new(StringComparer.Ordinal) { "skos", "semapv", "rdfs" };

        public IEnumerable<(string Prefix, string Namespace)> Entries => _byNamespace.Select(e => (e.Value, e.Key));

        public void Register(string iri)
        {
            var (ns, _) = Split(iri);
            if (ns.Length == 0 || _byNamespace.ContainsKey(ns))
            {
                return;
            }

            // The namespace's last path segment names it (…/vocab/parameter/ → parameter, example.org/ → example),
            // numbered on a clash.
            var segment = ns.TrimEnd('/', '#').Split('/', '#')[^1].Split('.')[0];
            var stem = new string([.. segment.Where(char.IsAsciiLetterOrDigit)]).ToLowerInvariant();
            if (stem.Length == 0 || !char.IsAsciiLetter(stem[0]))
            {
                stem = "ns" + stem;
            }

            var prefix = stem;
            for (var n = 2; !_taken.Add(prefix); n++)
            {
                prefix = stem + n.ToString(CultureInfo.InvariantCulture);
            }

            _byNamespace[ns] = prefix;
        }

        public string Compact(string iri)
        {
            var (ns, local) = Split(iri);
            return _byNamespace.TryGetValue(ns, out var prefix) ? prefix + ":" + local : iri;
        }

        private static (string Namespace, string Local) Split(string iri)
        {
            var cut = iri.LastIndexOfAny(['/', '#']) + 1;
            return cut <= 0 || cut == iri.Length ? ("", iri) : (iri[..cut], iri[cut..]);
        }
    }
}
