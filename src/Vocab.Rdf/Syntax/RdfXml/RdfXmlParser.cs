using System.Xml;

namespace Vocab.Rdf;

/// <summary>
/// Streaming parser for RDF 1.1 XML Syntax. Statements are produced while the XML is read, so memory
/// stays proportional to element depth (plus the set of rdf:ID values, which must be unique), not to document size.
/// </summary>
public sealed class RdfXmlParser : IRdfParser
{
    /// <summary>
    /// DTDs are parsed because ontologies commonly declare entities for namespaces in the internal subset;
    /// external resources are never fetched and entity expansion is capped against entity bombs.
    /// </summary>
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = 10_000_000,
        IgnoreComments = true,
        IgnoreProcessingInstructions = false,
        IgnoreWhitespace = false,
        CloseInput = false,
    };

    /// <inheritdoc />
    public IEnumerable<Quad> Parse(TextReader reader, RdfParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ParseCore(reader, options ?? new RdfParserOptions());
    }

    private static IEnumerable<Quad> ParseCore(TextReader input, RdfParserOptions options)
    {
        using var xml = XmlReader.Create(input, Settings);
        var processor = new RdfXmlProcessor(xml, options);
        var output = processor.Output;
        while (processor.Step())
        {
            if (output.Count == 0)
            {
                continue;
            }

            foreach (var quad in output)
            {
                yield return quad;
            }

            output.Clear();
        }
    }
}
