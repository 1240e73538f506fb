using System.Text;

namespace Vocab.Rdf.Tests.W3c;

/// <summary>Small helpers the syntax tests share: parse text or files, write with a writer, compare datasets.</summary>
public static class RdfIo
{
    public static List<Quad> Parse(IRdfParser parser, string text, string? baseIri = null) =>
        parser.Parse(new StringReader(text), new RdfParserOptions { BaseIri = baseIri }).ToList();

    public static List<Quad> ParseFile(IRdfParser parser, string path, string? baseIri = null)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return parser.Parse(reader, new RdfParserOptions { BaseIri = baseIri, SourceName = Path.GetFileName(path) }).ToList();
    }

    /// <summary>Parses <paramref name="text"/> through a reader that hands out at most <paramref name="chunk"/> chars per read.</summary>
    public static List<Quad> ParseTrickled(IRdfParser parser, string text, int chunk, string? baseIri = null) =>
        parser.Parse(new TrickleReader(text, chunk), new RdfParserOptions { BaseIri = baseIri }).ToList();

    public static string Write(Func<TextWriter, RdfWriter> create, IEnumerable<Quad> quads)
    {
        using var output = new StringWriter();
        using var writer = create(output);
        foreach (var quad in quads)
        {
            writer.Write(quad);
        }

        writer.End();
        return output.ToString();
    }

    /// <summary>Asserts isomorphism, showing both sides in N-Quads when they differ.</summary>
    public static void AssertIsomorphic(IReadOnlyCollection<Quad> expected, IReadOnlyCollection<Quad> actual, string? context = null)
    {
        if (!GraphIsomorphism.AreIsomorphic(expected, actual))
        {
            Assert.Fail($"{context}: not isomorphic ({expected.Count} vs {actual.Count} statements)\nexpected:\n"
                + string.Join('\n', expected.Select(q => q.ToString()).Order(StringComparer.Ordinal).Take(40))
                + "\nactual:\n" + string.Join('\n', actual.Select(q => q.ToString()).Order(StringComparer.Ordinal).Take(40)));
        }
    }

    /// <summary>A reader that returns short reads, so every token boundary of the parser's buffer logic gets exercised.</summary>
    private sealed class TrickleReader(string text, int chunk) : TextReader
    {
        private int _position;

        public override int Peek() => _position < text.Length ? text[_position] : -1;

        public override int Read() => _position < text.Length ? text[_position++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var n = Math.Min(Math.Min(chunk, buffer.Length), text.Length - _position);
            text.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }
}
