using System.Text;

namespace Vocab.Rdf;

/// <summary>What an open element of an RDF/XML document is, in grammar terms.</summary>
internal enum RdfXmlFrameKind
{
    /// <summary>Outside the root element.</summary>
    Document,

    /// <summary>Inside rdf:RDF: node elements follow.</summary>
    Rdf,

    /// <summary>Inside a node element (or a parseType="Resource" property): property elements follow.</summary>
    Node,

    /// <summary>Inside a property element whose content (text, one node element, or nothing) is not known yet.</summary>
    Property,

    /// <summary>Inside a parseType="Collection" property element: node elements become list members.</summary>
    Collection,

    /// <summary>Inside a parseType="Literal" property element: content is XML, not RDF.</summary>
    Literal,
}

/// <summary>
/// State of one open element. Frames are pooled by depth, so one instance serves every element at
/// that depth and fields are reset on reuse.
/// </summary>
internal sealed class RdfXmlFrame
{
    public RdfXmlFrameKind Kind { get; set; }

    /// <summary>In-scope base IRI (after this element's xml:base).</summary>
    public string? Base { get; set; }

    /// <summary>In-scope language, lower-cased; null when none.</summary>
    public string? Lang { get; set; }

    /// <summary>Node: the node itself. Property kinds: the subject of the statement being built.</summary>
    public Term? Subject { get; set; }

    /// <summary>Property kinds: the predicate.</summary>
    public Iri? Predicate { get; set; }

    /// <summary>Property kinds: the rdf:ID that reifies the statement, resolved.</summary>
    public Iri? ReifyId { get; set; }

    /// <summary>Node: the last rdf:li number used.</summary>
    public int LiCounter { get; set; }

    /// <summary>Property: the child node element's subject. Collection: the last list cell.</summary>
    public Term? Object { get; set; }

    /// <summary>Property: the rdf:resource or rdf:nodeID object.</summary>
    public Term? Resource { get; set; }

    /// <summary>Property: the resolved rdf:datatype.</summary>
    public string? Datatype { get; set; }

    /// <summary>Property: property attributes, applied to the object of an empty property element.</summary>
    public List<(Iri Predicate, string Value)> Attributes { get; } = [];

    /// <summary>Property: character data seen so far.</summary>
    public StringBuilder Text { get; } = new();

    /// <summary>Property: whether any character data (even white space) was seen.</summary>
    public bool HasText { get; set; }

    public void Reset(RdfXmlFrameKind kind, string? baseIri, string? lang)
    {
        Kind = kind;
        Base = baseIri;
        Lang = lang;
        Subject = null;
        Predicate = null;
        ReifyId = null;
        LiCounter = 0;
        Object = null;
        Resource = null;
        Datatype = null;
        Attributes.Clear();
        Text.Clear();
        HasText = false;
    }
}
