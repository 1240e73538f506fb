namespace Vocab.Core;

/// <summary>Label counts of one language, by kind.</summary>
public sealed record LabelCounts(int Pref, int Alt, int Hidden)
{
    /// <summary>All labels of the language.</summary>
    public int Total => Pref + Alt + Hidden;
}

/// <summary>Size of a thesaurus: concepts, schemes, collections, and concept labels per language ("" for untagged) and kind.</summary>
public sealed record ThesaurusStatistics(
    int Concepts,
    int DeprecatedConcepts,
    int Schemes,
    int Collections,
    IReadOnlyDictionary<string, LabelCounts> LabelsByLanguage)
{
    internal static ThesaurusStatistics Compute(Thesaurus thesaurus)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var deprecated = 0;
        foreach (var concept in thesaurus.Concepts.Values)
        {
            if (concept.Deprecated)
            {
                deprecated++;
            }

            foreach (var label in concept.Labels)
            {
                if (!counts.TryGetValue(label.Lang, out var perKind))
                {
                    counts[label.Lang] = perKind = new int[3];
                }

                perKind[(int)label.Kind]++;
            }
        }

        var byLanguage = counts
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => new LabelCounts(c.Value[0], c.Value[1], c.Value[2]), StringComparer.Ordinal);
        return new ThesaurusStatistics(
            thesaurus.Concepts.Count, deprecated, thesaurus.Schemes.Count, thesaurus.Collections.Count, byLanguage);
    }
}
