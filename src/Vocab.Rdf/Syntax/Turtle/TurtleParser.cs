using Vocab.Rdf.Syntax.Turtle;

namespace Vocab.Rdf;

/// <summary>
/// Parses RDF 1.1 Turtle: @prefix/@base and SPARQL PREFIX/BASE, prefixed names, relative IRIs (resolved against
/// <see cref="RdfParserOptions.BaseIri"/> and @base), collections, blank node property lists, all literal forms.
/// </summary>
public sealed class TurtleParser : IRdfParser
{
    /// <inheritdoc />
    public IEnumerable<Quad> Parse(TextReader reader, RdfParserOptions? options = null) =>
        TurtleReader.Parse(reader, options, trig: false);
}

/// <summary>Parses RDF 1.1 TriG: Turtle plus graphs in braces; triples outside braces are in the default graph.</summary>
public sealed class TriGParser : IRdfParser
{
    /// <inheritdoc />
    public IEnumerable<Quad> Parse(TextReader reader, RdfParserOptions? options = null) =>
        TurtleReader.Parse(reader, options, trig: true);
}
