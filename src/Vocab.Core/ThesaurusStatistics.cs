namespace Vocab.Core;

/// <summary>Label counts of one language, by kind.</summary>
public sealed record LabelCounts(int Pref, int Alt, int Hidden)
{
    /// <summary>All labels of the language.</summary>
    public int Total => Pref + Alt + Hidden;
}

/// <summary>
/// The concepts of one scheme that are not deprecated, and how many of them have a preferred label in each language,
/// by primary subtag ("en" counts en-GB; a concept with both en-GB and en-US counts once).
/// </summary>
public sealed record SchemeCoverage(int Concepts, IReadOnlyDictionary<string, int> WithPrefLabel)
{
    /// <summary>Concepts with a preferred label in <paramref name="primaryLanguage"/> ("en", "ja").</summary>
    public int WithPrefLabelIn(string primaryLanguage) => WithPrefLabel.TryGetValue(primaryLanguage, out var n) ? n : 0;
}

/// <summary>
/// Size of a thesaurus: concepts, schemes, collections, concept labels per language ("" for untagged) and kind, and the
/// coverage of each scheme (by IRI, schemes typed <c>skos:ConceptScheme</c> only). One walk over the concepts.
/// </summary>
public sealed record ThesaurusStatistics(
    int Concepts,
    int DeprecatedConcepts,
    int Schemes,
    int Collections,
    IReadOnlyDictionary<string, LabelCounts> LabelsByLanguage,
    IReadOnlyDictionary<string, SchemeCoverage> CoverageByScheme)
{
    internal static ThesaurusStatistics Compute(Thesaurus thesaurus)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var schemes = thesaurus.Schemes.Keys.ToDictionary(s => s, _ => new SchemeTally(), StringComparer.Ordinal);
        var prefLanguages = new List<string>(4);
        var deprecated = 0;
        foreach (var concept in thesaurus.Concepts.Values)
        {
            if (concept.Deprecated)
            {
                deprecated++;
            }

            prefLanguages.Clear();
            foreach (var label in concept.Labels)
            {
                if (!counts.TryGetValue(label.Lang, out var perKind))
                {
                    counts[label.Lang] = perKind = new int[3];
                }

                perKind[(int)label.Kind]++;
                if (label.Kind == LabelKind.Pref && PrimarySubtag(label.Lang) is { Length: > 0 } primary && !prefLanguages.Contains(primary))
                {
                    prefLanguages.Add(primary);
                }
            }

            if (concept.Deprecated)
            {
                continue;
            }

            foreach (var scheme in concept.Schemes)
            {
                if (schemes.TryGetValue(scheme, out var tally))
                {
                    tally.Add(prefLanguages);
                }
            }
        }

        var byLanguage = counts
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => new LabelCounts(c.Value[0], c.Value[1], c.Value[2]), StringComparer.Ordinal);
        var coverage = schemes.ToDictionary(s => s.Key, s => s.Value.ToCoverage(), StringComparer.Ordinal);
        return new ThesaurusStatistics(
            thesaurus.Concepts.Count, deprecated, thesaurus.Schemes.Count, thesaurus.Collections.Count, byLanguage, coverage);
    }

    /// <summary>"en" for "en-GB" and "EN"; tags are mostly lower-case primary subtags already, which cost nothing.</summary>
    private static string PrimarySubtag(string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        var primary = dash < 0 ? tag : tag[..dash];
        return primary.Any(char.IsUpper) ? primary.ToLowerInvariant() : primary;
    }

    private sealed class SchemeTally
    {
        private readonly Dictionary<string, int> _withPref = new(StringComparer.Ordinal);
        private int _concepts;

        public void Add(List<string> prefLanguages)
        {
            _concepts++;
            foreach (var lang in prefLanguages)
            {
                _withPref[lang] = _withPref.GetValueOrDefault(lang) + 1;
            }
        }

        public SchemeCoverage ToCoverage() => new(_concepts, _withPref);
    }
}
