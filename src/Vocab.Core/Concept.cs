namespace Vocab.Core;

/// <summary>
/// A SKOS concept as the thesaurus currently sees it. Relations are symmetric views: <see cref="Narrower"/> holds
/// both explicit <c>skos:narrower</c> values and the concepts that name this one as <c>skos:broader</c>, and
/// <see cref="Related"/> is symmetric likewise. Values are IRIs (blank nodes as <c>_:label</c>); a value need not be
/// a concept of this thesaurus (the checks report such dangling references). The object is a live view: it changes
/// as the projection that owns the thesaurus applies statements.
/// </summary>
public sealed class Concept
{
    internal Concept(Node node) => Node = node;

    /// <summary>The concept's IRI.</summary>
    public string Iri => Node.Key;

    /// <summary>Pref, alt and hidden labels in every language, from plain SKOS labels and SKOS-XL literal forms.</summary>
    public IReadOnlyCollection<Label> Labels => Node.Labels ?? RefBag<Label>.Empty;

    /// <summary><c>skos:notation</c> values (lexical forms; the datatype is not kept).</summary>
    public IReadOnlyCollection<string> Notations => Node.More?.Notations ?? RefBag<string>.Empty;

    /// <summary>Raw labels an expert mapped to this concept (<c>vdef:mappedLabel</c>): matched by normalization, never shown.</summary>
    public IReadOnlyCollection<CuratedLabel> CuratedLabels => Node.More?.CuratedLabels ?? RefBag<CuratedLabel>.Empty;

    /// <summary>Definitions, scope notes and the other documentation notes.</summary>
    public IReadOnlyCollection<Note> Notes => Node.Notes ?? RefBag<Note>.Empty;

    /// <summary>Broader concepts (<c>skos:broader</c>, <c>skos:broaderTransitive</c>, or the inverse narrower links).</summary>
    public IReadOnlyCollection<string> Broader => Node.Broader ?? RefBag<string>.Empty;

    /// <summary>Narrower concepts (<c>skos:narrower</c>, <c>skos:narrowerTransitive</c>, or the inverse broader links).</summary>
    public IReadOnlyCollection<string> Narrower => Node.Narrower ?? RefBag<string>.Empty;

    /// <summary>Associated concepts (<c>skos:related</c> in either direction).</summary>
    public IReadOnlyCollection<string> Related => Node.More?.Related ?? RefBag<string>.Empty;

    /// <summary>Schemes the concept is in: <c>skos:inScheme</c>, <c>skos:topConceptOf</c> and the inverse <c>skos:hasTopConcept</c>.</summary>
    public IReadOnlyCollection<string> Schemes => Node.Schemes ?? RefBag<string>.Empty;

    /// <summary>Schemes this is a top concept of (<c>skos:topConceptOf</c> or the inverse <c>skos:hasTopConcept</c>).</summary>
    public IReadOnlyCollection<string> TopConceptOf => Node.More?.TopConceptOf ?? RefBag<string>.Empty;

    /// <summary>Mapping links to concepts of other schemes.</summary>
    public IReadOnlyCollection<Mapping> Mappings => Node.More?.Mappings ?? RefBag<Mapping>.Empty;

    /// <summary>True when the concept carries <c>owl:deprecated true</c>.</summary>
    public bool Deprecated => Node.DeprecatedCount > 0;

    /// <summary>Successors of a deprecated concept (<c>dct:isReplacedBy</c>).</summary>
    public IReadOnlyCollection<string> ReplacedBy => Node.More?.ReplacedBy ?? RefBag<string>.Empty;

    internal Node Node { get; }

    /// <summary>
    /// The preferred label to show for <paramref name="lang"/>: that language, else the first of
    /// <paramref name="fallback"/> that has one, else any preferred label (untagged first), else null.
    /// A tag matches its subtags too, so "en" finds "en-gb".
    /// </summary>
    public Label? PrefLabel(string lang, IEnumerable<string> fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        if (FindPref(lang) is { } found)
        {
            return found;
        }

        foreach (var other in fallback)
        {
            if (FindPref(other) is { } next)
            {
                return next;
            }
        }

        Label? any = null;
        foreach (var label in Labels)
        {
            if (label.Kind != LabelKind.Pref)
            {
                continue;
            }

            if (label.Lang.Length == 0)
            {
                return label;
            }

            any ??= label;
        }

        return any;
    }

    /// <summary>The preferred label in <paramref name="lang"/> (or a subtag of it), else any preferred label.</summary>
    public Label? PrefLabel(string lang) => PrefLabel(lang, []);

    /// <summary>Labels of one kind.</summary>
    public IEnumerable<Label> LabelsOf(LabelKind kind) => Labels.Where(l => l.Kind == kind);

    /// <inheritdoc />
    public override string ToString() => Iri;

    private Label? FindPref(string lang)
    {
        Label? subtag = null;
        foreach (var label in Labels)
        {
            if (label.Kind != LabelKind.Pref)
            {
                continue;
            }

            if (string.Equals(label.Lang, lang, StringComparison.OrdinalIgnoreCase))
            {
                return label;
            }

            if (subtag is null && LanguageTags.Matches(label.Lang, lang))
            {
                subtag = label;
            }
        }

        return subtag;
    }
}
