using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vocab.Rdf.Syntax.JsonLd;

namespace Vocab.Rdf;

/// <summary>
/// Writes compacted JSON-LD 1.1: an <c>@context</c> of the prefixes in <see cref="RdfWriterOptions.Prefixes"/> that are
/// used (plus rdf, rdfs, xsd, owl, skos, skosxl and dct when used), and an <c>@graph</c> of node objects, one per subject.
/// Blank nodes used once are nested, well-formed lists become <c>@list</c>, named graphs become <c>@graph</c> of a node
/// named by the graph; with <see cref="RdfWriterOptions.BaseIri"/> the context has <c>@base</c> and ids are written
/// relative to it. Statements are buffered until <see cref="End"/>; the output parses back with
/// <see cref="JsonLdParser"/> to an isomorphic dataset. Non-ASCII text is written as is (UTF-8), not escaped.
/// </summary>
public sealed class JsonLdWriter : RdfWriter
{
    // Output goes to the TextWriter in chunks of about this size, so the JSON text is never held whole.
    private const int ChunkSize = 1 << 16;

    private readonly DatasetLayout _layout = new();
    private bool _ended;

    /// <summary>Creates a writer over <paramref name="output"/>; the caller owns the TextWriter.</summary>
    public JsonLdWriter(TextWriter output, RdfWriterOptions? options = null)
        : base(output, options)
    {
    }

    /// <inheritdoc />
    public override void Write(in Quad quad)
    {
        if (_ended)
        {
            throw new InvalidOperationException("the JSON-LD document has already been ended");
        }

        _layout.Add(quad);
    }

    /// <inheritdoc />
    public override void End()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        var names = new JsonLdNames(Options, _layout.SpelledIris());
        var buffer = new ArrayBufferWriter<byte>(ChunkSize);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            if (names.HasContext)
            {
                json.WritePropertyName(Keywords.Context);
                names.WriteContext(json);
            }

            json.WriteStartArray(Keywords.Graph);
            var nodes = new NodeObjectWriter(json, _layout, names, () =>
            {
                if (buffer.WrittenCount >= ChunkSize)
                {
                    json.Flush();
                    Drain(buffer);
                }
            });
            nodes.WriteDataset();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        Drain(buffer);
        Output.Write('\n');
        Output.Flush();
    }

    private void Drain(ArrayBufferWriter<byte> buffer)
    {
        // Utf8JsonWriter flushes whole tokens, so a chunk never ends inside a UTF-8 sequence.
        var bytes = buffer.WrittenSpan;
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        try
        {
            Output.Write(chars, 0, Encoding.UTF8.GetChars(bytes, chars));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        buffer.ResetWrittenCount();
    }
}
