namespace Vocab.Rdf;

/// <summary>An RDF 1.1 term: an IRI, a blank node or a literal. Terms compare by value.</summary>
public abstract record Term
{
    /// <summary>The term in N-Triples syntax (<c>&lt;iri&gt;</c>, <c>_:label</c>, <c>"text"@lang</c>).</summary>
    public abstract string ToNTriples();

    /// <inheritdoc />
    public sealed override string ToString() => ToNTriples();
}

/// <summary>An absolute IRI.</summary>
public sealed record Iri(string Value) : Term
{
    /// <inheritdoc />
    public override string ToNTriples() => NTriplesEscaping.Iri(Value);
}

/// <summary>A blank node; its label is local to one document or one store.</summary>
public sealed record BlankNode(string Label) : Term
{
    /// <inheritdoc />
    public override string ToNTriples() => "_:" + Label;
}

/// <summary>
/// A literal. <see cref="Datatype"/> is always set: <c>xsd:string</c> for simple literals and
/// <c>rdf:langString</c> when <see cref="Language"/> is set (language tags are kept as written, compared case-insensitively by RDF but stored lower-cased here).
/// </summary>
public sealed record Literal(string Value, string Datatype, string? Language = null) : Term
{
    /// <summary>A plain <c>xsd:string</c> literal.</summary>
    public static Literal String(string value) => new(value, Vocabulary.Xsd.String);

    /// <summary>A language-tagged string; the tag is lower-cased.</summary>
    public static Literal LangString(string value, string language) =>
        new(value, Vocabulary.Rdf.LangString, language.ToLowerInvariant());

    /// <inheritdoc />
    public override string ToNTriples()
    {
        var lexical = NTriplesEscaping.String(Value);
        if (Language is not null)
        {
            return lexical + "@" + Language;
        }

        return Datatype == Vocabulary.Xsd.String ? lexical : lexical + "^^" + NTriplesEscaping.Iri(Datatype);
    }
}

/// <summary>An RDF statement; <see cref="Graph"/> is null for the default graph.</summary>
public readonly record struct Quad(Term Subject, Iri Predicate, Term Obj, Term? Graph = null)
{
    /// <summary>The same statement in another graph.</summary>
    public Quad InGraph(Term? graph) => this with { Graph = graph };

    /// <inheritdoc />
    public override string ToString() =>
        Graph is null
            ? $"{Subject.ToNTriples()} {Predicate.ToNTriples()} {Obj.ToNTriples()} ."
            : $"{Subject.ToNTriples()} {Predicate.ToNTriples()} {Obj.ToNTriples()} {Graph.ToNTriples()} .";
}
