using Vocab.Data;
using Vocab.Index;
using Vocab.Server.Hosting;

namespace Vocab.Server.Web;

/// <summary>A search hit as the search page shows it: the concept in the content language and the label that matched.</summary>
public sealed record SearchHitView(
    ConceptRefView Concept, string MatchedLabel, string MatchedLang, LabelRole Role, SearchMatchKind Kind, IReadOnlyList<ConceptRefView> Schemes);

/// <summary>Search and autocomplete for the web app, straight from the label index (not through the HTTP API).</summary>
public sealed class SearchPages(LabelIndexService index, ThesaurusSnapshotService snapshot, ConceptLinks links)
{
    /// <summary>Longest query the pages send to the index; longer input is cut (the input field says so too).</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Ranked concepts for a query in any language.</summary>
    public IReadOnlyList<SearchHitView> Search(string query, string lang, int limit)
    {
        var text = Clip(query);
        return text.Length == 0 || !index.Ready ? [] : ToViews(index.Index.Search(text, new SearchOptions { Limit = limit }), lang);
    }

    /// <summary>
    /// Suggestions while typing: labels that start with the text first, topped up with search hits (a Japanese term
    /// is often in the middle of a longer label), one per concept.
    /// </summary>
    public IReadOnlyList<SearchHitView> Suggest(string prefix, string lang, int limit)
    {
        var text = Clip(prefix);
        if (text.Length == 0 || !index.Ready)
        {
            return [];
        }

        var labels = index.Index;
        var hits = labels.Autocomplete(text, null, limit).ToList();
        if (hits.Count < limit)
        {
            var seen = hits.Select(h => h.ConceptIri).ToHashSet(StringComparer.Ordinal);
            hits.AddRange(labels.Search(text, new SearchOptions { Limit = limit }).Where(h => seen.Add(h.ConceptIri)).Take(limit - hits.Count));
        }

        return ToViews(hits, lang);
    }

    private List<SearchHitView> ToViews(IReadOnlyList<SearchHit> hits, string lang) => snapshot.Read(t =>
    {
        var views = new List<SearchHitView>(hits.Count);
        foreach (var hit in hits)
        {
            // The index may be a moment ahead of or behind the snapshot; a concept gone from the snapshot is left out.
            if (!t.TryGetConcept(hit.ConceptIri, out var concept))
            {
                continue;
            }

            var schemes = concept.Schemes.Order(StringComparer.Ordinal).Select(s => ThesaurusText.Ref(t, s, lang, links)).ToList();
            views.Add(new SearchHitView(ThesaurusText.Ref(t, concept.Iri, lang, links), hit.MatchedLabel, hit.MatchedLang, hit.Role, hit.Kind, schemes));
        }

        return views;
    });

    private static string Clip(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length > MaxQueryLength ? trimmed[..MaxQueryLength] : trimmed;
    }
}
