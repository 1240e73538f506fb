using Vocab.Core;

namespace Vocab.Server.Api.Concepts;

/// <summary>The JSON form of one concept as <c>GET /api/v1/concepts/{id}</c> returns it.</summary>
internal sealed record ConceptDocument(
    string Iri,
    IReadOnlyDictionary<string, string> PrefLabel,
    IReadOnlyDictionary<string, IReadOnlyList<string>> AltLabels,
    IReadOnlyDictionary<string, IReadOnlyList<string>> HiddenLabels,
    IReadOnlyList<string> Notations,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Definitions,
    IReadOnlyDictionary<string, IReadOnlyList<ConceptNote>> Notes,
    IReadOnlyList<ConceptRef> Broader,
    IReadOnlyList<ConceptRef> Narrower,
    IReadOnlyList<ConceptRef> Related,
    IReadOnlyList<ConceptRef> Schemes,
    IReadOnlyList<ConceptRef> TopConceptOf,
    IReadOnlyList<ConceptMapping> Mappings,
    bool Deprecated,
    IReadOnlyList<ConceptRef> ReplacedBy);

/// <summary>
/// A link to another resource: <see cref="Label"/> is its preferred label in the requested language (with fallback,
/// <see cref="Lang"/> says which one was found), <see cref="PrefLabel"/> its English and Japanese preferred labels.
/// Label fields are null or empty when the target is not described in this thesaurus.
/// </summary>
internal sealed record ConceptRef(string Iri, string? Label, string? Lang, IReadOnlyDictionary<string, string> PrefLabel);

/// <summary>A documentation note other than a definition; <see cref="Kind"/> is the SKOS property's local name.</summary>
internal sealed record ConceptNote(string Kind, string Text);

/// <summary>A mapping link; <see cref="Kind"/> is the SKOS property's local name (<c>exactMatch</c>, ...).</summary>
internal sealed record ConceptMapping(string Kind, string Target);

/// <summary>Builds <see cref="ConceptDocument"/>s; call it inside the snapshot's read lock.</summary>
internal static class ConceptDocuments
{
    /// <summary>The languages a link's <see cref="ConceptRef.PrefLabel"/> carries, and the fallback order for <see cref="ConceptRef.Label"/>.</summary>
    private static readonly string[] LinkLanguages = ["en", "ja"];

    public static ConceptDocument Build(Thesaurus thesaurus, Concept concept, string lang)
    {
        var prefLabels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in concept.LabelsOf(LabelKind.Pref).OrderBy(l => l.Text, StringComparer.Ordinal))
        {
            // SKOS allows one per language; when a bad import carries two, the first in ordinal order is shown, stably.
            prefLabels.TryAdd(label.Lang, label.Text);
        }

        Func<string, ConceptRef> link = iri => Link(thesaurus, iri, lang);
        return new ConceptDocument(
            concept.Iri,
            prefLabels,
            ByLanguage(concept.LabelsOf(LabelKind.Alt).Select(l => (l.Lang, l.Text))),
            ByLanguage(concept.LabelsOf(LabelKind.Hidden).Select(l => (l.Lang, l.Text))),
            concept.Notations.Order(StringComparer.Ordinal).ToArray(),
            ByLanguage(concept.Notes.Where(n => n.Kind == NoteKind.Definition).Select(n => (n.Lang, n.Text))),
            NotesByLanguage(concept.Notes),
            Links(concept.Broader, link),
            Links(concept.Narrower, link),
            Links(concept.Related, link),
            Links(concept.Schemes, link),
            Links(concept.TopConceptOf, link),
            concept.Mappings.Select(m => new ConceptMapping(MappingName(m.Kind), m.Target))
                .OrderBy(m => m.Kind, StringComparer.Ordinal).ThenBy(m => m.Target, StringComparer.Ordinal).ToArray(),
            concept.Deprecated,
            Links(concept.ReplacedBy, link));
    }

    /// <summary>The preferred label to show for <paramref name="lang"/>: that language (or a subtag), else English, Japanese, untagged, any.</summary>
    public static Label? PickPref(IEnumerable<Label> labels, string lang)
    {
        var prefs = labels.Where(l => l.Kind == LabelKind.Pref).OrderBy(l => l.Lang, StringComparer.Ordinal).ToList();
        foreach (var range in LinkLanguages.Prepend(lang))
        {
            foreach (var label in prefs)
            {
                if (LanguageTags.Matches(label.Lang, range))
                {
                    return label;
                }
            }
        }

        // Sorted by tag, so an untagged label (tag "") comes first when there is one.
        return prefs.Count == 0 ? null : prefs[0];
    }

    private static ConceptRef Link(Thesaurus thesaurus, string iri, string lang)
    {
        IReadOnlyCollection<Label> labels = thesaurus.TryGetConcept(iri, out var target) ? target.Labels
            : thesaurus.Schemes.TryGetValue(iri, out var scheme) ? scheme.Labels
            : [];
        var shown = PickPref(labels, lang);
        var pref = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in LinkLanguages)
        {
            if (labels.Where(l => l.Kind == LabelKind.Pref && LanguageTags.Matches(l.Lang, language))
                .OrderBy(l => l.Lang, StringComparer.Ordinal).Select(l => l.Text).FirstOrDefault() is { } text)
            {
                pref[language] = text;
            }
        }

        return new ConceptRef(iri, shown?.Text, shown?.Lang, pref);
    }

    private static ConceptRef[] Links(IEnumerable<string> iris, Func<string, ConceptRef> link) =>
        iris.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(link).ToArray();

    private static SortedDictionary<string, IReadOnlyList<string>> ByLanguage(IEnumerable<(string Lang, string Text)> values)
    {
        var result = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var group in values.GroupBy(v => v.Lang, StringComparer.Ordinal))
        {
            result[group.Key] = group.Select(v => v.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        }

        return result;
    }

    private static SortedDictionary<string, IReadOnlyList<ConceptNote>> NotesByLanguage(IEnumerable<Note> notes)
    {
        var result = new SortedDictionary<string, IReadOnlyList<ConceptNote>>(StringComparer.Ordinal);
        foreach (var group in notes.Where(n => n.Kind != NoteKind.Definition).GroupBy(n => n.Lang, StringComparer.Ordinal))
        {
            result[group.Key] = group.Select(n => new ConceptNote(NoteName(n.Kind), n.Text))
                .OrderBy(n => n.Kind, StringComparer.Ordinal).ThenBy(n => n.Text, StringComparer.Ordinal).ToArray();
        }

        return result;
    }

    private static string NoteName(NoteKind kind) => kind switch
    {
        NoteKind.Definition => "definition",
        NoteKind.ScopeNote => "scopeNote",
        NoteKind.Note => "note",
        NoteKind.Example => "example",
        NoteKind.EditorialNote => "editorialNote",
        NoteKind.HistoryNote => "historyNote",
        NoteKind.ChangeNote => "changeNote",
        _ => kind.ToString(),
    };

    private static string MappingName(MappingKind kind) => kind switch
    {
        MappingKind.Exact => "exactMatch",
        MappingKind.Close => "closeMatch",
        MappingKind.Broad => "broadMatch",
        MappingKind.Narrow => "narrowMatch",
        MappingKind.Related => "relatedMatch",
        _ => kind.ToString(),
    };
}
