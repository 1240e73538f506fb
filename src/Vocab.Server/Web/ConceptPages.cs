using Vocab.Core;
using Vocab.Data;

namespace Vocab.Server.Web;

/// <summary>Builds what the concept page shows from the thesaurus snapshot, in one read of it.</summary>
public sealed class ConceptPages(ThesaurusSnapshotService snapshot, ConceptLinks links, MarkdownRenderer markdown)
{
    // Guards the breadcrumb walk against a broader cycle that slipped past the checks.
    private const int MaxChainDepth = 32;

    /// <summary>The concept a page id names (see <see cref="ConceptLinks"/>), or null when there is none.</summary>
    public ConceptPageView? Find(string id, string lang) => snapshot.Read(t =>
    {
        foreach (var iri in links.Resolve(id))
        {
            if (t.TryGetConcept(iri, out var concept))
            {
                return Build(t, concept, lang);
            }
        }

        return null;
    });

    private ConceptPageView Build(Thesaurus t, Concept concept, string lang)
    {
        var (title, titleLang) = ThesaurusText.Name(concept, lang);
        var order = LanguageOrder(lang);
        var labels = concept.Labels
            .GroupBy(l => l.Lang, StringComparer.Ordinal)
            .OrderBy(g => order(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LabelsByLanguage(g.Key, Texts(g, LabelKind.Pref), Texts(g, LabelKind.Alt), Texts(g, LabelKind.Hidden)))
            .ToList();
        var notes = concept.Notes
            .OrderBy(n => n.Kind).ThenBy(n => order(n.Lang)).ThenBy(n => n.Lang, StringComparer.Ordinal).ThenBy(n => n.Text, StringComparer.Ordinal)
            .Select(n => new NoteView(n.Kind, n.Lang, markdown.ToHtml(n.Text)))
            .ToList();
        var mappings = concept.Mappings
            .OrderBy(m => m.Kind).ThenBy(m => m.Target, StringComparer.Ordinal)
            .Select(m =>
            {
                var target = ThesaurusText.Ref(t, m.Target, lang, links);
                return t.TryGetConcept(m.Target, out _)
                    ? new MappingView(m.Kind, m.Target, target.Label, target.Lang, target.Href)
                    : new MappingView(m.Kind, m.Target, null, null, links.External(m.Target));
            })
            .ToList();

        return new ConceptPageView(
            concept.Iri,
            title,
            titleLang,
            concept.Deprecated,
            Refs(t, concept.ReplacedBy, lang),
            labels,
            concept.Notations.Order(StringComparer.Ordinal).ToList(),
            notes,
            BroaderChain(t, concept, lang),
            Refs(t, concept.Broader, lang),
            Refs(t, concept.Narrower, lang),
            Refs(t, concept.Related, lang),
            Refs(t, concept.Schemes, lang),
            mappings);
    }

    // The path from a root down to the direct parent, following the first broader concept (in IRI order) at each step.
    private List<ConceptRefView> BroaderChain(Thesaurus t, Concept concept, string lang)
    {
        var chain = new List<ConceptRefView>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { concept.Iri };
        var current = concept;
        while (chain.Count < MaxChainDepth)
        {
            Concept? parent = null;
            foreach (var iri in current.Broader.Order(StringComparer.Ordinal))
            {
                if (!seen.Contains(iri) && t.TryGetConcept(iri, out var found))
                {
                    parent = found;
                    break;
                }
            }

            if (parent is null)
            {
                break;
            }

            seen.Add(parent.Iri);
            chain.Add(ThesaurusText.Ref(t, parent.Iri, lang, links));
            current = parent;
        }

        chain.Reverse();
        return chain;
    }

    private List<ConceptRefView> Refs(Thesaurus t, IEnumerable<string> iris, string lang) =>
        ThesaurusText.Sorted(iris.Distinct(StringComparer.Ordinal).Select(iri => ThesaurusText.Ref(t, iri, lang, links)));

    private static List<string> Texts(IEnumerable<Label> labels, LabelKind kind) =>
        labels.Where(l => l.Kind == kind).Select(l => l.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    // The content language first, then its fallback, then every other tag, untagged text last.
    private static Func<string, int> LanguageOrder(string lang)
    {
        var fallback = ContentLanguage.Fallback(lang);
        return tag => LanguageTags.Matches(tag, lang) ? 0
            : fallback.Any(f => LanguageTags.Matches(tag, f)) ? 1
            : tag.Length == 0 ? 3
            : 2;
    }
}
