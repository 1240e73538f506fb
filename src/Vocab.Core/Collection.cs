namespace Vocab.Core;

/// <summary>A SKOS collection (ordered or not) and its <c>skos:member</c> values (a live view).</summary>
public sealed class Collection
{
    internal Collection(Node node) => Node = node;

    /// <summary>The collection's IRI (or <c>_:label</c> for a blank node).</summary>
    public string Iri => Node.Key;

    /// <summary>Members: concepts or nested collections.</summary>
    public IReadOnlyCollection<string> Members => Node.More?.Members ?? RefBag<string>.Empty;

    /// <summary>SKOS labels of the collection.</summary>
    public IReadOnlyCollection<Label> Labels => Node.Labels ?? RefBag<Label>.Empty;

    internal Node Node { get; }

    /// <inheritdoc />
    public override string ToString() => Iri;
}
