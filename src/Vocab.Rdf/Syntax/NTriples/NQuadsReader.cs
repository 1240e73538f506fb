using Vocab.Rdf.Syntax.Common;

namespace Vocab.Rdf.Syntax.NTriples;

/// <summary>
/// The strict RDF 1.1 N-Triples / N-Quads grammar: one statement per line, absolute IRIs only, tokens
/// separated by spaces or tabs, comments after '#'.
/// </summary>
internal sealed class NQuadsReader : RdfScanner
{
    private readonly bool _allowGraph;

    public NQuadsReader(TextReader reader, RdfParserOptions? options, bool allowGraph)
        : base(reader, options)
    {
        _allowGraph = allowGraph;
    }

    /// <summary>Parses lazily: nothing is read until the first statement is asked for.</summary>
    public static IEnumerable<Quad> Parse(TextReader reader, RdfParserOptions? options, bool allowGraph)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Iterate(reader, options, allowGraph);
    }

    /// <summary>Reads the next statement; false at the end of the input.</summary>
    public bool TryReadStatement(out Quad quad)
    {
        if (!SkipBlankLines())
        {
            quad = default;
            return false;
        }

        var subject = ReadSubjectOrGraph("subject");
        SkipSpaces();
        if (Peek() != '<')
        {
            throw Error($"expected a predicate IRI, found {Describe(_pos)}");
        }

        var predicate = ReadIriRef(absoluteOnly: true, vocabulary: true);
        SkipSpaces();
        var obj = ReadObject();
        SkipSpaces();
        Term? graph = null;
        var c = Peek();
        if (c is '<' or '_')
        {
            if (!_allowGraph)
            {
                throw Error("N-Triples has no graph term: expected '.'");
            }

            graph = ReadSubjectOrGraph("graph");
            SkipSpaces();
            c = Peek();
        }

        if (c != '.')
        {
            throw Error($"expected '.' after {(_allowGraph ? "quad" : "triple")}, found {Describe(_pos)}");
        }

        _pos++;
        SkipSpaces();
        c = Peek();
        if (c == '#')
        {
            SkipComment();
        }
        else if (c is not ('\n' or '\r' or -1))
        {
            throw Error($"expected end of line after '.', found {Describe(_pos)}");
        }

        quad = new Quad(subject, predicate, obj, graph);
        return true;
    }

    private static IEnumerable<Quad> Iterate(TextReader reader, RdfParserOptions? options, bool allowGraph)
    {
        var scanner = new NQuadsReader(reader, options, allowGraph);
        while (scanner.TryReadStatement(out var quad))
        {
            yield return quad;
        }
    }

    private Term ReadSubjectOrGraph(string role) => Peek() switch
    {
        '<' => ReadIriRef(absoluteOnly: true),
        '_' => ReadBlankNodeLabel(),
        _ => throw Error($"expected an IRI or blank node as {role}, found {Describe(_pos)}"),
    };

    private Term ReadObject()
    {
        switch (Peek())
        {
            case '<':
                return ReadIriRef(absoluteOnly: true);
            case '_':
                return ReadBlankNodeLabel();
            case '"':
                var value = ReadShortString('"');
                var c = Peek();
                if (c == '@')
                {
                    return new Literal(value, Vocabulary.Rdf.LangString, ReadLanguageTag());
                }

                if (c == '^')
                {
                    if (PeekAt(1) != '^' || PeekAt(2) != '<')
                    {
                        throw Error("expected '^^<' before a datatype IRI");
                    }

                    _pos += 2;
                    return new Literal(value, ReadIriRef(absoluteOnly: true, vocabulary: true).Value);
                }

                return new Literal(value, Vocabulary.Xsd.String);
            default:
                throw Error($"expected an IRI, blank node or literal as object, found {Describe(_pos)}");
        }
    }

    private void SkipSpaces()
    {
        while (true)
        {
            while (_pos < _end && _buf[_pos] is ' ' or '\t')
            {
                _pos++;
            }

            if (_pos < _end || !FillMore())
            {
                return;
            }
        }
    }

    /// <summary>Skips white space, line ends and comment lines; false at the end of the input.</summary>
    private bool SkipBlankLines()
    {
        while (true)
        {
            while (_pos < _end)
            {
                var c = _buf[_pos];
                if (c is ' ' or '\t' or '\n' or '\r')
                {
                    _pos++;
                }
                else if (c == '#')
                {
                    SkipComment();
                }
                else
                {
                    return true;
                }
            }

            if (!FillMore())
            {
                return false;
            }
        }
    }

    private void SkipComment()
    {
        while (true)
        {
            var k = _buf.AsSpan(_pos, _end - _pos).IndexOfAny('\n', '\r');
            if (k >= 0)
            {
                _pos += k;
                return;
            }

            _pos = _end;
            if (!FillMore())
            {
                return;
            }
        }
    }
}
