namespace Vocab.Core;

/// <summary>
/// Everything the thesaurus knows about one resource (IRI, or blank node written <c>_:label</c>), whatever it is typed as.
/// Values are kept per resource rather than per class because statements arrive in any order: a label may come
/// before the <c>rdf:type</c> that makes its subject a concept. Values every concept has sit in fields;
/// the rest sit in <see cref="More"/>, created on first use, to keep a concept small (EDICT has 267k of them).
/// </summary>
// Fields rather than properties: the projection updates them by reference on every statement.
internal sealed class Node(string key)
{
    public string Key { get; } = key;

    /// <summary>Statements with this resource as subject; above zero means the resource is described.</summary>
    public int SubjectCount;

    /// <summary>Values stored here because this resource is the object of a statement (inverse links).</summary>
    public int ObjectUses;

    public int ConceptTypes;

    public int SchemeTypes;

    public int CollectionTypes;

    public int XlLabelTypes;

    /// <summary><c>owl:deprecated true</c> statements.</summary>
    public int DeprecatedCount;

    public RefBag<Label>? Labels;

    public RefBag<string>? Broader;

    public RefBag<string>? Narrower;

    /// <summary><c>skos:inScheme</c>, plus the schemes this is a top concept of (topConceptOf is a sub-property of inScheme).</summary>
    public RefBag<string>? Schemes;

    public RefBag<Note>? Notes;

    public NodeExtras? More;

    public Concept? ConceptView;

    public bool InUse => SubjectCount > 0 || ObjectUses > 0;

    public NodeExtras Extras => More ??= new NodeExtras();

    public ResourceKinds Kinds =>
        (ConceptTypes > 0 ? ResourceKinds.Concept : ResourceKinds.None)
        | (SchemeTypes > 0 ? ResourceKinds.ConceptScheme : ResourceKinds.None)
        | (CollectionTypes > 0 ? ResourceKinds.Collection : ResourceKinds.None)
        | (XlLabelTypes > 0 ? ResourceKinds.XlLabel : ResourceKinds.None);
}

/// <summary>Values few resources have: kept out of <see cref="Node"/> so the common concept stays small.</summary>
internal sealed class NodeExtras
{
    public RefBag<string>? Related;

    public RefBag<string>? TopConceptOf;

    public RefBag<string>? Notations;

    /// <summary><c>vdef:mappedLabel</c> values: curated mappings of raw labels, for normalization only.</summary>
    public RefBag<CuratedLabel>? CuratedLabels;

    public RefBag<Mapping>? Mappings;

    public RefBag<string>? ReplacedBy;

    /// <summary><c>skos:member</c> values of a collection.</summary>
    public RefBag<string>? Members;

    /// <summary>Top concepts of a scheme, from either <c>skos:hasTopConcept</c> or the concepts' <c>skos:topConceptOf</c>.</summary>
    public RefBag<string>? TopConcepts;

    /// <summary>Concepts whose <see cref="Node.Schemes"/> name this scheme: the index behind ConceptsInScheme.</summary>
    public RefBag<string>? SchemeMembers;

    /// <summary><c>dct:title</c> values (kept as labels of kind Pref).</summary>
    public RefBag<Label>? Titles;

    /// <summary>For a SKOS-XL label resource: who uses it, and as which kind of label.</summary>
    public RefBag<XlUse>? XlUses;

    /// <summary>For a SKOS-XL label resource: its <c>skosxl:literalForm</c> values (the kind is unused).</summary>
    public RefBag<Label>? LiteralForms;

    public ConceptScheme? SchemeView;

    public Collection? CollectionView;
}

/// <summary>One use of a SKOS-XL label resource: <see cref="Subject"/> has it as its <see cref="Kind"/> label.</summary>
internal readonly record struct XlUse(string Subject, LabelKind Kind);
