using System.Globalization;
using Vocab.Core;

namespace Vocab.Server.Web;

/// <summary>How pages name concepts and schemes: the content language with fallback, else the IRI's last segment.</summary>
internal static class ThesaurusText
{
    private const int LongList = 2_000;

    /// <summary>The label to show for a concept, and its language (null when it has no preferred label).</summary>
    public static (string Text, string? Lang) Name(Concept concept, string lang) =>
        concept.PrefLabel(lang, ContentLanguage.Fallback(lang)) is { } label ? (label.Text, NullIfEmpty(label.Lang)) : (LocalName(concept.Iri), null);

    /// <summary>The title to show for a scheme: a title or preferred label in the content language, its fallback, else any.</summary>
    public static (string Text, string? Lang) Name(ConceptScheme scheme, string lang)
    {
        foreach (var range in ContentLanguage.Fallback(lang).Prepend(lang))
        {
            foreach (var label in scheme.Titles.Concat(scheme.Labels))
            {
                if (label.Kind == LabelKind.Pref && LanguageTags.Matches(label.Lang, range))
                {
                    return (label.Text, NullIfEmpty(label.Lang));
                }
            }
        }

        return scheme.Title(lang) is { } any ? (any, null) : (LocalName(scheme.Iri), null);
    }

    /// <summary>A link to <paramref name="iri"/> named in the content language; concepts say whether they have narrower ones.</summary>
    public static ConceptRefView Ref(Thesaurus thesaurus, string iri, string lang, ConceptLinks links)
    {
        if (thesaurus.TryGetConcept(iri, out var concept))
        {
            var (text, tag) = Name(concept, lang);
            return new ConceptRefView(iri, text, tag, links.Page(iri), concept.Narrower.Count > 0);
        }

        if (thesaurus.Schemes.TryGetValue(iri, out var scheme))
        {
            var (text, tag) = Name(scheme, lang);
            return new ConceptRefView(iri, text, tag, links.Scheme(iri), scheme.TopConcepts.Count > 0);
        }

        return new ConceptRefView(iri, iri, null, links.External(iri), false);
    }

    /// <summary>Sorts links by their shown label (see <see cref="LabelComparer"/>), then by IRI.</summary>
    public static List<ConceptRefView> Sorted(IEnumerable<ConceptRefView> refs)
    {
        var list = refs.ToList();
        var compare = LabelComparer(list.Count);
        list.Sort((a, b) =>
        {
            var byLabel = compare.Compare(a.Label, b.Label);
            return byLabel != 0 ? byLabel : string.CompareOrdinal(a.Iri, b.Iri);
        });
        return list;
    }

    /// <summary>
    /// The UI culture's order for lists a person reads through; ordinal (ignoring case) for long ones, where a
    /// culture-aware sort of a flat scheme of 267k concepts costs seconds and nobody reads past the first pages.
    /// </summary>
    public static StringComparer LabelComparer(int count) =>
        count > LongList ? StringComparer.OrdinalIgnoreCase : StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);

    /// <summary>The last path segment or fragment of an IRI, for resources without a label.</summary>
    public static string LocalName(string iri)
    {
        var cut = iri.TrimEnd('/', '#').LastIndexOfAny(['/', '#']);
        return cut >= 0 && cut < iri.Length - 1 ? iri[(cut + 1)..].TrimEnd('/', '#') : iri;
    }

    private static string? NullIfEmpty(string lang) => lang.Length == 0 ? null : lang;
}
