using System.Globalization;
using Vocab.Core;
using Vocab.Data;
using Vocab.Index;
using Vocab.Server.Hosting;
using MatchType = Vocab.Index.MatchType;

namespace Vocab.Server.Web.Curation;

/// <summary>An existing concept as the propose form needs it: name, state, labels and definitions.</summary>
public sealed record ConceptFacts(ConceptRefView Ref, bool Deprecated, IReadOnlyList<Label> Labels, IReadOnlyList<Note> Definitions);

/// <summary>A concept an unmatched label may be a synonym of, as the label index found it (<paramref name="How"/>: exact, normalized, fuzzy, substring, ...).</summary>
public sealed record SynonymSuggestion(ConceptRefView Concept, double Score, string How, string MatchedLabel);

/// <summary>
/// Reads the thesaurus snapshot and the label index for the curation pages: names of concepts and schemes in the
/// content language, the facts of a concept the form edits, and synonym suggestions for unmatched labels.
/// </summary>
public sealed class CurationPages(ThesaurusSnapshotService snapshot, LabelIndexService index, ConceptLinks links)
{
    /// <summary>The concept schemes, sorted by their shown name.</summary>
    public IReadOnlyList<ConceptRefView> Schemes(string lang) =>
        snapshot.Read(t => ThesaurusText.Sorted(t.Schemes.Keys.Select(s => ThesaurusText.Ref(t, s, lang, links))));

    /// <summary>A link to a concept, scheme or external resource, named in the content language.</summary>
    public ConceptRefView Ref(string iri, string lang) => snapshot.Read(t => ThesaurusText.Ref(t, iri, lang, links));

    /// <summary>Links for several IRIs in one read of the snapshot.</summary>
    public IReadOnlyDictionary<string, ConceptRefView> Refs(IEnumerable<string> iris, string lang) => snapshot.Read(t =>
        iris.Distinct(StringComparer.Ordinal).ToDictionary(i => i, i => ThesaurusText.Ref(t, i, lang, links), StringComparer.Ordinal));

    /// <summary>What the form shows about an existing concept; null when there is no such concept.</summary>
    public ConceptFacts? Facts(string? iri, string lang)
    {
        if (string.IsNullOrEmpty(iri))
        {
            return null;
        }

        return snapshot.Read(t => t.TryGetConcept(iri, out var concept)
            ? new ConceptFacts(
                ThesaurusText.Ref(t, iri, lang, links),
                concept.Deprecated,
                concept.Labels.OrderBy(l => l.Kind).ThenBy(l => l.Lang, StringComparer.Ordinal).ThenBy(l => l.Text, StringComparer.Ordinal).ToList(),
                concept.Notes.Where(n => n.Kind == NoteKind.Definition).OrderBy(n => n.Lang, StringComparer.Ordinal).ToList())
            : null);
    }

    /// <summary>
    /// The concepts a raw label most likely denotes: the index's match candidates (exact, normalized, abbreviation,
    /// fuzzy), then search hits for the whole label, then concepts sharing its words; best first, deprecated ones
    /// left out. Empty while the index is being built.
    /// </summary>
    public IReadOnlyList<SynonymSuggestion> Suggest(string label, string lang, int limit = 3)
    {
        if (!index.Ready || string.IsNullOrWhiteSpace(label))
        {
            return [];
        }

        // Matching gives candidates only when they are close enough to decide on; search (prefix, substring, fuzzy)
        // then still shows the nearest concepts, which is what a curator looking for a home for the label needs.
        var labels = index.Index;
        var result = labels.Match(label, new MatchOptions { Limit = limit });
        var found = (result.Best is { } best ? result.Candidates.Prepend(best) : result.Candidates)
            .Select(c => (c.ConceptIri, c.Score, How: Name(c.MatchType), c.MatchedLabel))
            .Concat(labels.Search(label, new SearchOptions { Limit = limit })
                .Select(h => (h.ConceptIri, h.Score, How: h.Kind.ToString().ToLowerInvariant(), h.MatchedLabel)))
            .DistinctBy(c => c.ConceptIri, StringComparer.Ordinal)
            .ToList();
        if (found.Count < limit)
        {
            found = [.. found.Concat(ByWords(labels, label, limit)).DistinctBy(c => c.ConceptIri, StringComparer.Ordinal)];
        }

        return snapshot.Read(t => found
            .Where(c => t.TryGetConcept(c.ConceptIri, out var concept) && !concept.Deprecated)
            .Select(c => new SynonymSuggestion(ThesaurusText.Ref(t, c.ConceptIri, lang, links), c.Score, c.How, c.MatchedLabel))
            .Take(limit)
            .ToList());
    }

    /// <summary>
    /// Concepts whose labels contain the label's words ("HAADF imaging mode" → the HAADF concepts): the most words
    /// covered first, then the summed search score. A vendor's or a lab's label is often a known term with words
    /// around it, which neither matching nor a search for the whole text finds.
    /// </summary>
    private static IEnumerable<(string ConceptIri, double Score, string How, string MatchedLabel)> ByWords(LabelIndex labels, string label, int limit)
    {
        var words = Words(label);
        if (words.Count < 2)
        {
            return [];
        }

        var byConcept = new Dictionary<string, (int Words, double Score, string MatchedLabel)>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var hit in labels.Search(word, new SearchOptions { Limit = 20 }).DistinctBy(h => h.ConceptIri, StringComparer.Ordinal))
            {
                var (count, score, matched) = byConcept.GetValueOrDefault(hit.ConceptIri, (0, 0, hit.MatchedLabel));
                byConcept[hit.ConceptIri] = (count + 1, score + hit.Score, matched);
            }
        }

        // The share of the label's words a concept covers is the score shown: 1 of 3 words reads as 33 %.
        return byConcept
            .OrderByDescending(kv => kv.Value.Words)
            .ThenByDescending(kv => kv.Value.Score)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(kv => (kv.Key, (double)kv.Value.Words / words.Count, "words", kv.Value.MatchedLabel));
    }

    /// <summary>The label's words worth searching for: two characters or more, not a bare number or a function word.</summary>
    internal static IReadOnlyList<string> Words(string label) =>
        label.Split([' ', '\t', '_', '/', ',', ';', ':', '(', ')', '[', ']', '.', '　'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w.Length >= 2 && !w.All(char.IsAsciiDigit) && !StopWords.Contains(w))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(8)
            .ToList();

    private static readonly HashSet<string> StopWords = new(["a", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to", "with"], StringComparer.OrdinalIgnoreCase);

    private static string Name(MatchType type) => type.ToString().ToLowerInvariant();

    /// <summary>The language a raw label is most likely in: Japanese when it has kana or CJK ideographs, else English.</summary>
    public static string GuessLanguage(string label) =>
        label.Any(c => c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uff66' and <= '\uff9f') ? "ja" : "en";

    /// <summary>A net vote score with its sign, "+3", "−1" (a real minus sign) or "0", grouped in the current culture.</summary>
    public static string NetScore(int score) =>
        (score > 0 ? "+" : score < 0 ? "−" : "") + Math.Abs(score).ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>
    /// A proposal's votes in <paramref name="format"/> (the VoteTally text: "net +2: 3 for, 1 against"). Votes are +1 or
    /// −1, so the net score and the count the proposal keeps (<c>vocab verify</c> checks them against its votes) give both sides.
    /// </summary>
    public static string VoteTally(string format, Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return string.Format(CultureInfo.CurrentCulture, format, NetScore(proposal.Score), (proposal.VoteCount + proposal.Score) / 2, (proposal.VoteCount - proposal.Score) / 2);
    }
}
