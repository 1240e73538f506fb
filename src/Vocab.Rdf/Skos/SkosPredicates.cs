using System.Collections.Frozen;
using Vocab.Core;

namespace Vocab.Rdf.Skos;

/// <summary>What a predicate means to the thesaurus projection.</summary>
internal enum SkosPredicate
{
    Type,
    PrefLabel,
    AltLabel,
    HiddenLabel,
    XlPrefLabel,
    XlAltLabel,
    XlHiddenLabel,
    XlLiteralForm,
    Notation,
    Definition,
    ScopeNote,
    Note,
    Example,
    EditorialNote,
    HistoryNote,
    ChangeNote,
    Broader,
    Narrower,
    Related,
    InScheme,
    TopConceptOf,
    HasTopConcept,
    ExactMatch,
    CloseMatch,
    BroadMatch,
    NarrowMatch,
    RelatedMatch,
    Member,
    Deprecated,
    IsReplacedBy,
    Title,
    MappedLabel,
}

/// <summary>The predicate table: one frozen lookup per statement instead of a chain of string comparisons.</summary>
internal static class SkosPredicates
{
    public static FrozenDictionary<string, SkosPredicate> ByIri { get; } = new Dictionary<string, SkosPredicate>
    {
        [Iris.Rdf.Type] = SkosPredicate.Type,
        [Iris.Skos.PrefLabel] = SkosPredicate.PrefLabel,
        [Iris.Skos.AltLabel] = SkosPredicate.AltLabel,
        [Iris.Skos.HiddenLabel] = SkosPredicate.HiddenLabel,
        [Iris.SkosXl.PrefLabel] = SkosPredicate.XlPrefLabel,
        [Iris.SkosXl.AltLabel] = SkosPredicate.XlAltLabel,
        [Iris.SkosXl.HiddenLabel] = SkosPredicate.XlHiddenLabel,
        [Iris.SkosXl.LiteralForm] = SkosPredicate.XlLiteralForm,
        [Iris.Skos.Notation] = SkosPredicate.Notation,
        [Iris.Skos.Definition] = SkosPredicate.Definition,
        [Iris.Skos.ScopeNote] = SkosPredicate.ScopeNote,
        [Iris.Skos.Note] = SkosPredicate.Note,
        [Iris.Skos.Example] = SkosPredicate.Example,
        [Iris.Skos.EditorialNote] = SkosPredicate.EditorialNote,
        [Iris.Skos.HistoryNote] = SkosPredicate.HistoryNote,
        [Iris.Skos.ChangeNote] = SkosPredicate.ChangeNote,

        // The transitive super-properties are read as hierarchy links: a shortcut edge changes no ancestor set.
        [Iris.Skos.Broader] = SkosPredicate.Broader,
        [Iris.Skos.BroaderTransitive] = SkosPredicate.Broader,
        [Iris.Skos.Narrower] = SkosPredicate.Narrower,
        [Iris.Skos.NarrowerTransitive] = SkosPredicate.Narrower,
        [Iris.Skos.Related] = SkosPredicate.Related,
        [Iris.Skos.InScheme] = SkosPredicate.InScheme,
        [Iris.Skos.TopConceptOf] = SkosPredicate.TopConceptOf,
        [Iris.Skos.HasTopConcept] = SkosPredicate.HasTopConcept,
        [Iris.Skos.ExactMatch] = SkosPredicate.ExactMatch,
        [Iris.Skos.CloseMatch] = SkosPredicate.CloseMatch,
        [Iris.Skos.BroadMatch] = SkosPredicate.BroadMatch,
        [Iris.Skos.NarrowMatch] = SkosPredicate.NarrowMatch,
        [Iris.Skos.RelatedMatch] = SkosPredicate.RelatedMatch,
        [Iris.Skos.Member] = SkosPredicate.Member,
        [Iris.Owl.Deprecated] = SkosPredicate.Deprecated,
        [Iris.Dct.IsReplacedBy] = SkosPredicate.IsReplacedBy,
        [Iris.Dct.Title] = SkosPredicate.Title,
        [Iris.Vocab.MappedLabel] = SkosPredicate.MappedLabel,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static LabelKind LabelKindOf(SkosPredicate predicate) => predicate switch
    {
        SkosPredicate.PrefLabel or SkosPredicate.XlPrefLabel => LabelKind.Pref,
        SkosPredicate.AltLabel or SkosPredicate.XlAltLabel => LabelKind.Alt,
        _ => LabelKind.Hidden,
    };

    public static NoteKind NoteKindOf(SkosPredicate predicate) => predicate switch
    {
        SkosPredicate.Definition => NoteKind.Definition,
        SkosPredicate.ScopeNote => NoteKind.ScopeNote,
        SkosPredicate.Example => NoteKind.Example,
        SkosPredicate.EditorialNote => NoteKind.EditorialNote,
        SkosPredicate.HistoryNote => NoteKind.HistoryNote,
        SkosPredicate.ChangeNote => NoteKind.ChangeNote,
        _ => NoteKind.Note,
    };

    public static MappingKind MappingKindOf(SkosPredicate predicate) => predicate switch
    {
        SkosPredicate.ExactMatch => MappingKind.Exact,
        SkosPredicate.CloseMatch => MappingKind.Close,
        SkosPredicate.BroadMatch => MappingKind.Broad,
        SkosPredicate.NarrowMatch => MappingKind.Narrow,
        _ => MappingKind.Related,
    };

    /// <summary>The key a resource is filed under: the IRI, or <c>_:label</c> for a blank node (no IRI starts with "_:").</summary>
    public static string? KeyOf(Term term) => term switch
    {
        Iri iri => iri.Value,
        BlankNode blank => "_:" + blank.Label,
        _ => null,
    };

    /// <summary>True for <c>"true"^^xsd:boolean</c> (or "1"); a plain "true" is accepted too, as OBO files sometimes write it.</summary>
    public static bool IsTrue(Term term) =>
        term is Literal { Value: var value, Datatype: var datatype }
        && (datatype == Vocabulary.Xsd.Boolean || datatype == Vocabulary.Xsd.String)
        && (value.Trim() is "true" or "1");
}
