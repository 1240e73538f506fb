namespace Vocab.Core;

/// <summary>Which SKOS lexical label property a label comes from.</summary>
public enum LabelKind
{
    /// <summary><c>skos:prefLabel</c>: at most one per language.</summary>
    Pref,

    /// <summary><c>skos:altLabel</c>: synonyms, abbreviations, variant spellings.</summary>
    Alt,

    /// <summary><c>skos:hiddenLabel</c>: matched on, never shown (misspellings, loose synonyms).</summary>
    Hidden,
}

/// <summary>A lexical label of a resource; <see cref="Lang"/> is "" when the literal has no language tag.</summary>
public readonly record struct Label(string Text, string Lang, LabelKind Kind);

/// <summary>
/// A raw label seen in datasets that an expert confirmed denotes a concept (<c>vdef:mappedLabel</c>). It is no SKOS
/// label: it is neither shown nor searched and takes no part in the label checks; normalization matches it as "curated".
/// </summary>
public readonly record struct CuratedLabel(string Text, string Lang);

/// <summary>Which SKOS documentation property a note comes from.</summary>
public enum NoteKind
{
    /// <summary><c>skos:definition</c>.</summary>
    Definition,

    /// <summary><c>skos:scopeNote</c>.</summary>
    ScopeNote,

    /// <summary><c>skos:note</c>.</summary>
    Note,

    /// <summary><c>skos:example</c>.</summary>
    Example,

    /// <summary><c>skos:editorialNote</c>.</summary>
    EditorialNote,

    /// <summary><c>skos:historyNote</c>.</summary>
    HistoryNote,

    /// <summary><c>skos:changeNote</c>.</summary>
    ChangeNote,
}

/// <summary>A documentation note; <see cref="Lang"/> is "" when untagged.</summary>
public readonly record struct Note(NoteKind Kind, string Text, string Lang);

/// <summary>Which SKOS mapping property links a concept to a concept of another scheme.</summary>
public enum MappingKind
{
    /// <summary><c>skos:exactMatch</c>.</summary>
    Exact,

    /// <summary><c>skos:closeMatch</c>.</summary>
    Close,

    /// <summary><c>skos:broadMatch</c>.</summary>
    Broad,

    /// <summary><c>skos:narrowMatch</c>.</summary>
    Narrow,

    /// <summary><c>skos:relatedMatch</c>.</summary>
    Related,
}

/// <summary>A mapping to a concept, usually in another scheme, identified by its IRI.</summary>
public readonly record struct Mapping(MappingKind Kind, string Target);

/// <summary>The SKOS classes a resource is typed with (a resource may carry several, which the checks flag).</summary>
[Flags]
public enum ResourceKinds
{
    /// <summary>No SKOS class.</summary>
    None = 0,

    /// <summary><c>skos:Concept</c>.</summary>
    Concept = 1,

    /// <summary><c>skos:ConceptScheme</c>.</summary>
    ConceptScheme = 2,

    /// <summary><c>skos:Collection</c> or <c>skos:OrderedCollection</c>.</summary>
    Collection = 4,

    /// <summary><c>skosxl:Label</c>.</summary>
    XlLabel = 8,
}
