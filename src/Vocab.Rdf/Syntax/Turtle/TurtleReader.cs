using Vocab.Rdf.Syntax.Common;

namespace Vocab.Rdf.Syntax.Turtle;

/// <summary>
/// RDF 1.1 Turtle and TriG by recursive descent. Statements are parsed one at a time (inside a TriG graph,
/// one triples block at a time) and their triples handed out before the next is read, so memory stays flat.
/// </summary>
internal sealed partial class TurtleReader : RdfScanner
{
    private const int MaxDepth = 1000;

    private static readonly Iri RdfType = new(Vocabulary.Rdf.Type);
    private static readonly Iri RdfFirst = new(Vocabulary.Rdf.First);
    private static readonly Iri RdfRest = new(Vocabulary.Rdf.Rest);
    private static readonly Iri RdfNil = new(Vocabulary.Rdf.Nil);

    private readonly bool _trig;
    private readonly Action<string, string>? _onPrefix;
    private readonly List<Quad> _pending = [];
    private Term? _graph;
    private bool _inGraph;
    private int _depth;

    private TurtleReader(TextReader reader, RdfParserOptions? options, bool trig)
        : base(reader, options)
    {
        _trig = trig;
        _onPrefix = options?.OnPrefix;
    }

    /// <summary>Parses lazily: nothing is read until the first statement is asked for.</summary>
    public static IEnumerable<Quad> Parse(TextReader reader, RdfParserOptions? options, bool trig)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Iterate(reader, options, trig);
    }

    private static IEnumerable<Quad> Iterate(TextReader reader, RdfParserOptions? options, bool trig)
    {
        var parser = new TurtleReader(reader, options, trig);
        var pending = parser._pending;
        while (parser.ReadStatement())
        {
            for (var i = 0; i < pending.Count; i++)
            {
                yield return pending[i];
            }

            pending.Clear();
        }
    }

    /// <summary>Reads one directive, statement, graph opening or closing; false at the end of the input.</summary>
    private bool ReadStatement()
    {
        var c = SkipWs();
        if (_inGraph)
        {
            return ReadInsideGraph(c);
        }

        switch (c)
        {
            case -1:
                return false;
            case '@':
                ReadAtDirective();
                return true;
            case '{' when _trig:
                _pos++;
                OpenGraph(null);
                return true;
            case '[':
                ReadBracketStatement();
                return true;
            case '(':
                var list = ReadCollection();
                ReadPredicateObjectList(list);
                ExpectDot();
                return true;
        }

        if (IsNameStart(c))
        {
            var end = LexName(out var colon);
            if (colon < 0)
            {
                ReadKeywordStatement(end);
                return true;
            }
        }

        var subject = ReadSubject(c);
        if (_trig && SkipWs() == '{')
        {
            _pos++;
            OpenGraph(subject);
            return true;
        }

        ReadPredicateObjectList(subject);
        ExpectDot();
        return true;
    }

    private bool ReadInsideGraph(int c)
    {
        switch (c)
        {
            case '}':
                _pos++;
                _inGraph = false;
                _graph = null;
                return true;
            case -1:
                throw Error("expected '}' to close the graph, found end of input");
            case '@':
                throw Error("directives are not allowed inside a graph");
            case '{':
                throw Error("graphs cannot be nested");
        }

        ReadTriples(c);
        c = SkipWs();
        if (c == '.')
        {
            _pos++;
        }
        else if (c != '}')
        {
            throw Error($"expected '.' or '}}' after triple, found {Describe(_pos)}");
        }

        return true;
    }

    private void OpenGraph(Term? label)
    {
        _inGraph = true;
        _graph = label;
    }

    /// <summary>triples: subject predicateObjectList | blankNodePropertyList predicateObjectList?</summary>
    private void ReadTriples(int c)
    {
        if (c == '[')
        {
            var node = ReadBlankNodePropertyList(out var anonymous);
            if (anonymous || SkipWs() is not ('.' or '}' or -1))
            {
                ReadPredicateObjectList(node);
            }

            return;
        }

        ReadPredicateObjectList(ReadSubject(c));
    }

    /// <summary>A top-level statement starting with '[': triples, or in TriG a graph named by a fresh blank node.</summary>
    private void ReadBracketStatement()
    {
        var node = ReadBlankNodePropertyList(out var anonymous);
        var c = SkipWs();
        if (_trig && anonymous && c == '{')
        {
            _pos++;
            OpenGraph(node);
            return;
        }

        if (anonymous || c != '.')
        {
            ReadPredicateObjectList(node);
        }

        ExpectDot();
    }

    private void ReadAtDirective()
    {
        var i = _pos + 1;
        while ((i < _end || More(ref i)) && char.IsAsciiLetter(_buf[i]))
        {
            i++;
        }

        var word = _buf.AsSpan(_pos + 1, i - _pos - 1);
        var isPrefix = word is "prefix";
        if (!isPrefix && word is not "base")
        {
            throw Error($"unknown directive '@{Clip(word)}': expected @prefix or @base");
        }

        _pos = i;
        if (isPrefix)
        {
            ReadPrefixDeclaration();
        }
        else
        {
            ReadBaseDeclaration();
        }

        ExpectDot(isPrefix ? "@prefix" : "@base");
    }

    /// <summary>SPARQL-style PREFIX / BASE, TriG GRAPH, or a stray keyword (an error) at <c>_pos</c>.</summary>
    private void ReadKeywordStatement(int end)
    {
        var word = _buf.AsSpan(_pos, end - _pos);
        if (word.Equals("PREFIX", StringComparison.OrdinalIgnoreCase))
        {
            _pos = end;
            ReadPrefixDeclaration();
        }
        else if (word.Equals("BASE", StringComparison.OrdinalIgnoreCase))
        {
            _pos = end;
            ReadBaseDeclaration();
        }
        else if (_trig && word.Equals("GRAPH", StringComparison.OrdinalIgnoreCase))
        {
            _pos = end;
            var c = SkipWs();
            Term label = c switch
            {
                '[' => ReadAnonymousGraphLabel(),
                '_' => ReadBlankNodeLabel(),
                _ => ReadIri(c, "graph name"),
            };
            if (SkipWs() != '{')
            {
                throw Error($"expected '{{' after the graph name, found {Describe(_pos)}");
            }

            _pos++;
            OpenGraph(label);
        }
        else
        {
            throw Error($"unexpected '{Clip(word)}': expected a subject or a directive");
        }
    }

    private BlankNode ReadAnonymousGraphLabel()
    {
        var node = ReadBlankNodePropertyList(out var anonymous);
        return anonymous ? node : throw Error("a graph name cannot be a blank node property list");
    }

    private void ReadPrefixDeclaration()
    {
        var c = SkipWs();
        if (!IsNameStart(c) || LexName(out var colon) is var end && (colon < 0 || end != colon + 1))
        {
            throw Error($"expected a prefix name ending in ':', found {Describe(_pos)}");
        }

        var prefix = new string(_buf, _pos, colon - _pos);
        _pos = end;
        if (SkipWs() != '<')
        {
            throw Error($"expected the namespace IRI in <...>, found {Describe(_pos)}");
        }

        var ns = ReadIriRef(absoluteOnly: false).Value;
        DeclarePrefix(prefix, ns);
        _onPrefix?.Invoke(prefix, ns);
    }

    private void ReadBaseDeclaration()
    {
        if (SkipWs() != '<')
        {
            throw Error($"expected the base IRI in <...>, found {Describe(_pos)}");
        }

        SetBase(ReadIriRef(absoluteOnly: false).Value);
    }

    private void ExpectDot(string after = "triple")
    {
        if (SkipWs() != '.')
        {
            throw Error($"expected '.' after {after}, found {Describe(_pos)}");
        }

        _pos++;
    }

    private void Emit(Term subject, Iri predicate, Term obj) => _pending.Add(new Quad(subject, predicate, obj, _graph));

    /// <summary>Skips white space and comments; returns the next char (at <c>_pos</c>) or -1 at the end.</summary>
    private int SkipWs()
    {
        var inComment = false;
        while (true)
        {
            var buf = _buf;
            var i = _pos;
            var end = _end;
            while (i < end)
            {
                if (inComment)
                {
                    var k = buf.AsSpan(i, end - i).IndexOfAny('\n', '\r');
                    if (k < 0)
                    {
                        i = end;
                        break;
                    }

                    i += k;
                    inComment = false;
                }

                var c = buf[i];
                if (c is ' ' or '\n' or '\t' or '\r')
                {
                    i++;
                }
                else if (c == '#')
                {
                    inComment = true;
                }
                else
                {
                    _pos = i;
                    return c;
                }
            }

            _pos = i;
            if (!FillMore())
            {
                return -1;
            }
        }
    }
}
