using Vocab.Rdf.Syntax.NTriples;

namespace Vocab.Rdf;

/// <summary>Parses RDF 1.1 N-Triples (strict: absolute IRIs, one triple per line, no graph term).</summary>
public sealed class NTriplesParser : IRdfParser
{
    /// <inheritdoc />
    public IEnumerable<Quad> Parse(TextReader reader, RdfParserOptions? options = null) =>
        NQuadsReader.Parse(reader, options, allowGraph: false);
}

/// <summary>Parses RDF 1.1 N-Quads (N-Triples plus an optional graph IRI or blank node before the '.').</summary>
public sealed class NQuadsParser : IRdfParser
{
    /// <inheritdoc />
    public IEnumerable<Quad> Parse(TextReader reader, RdfParserOptions? options = null) =>
        NQuadsReader.Parse(reader, options, allowGraph: true);
}
