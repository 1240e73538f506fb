namespace Vocab.Rdf;

/// <summary>The RDF syntaxes Vocab reads and writes.</summary>
public enum RdfFormat
{
    /// <summary>N-Triples (<c>.nt</c>).</summary>
    NTriples,

    /// <summary>N-Quads (<c>.nq</c>).</summary>
    NQuads,

    /// <summary>Turtle (<c>.ttl</c>).</summary>
    Turtle,

    /// <summary>TriG (<c>.trig</c>).</summary>
    TriG,

    /// <summary>RDF/XML (<c>.rdf</c>, <c>.owl</c>, <c>.xml</c>).</summary>
    RdfXml,

    /// <summary>JSON-LD (<c>.jsonld</c>, <c>.json</c>).</summary>
    JsonLd,
}

/// <summary>Names, file extensions, media types and factories for each <see cref="RdfFormat"/>.</summary>
public static class RdfFormats
{
    private static readonly (RdfFormat Format, string Name, string MediaType, string[] Extensions)[] Table =
    [
        (RdfFormat.Turtle, "ttl", "text/turtle", [".ttl", ".turtle"]),
        (RdfFormat.NTriples, "nt", "application/n-triples", [".nt", ".ntriples"]),
        (RdfFormat.NQuads, "nq", "application/n-quads", [".nq", ".nquads"]),
        (RdfFormat.TriG, "trig", "application/trig", [".trig"]),
        (RdfFormat.RdfXml, "rdfxml", "application/rdf+xml", [".rdf", ".owl", ".xml"]),
        (RdfFormat.JsonLd, "jsonld", "application/ld+json", [".jsonld", ".json"]),
    ];

    /// <summary>The short names accepted by <c>--format</c>, in display order.</summary>
    public static IReadOnlyList<string> Names { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>The short name of a format (<c>ttl</c>, <c>nt</c>, ...).</summary>
    public static string NameOf(RdfFormat format) => Row(format).Name;

    /// <summary>The IANA media type of a format.</summary>
    public static string MediaTypeOf(RdfFormat format) => Row(format).MediaType;

    /// <summary>The usual file extension of a format, with its dot.</summary>
    public static string ExtensionOf(RdfFormat format) => Row(format).Extensions[0];

    /// <summary>The file extensions an import recognises, for messages and help text.</summary>
    public static IReadOnlyList<string> Extensions { get; } = Table.SelectMany(t => t.Extensions).ToArray();

    /// <summary>
    /// Reads a format name: the short names plus common spellings (<c>turtle</c>, <c>ntriples</c>, <c>n-quads</c>,
    /// <c>rdf/xml</c>, <c>xml</c>, <c>owl</c>, <c>json-ld</c>, <c>json</c>) and extensions with or without their dot.
    /// </summary>
    public static RdfFormat? FromName(string name)
    {
        var key = name.Trim().TrimStart('.').Replace("-", "", StringComparison.Ordinal).Replace("/", "", StringComparison.Ordinal).ToLowerInvariant();
        foreach (var row in Table)
        {
            if (row.Name == key || row.Extensions.Contains("." + key))
            {
                return row.Format;
            }
        }

        return key switch
        {
            "turtle" => RdfFormat.Turtle,
            "ntriples" => RdfFormat.NTriples,
            "nquads" => RdfFormat.NQuads,
            _ => null,
        };
    }

    /// <summary>The format a file name's extension implies, or null when it is not an RDF extension.</summary>
    public static RdfFormat? FromPath(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        foreach (var row in Table)
        {
            if (row.Extensions.Contains(ext))
            {
                return row.Format;
            }
        }

        return null;
    }

    /// <summary>The format of a media type (parameters such as <c>;charset=utf-8</c> are ignored), or null.</summary>
    public static RdfFormat? FromMediaType(string mediaType)
    {
        var mt = mediaType.Split(';')[0].Trim().ToLowerInvariant();
        foreach (var row in Table)
        {
            if (row.MediaType == mt)
            {
                return row.Format;
            }
        }

        return null;
    }

    /// <summary>A new parser for the format.</summary>
    public static IRdfParser CreateParser(RdfFormat format) => format switch
    {
        RdfFormat.NTriples => new NTriplesParser(),
        RdfFormat.NQuads => new NQuadsParser(),
        RdfFormat.Turtle => new TurtleParser(),
        RdfFormat.TriG => new TriGParser(),
        RdfFormat.RdfXml => new RdfXmlParser(),
        RdfFormat.JsonLd => new JsonLdParser(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown RDF format"),
    };

    /// <summary>A new writer for the format over <paramref name="output"/>.</summary>
    public static RdfWriter CreateWriter(RdfFormat format, TextWriter output, RdfWriterOptions? options = null) => format switch
    {
        RdfFormat.NTriples => new NTriplesWriter(output, options),
        RdfFormat.NQuads => new NQuadsWriter(output, options),
        RdfFormat.Turtle => new TurtleWriter(output, options),
        RdfFormat.TriG => new TriGWriter(output, options),
        RdfFormat.RdfXml => new RdfXmlWriter(output, options),
        RdfFormat.JsonLd => new JsonLdWriter(output, options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown RDF format"),
    };

    private static (RdfFormat Format, string Name, string MediaType, string[] Extensions) Row(RdfFormat format) =>
        Table.First(t => t.Format == format);
}
