namespace Vocab.Rdf.Syntax.Turtle;

/// <summary>Subjects, predicates, objects, blank node property lists and collections.</summary>
internal sealed partial class TurtleReader
{
    /// <summary>predicateObjectList: verb objectList (';' (verb objectList)?)*</summary>
    private void ReadPredicateObjectList(Term subject)
    {
        while (true)
        {
            var predicate = ReadVerb(SkipWs());
            ReadObjectList(subject, predicate);
            if (SkipWs() != ';')
            {
                return;
            }

            int c;
            do
            {
                _pos++;
                c = SkipWs();
            }
            while (c == ';');

            if (c is '.' or ']' or '}' or -1)
            {
                return;
            }
        }
    }

    private void ReadObjectList(Term subject, Iri predicate)
    {
        while (true)
        {
            Emit(subject, predicate, ReadObject(SkipWs()));
            if (SkipWs() != ',')
            {
                return;
            }

            _pos++;
        }
    }

    private Term ReadSubject(int c) => c switch
    {
        '<' => ReadIriRef(absoluteOnly: false),
        '_' => ReadBlankNodeLabel(),
        '(' => ReadCollection(),
        _ when IsNameStart(c) => ReadPrefixedName("subject"),
        _ => throw Error($"expected a subject, found {Describe(_pos)}"),
    };

    private Iri ReadVerb(int c)
    {
        if (c == '<')
        {
            return ReadIriRef(absoluteOnly: false, vocabulary: true);
        }

        if (c == 'a' && PeekAt(1) is var next && next != ':' && (next < 0 || !IsNameChar((char)next)))
        {
            _pos++;
            return RdfType;
        }

        return IsNameStart(c) ? ReadPrefixedName("predicate", vocabulary: true) : throw Error($"expected a predicate, found {Describe(_pos)}");
    }

    private Iri ReadIri(int c, string role)
    {
        if (c == '<')
        {
            return ReadIriRef(absoluteOnly: false, vocabulary: true);
        }

        return IsNameStart(c) ? ReadPrefixedName(role, vocabulary: true) : throw Error($"expected an IRI as {role}, found {Describe(_pos)}");
    }

    private Term ReadObject(int c)
    {
        switch (c)
        {
            case '<':
                return ReadIriRef(absoluteOnly: false);
            case '_':
                return ReadBlankNodeLabel();
            case '[':
                return ReadBlankNodePropertyList(out _);
            case '(':
                return ReadCollection();
            case '"':
            case '\'':
                return ReadRdfLiteral((char)c);
            case '+' or '-' or '.':
            case >= '0' and <= '9':
                return ReadNumber();
        }

        if (!IsNameStart(c))
        {
            throw Error($"expected an object, found {Describe(_pos)}");
        }

        var end = LexName(out var colon);
        if (colon >= 0)
        {
            return ReadPrefixedName("object");
        }

        var word = _buf.AsSpan(_pos, end - _pos);
        Literal literal = word switch
        {
            "true" => TrueLiteral,
            "false" => FalseLiteral,
            "a" => throw Error("'a' is only allowed as a predicate"),
            _ => throw Error($"unexpected '{Clip(word)}': expected an object (a prefixed name needs ':')"),
        };
        _pos = end;
        return literal;
    }

    /// <summary>'[' ... ']' at <c>_pos</c>; <paramref name="anonymous"/> is true for an empty '[]'.</summary>
    private BlankNode ReadBlankNodePropertyList(out bool anonymous)
    {
        _pos++;
        var node = NewBlankNode();
        anonymous = SkipWs() == ']';
        if (!anonymous)
        {
            Enter();
            ReadPredicateObjectList(node);
            _depth--;
            if (SkipWs() != ']')
            {
                throw Error($"expected ']' to close the blank node, found {Describe(_pos)}");
            }
        }

        _pos++;
        return node;
    }

    /// <summary>'(' object* ')' at <c>_pos</c>: rdf:first/rdf:rest triples, or rdf:nil when empty.</summary>
    private Term ReadCollection()
    {
        _pos++;
        Enter();
        Term head = RdfNil;
        BlankNode? previous = null;
        while (true)
        {
            var c = SkipWs();
            if (c == ')')
            {
                _pos++;
                break;
            }

            if (c < 0)
            {
                throw Error("expected ')' to close the collection, found end of input");
            }

            var item = ReadObject(c);
            var node = NewBlankNode();
            if (previous is null)
            {
                head = node;
            }
            else
            {
                Emit(previous, RdfRest, node);
            }

            Emit(node, RdfFirst, item);
            previous = node;
        }

        if (previous is not null)
        {
            Emit(previous, RdfRest, RdfNil);
        }

        _depth--;
        return head;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error($"blank nodes and collections nested more than {MaxDepth} levels deep");
        }
    }
}
