using Vocab.Rdf.Syntax.JsonLd;

namespace Vocab.Rdf;

/// <summary>
/// A JSON-LD 1.1 parser (the API's toRdf: context processing, expansion, RDF conversion). Named graphs become
/// <see cref="Quad.Graph"/>. JSON-LD is not a streaming format, so the whole document is read first; statements
/// are then produced one top-level node at a time.
/// </summary>
/// <remarks>
/// The parser never uses the network. A context given by IRI must be registered with
/// <see cref="JsonLdParser(IReadOnlyDictionary{string, string}?)"/>; any other remote context is a syntax error.
/// Where the JSON-LD API would silently drop a statement whose IRI is relative (no base) or malformed, or whose
/// language tag is not BCP 47, this parser reports an <see cref="RdfSyntaxException"/> instead, as the other Vocab parsers do.
/// Blank node properties (possible with <c>"@vocab": "_:"</c>) have no RDF form and are dropped, as the API does.
/// </remarks>
public sealed class JsonLdParser : IRdfParser
{
    private readonly IReadOnlyDictionary<string, string>? _localContexts;

    /// <summary>A parser that accepts inline contexts only.</summary>
    public JsonLdParser()
        : this(null)
    {
    }

    /// <summary>
    /// A parser that resolves context IRIs from <paramref name="localContexts"/>: context IRI → JSON text of a
    /// context document (an object with an <c>@context</c> entry), typically read from a local file.
    /// </summary>
    public JsonLdParser(IReadOnlyDictionary<string, string>? localContexts)
    {
        _localContexts = localContexts;
    }

    /// <inheritdoc />
    public IEnumerable<Quad> Parse(TextReader reader, RdfParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ParseLazily(reader, options ?? new RdfParserOptions());
    }

    private IEnumerable<Quad> ParseLazily(TextReader reader, RdfParserOptions options)
    {
        var root = JsonSource.Parse(reader.ReadToEnd(), options.SourceName);
        var contexts = new ContextProcessor(_localContexts, options.OnPrefix);
        var initial = new ActiveContext { BaseIri = options.BaseIri, OriginalBaseUrl = options.BaseIri };
        initial.Freeze();
        var nodes = new Expander(contexts).ExpandDocument(root, initial, options.BaseIri);
        var emitter = new RdfEmitter(options.SourceName);
        foreach (var node in nodes)
        {
            foreach (var quad in emitter.Emit(node))
            {
                yield return quad;
            }
        }
    }
}
