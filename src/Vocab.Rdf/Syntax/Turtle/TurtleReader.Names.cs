using Vocab.Rdf.Syntax.Common;

namespace Vocab.Rdf.Syntax.Turtle;

/// <summary>Prefixed names, keywords, prefixes, numbers and string literals.</summary>
internal sealed partial class TurtleReader
{
    private static readonly Literal TrueLiteral = new("true", Vocabulary.Xsd.Boolean);
    private static readonly Literal FalseLiteral = new("false", Vocabulary.Xsd.Boolean);

    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly SpanCache<Iri> _prefixedNames = new();
    private readonly SpanCache<Iri> _vocabularyNames = new();

    private static bool IsNameStart(int c) => c == ':' || (c >= 0 && CharClasses.IsPnCharsBase((char)c));

    private static bool IsNameChar(char c) => c == '.' || CharClasses.IsPnChars(c);

    private void DeclarePrefix(string prefix, string ns)
    {
        if (!_prefixes.TryGetValue(prefix, out var old) || old != ns)
        {
            _prefixes[prefix] = ns;
            _prefixedNames.Clear();
            _vocabularyNames.Clear();
        }
    }

    /// <summary>
    /// Lexes a prefixed name (PNAME_NS or PNAME_LN) or a bare word (a keyword) at <c>_pos</c> without consuming it.
    /// Returns the end index; <paramref name="colon"/> is the index of the ':' or -1 for a bare word.
    /// Trailing dots are not part of the token (they end the statement).
    /// </summary>
    private int LexName(out int colon)
    {
        // Marks are kept as offsets from _pos: More() may move the text within the buffer.
        var i = _pos;
        if (_buf[i] != ':')
        {
            var lastNonDot = 0;
            i++;
            while ((i < _end || More(ref i)) && IsNameChar(_buf[i]))
            {
                if (_buf[i] != '.')
                {
                    lastNonDot = i - _pos;
                }

                i++;
            }

            if (i == _end || _buf[i] != ':')
            {
                colon = -1;
                return _pos + lastNonDot + 1;
            }

            if (lastNonDot != i - 1 - _pos)
            {
                throw Error("a prefix cannot end with '.'", i - 1);
            }
        }

        var colonOffset = i - _pos;
        var end = LexLocalName(i + 1);
        colon = _pos + colonOffset;
        return end;
    }

    /// <summary>PN_LOCAL from index <paramref name="i"/>; returns its end (excluding trailing dots).</summary>
    private int LexLocalName(int i)
    {
        var end = i - _pos;
        var first = true;
        while (i < _end || More(ref i))
        {
            var c = _buf[i];
            if (c == '%')
            {
                while (_end - i < 3 && More(ref i))
                {
                }

                if (i + 2 >= _end || CharClasses.HexValue(_buf[i + 1]) < 0 || CharClasses.HexValue(_buf[i + 2]) < 0)
                {
                    throw Error("'%' in a local name must be followed by two hexadecimal digits", i);
                }

                i += 3;
                end = i - _pos;
            }
            else if (c == '\\')
            {
                if (i + 1 == _end)
                {
                    More(ref i);
                }

                if (i + 1 >= _end || !CharClasses.IsLocalEscapable(_buf[i + 1]))
                {
                    throw Error($"invalid escape in a local name: {Describe(i + 1)} cannot be escaped", i);
                }

                i += 2;
                end = i - _pos;
            }
            else if (c == ':' || (first ? CharClasses.IsPnCharsU(c) || CharClasses.IsDigit(c) : CharClasses.IsPnChars(c)))
            {
                end = ++i - _pos;
            }
            else if (c == '.' && !first)
            {
                i++;
            }
            else
            {
                break;
            }

            first = false;
        }

        return _pos + end;
    }

    /// <summary>
    /// A prefixed name at <c>_pos</c> (a keyword there is an error naming <paramref name="role"/>). Predicates and
    /// datatypes (<paramref name="vocabulary"/>) are interned apart from subjects and objects, as for IRIREFs.
    /// </summary>
    private Iri ReadPrefixedName(string role, bool vocabulary = false)
    {
        var end = LexName(out var colon);
        if (colon < 0)
        {
            throw Error($"unexpected '{Clip(_buf.AsSpan(_pos, end - _pos))}': expected an IRI or prefixed name as {role}");
        }

        var token = _buf.AsSpan(_pos, end - _pos);
        var cache = vocabulary ? _vocabularyNames : _prefixedNames;
        if (!cache.TryGet(token, out var iri))
        {
            var prefix = token[..(colon - _pos)].ToString();
            if (!_prefixes.TryGetValue(prefix, out var ns))
            {
                throw Error($"undefined prefix '{prefix}:'");
            }

            iri = new Iri(ns + UnescapeLocal(token[(colon - _pos + 1)..]));
            cache.Add(token, iri);
        }

        _pos = end;
        return iri;
    }

    private static string UnescapeLocal(ReadOnlySpan<char> local)
    {
        if (local.IndexOf('\\') < 0)
        {
            return local.ToString();
        }

        var chars = new char[local.Length];
        var n = 0;
        for (var i = 0; i < local.Length; i++)
        {
            chars[n++] = local[i] == '\\' ? local[++i] : local[i];
        }

        return new string(chars, 0, n);
    }

    /// <summary>INTEGER, DECIMAL or DOUBLE at <c>_pos</c>; the lexical form is kept as written.</summary>
    private Literal ReadNumber()
    {
        var i = 0;
        var c = PeekAt(0);
        if (c is '+' or '-')
        {
            c = PeekAt(++i);
        }

        var integerDigits = CountDigits(ref i);
        var fractionDigits = -1;
        var datatype = Vocabulary.Xsd.Integer;
        if (PeekAt(i) == '.' && CharClasses.IsDigit((char)Math.Max(PeekAt(i + 1), 0)))
        {
            i++;
            fractionDigits = CountDigits(ref i);
            datatype = Vocabulary.Xsd.Decimal;
        }
        else if (PeekAt(i) == '.' && integerDigits > 0 && PeekAt(i + 1) is 'e' or 'E' && ExponentLength(i + 1) > 0)
        {
            i++;
        }

        if (integerDigits == 0 && fractionDigits < 0)
        {
            throw Error($"expected an object, found {Describe(_pos)}");
        }

        if (PeekAt(i) is 'e' or 'E')
        {
            var exponent = ExponentLength(i);
            if (exponent == 0)
            {
                throw Error("an exponent needs digits after 'e'", _pos + i);
            }

            i += exponent;
            datatype = Vocabulary.Xsd.Double;
        }

        var literal = new Literal(new string(_buf, _pos, i), datatype);
        _pos += i;
        return literal;
    }

    private int CountDigits(ref int i)
    {
        var start = i;
        while (PeekAt(i) is >= '0' and <= '9')
        {
            i++;
        }

        return i - start;
    }

    /// <summary>Length of EXPONENT at offset <paramref name="i"/> (which holds 'e' or 'E'), or 0 if it is malformed.</summary>
    private int ExponentLength(int i)
    {
        var j = i + 1;
        if (PeekAt(j) is '+' or '-')
        {
            j++;
        }

        var digits = CountDigits(ref j);
        return digits == 0 ? 0 : j - i;
    }

    /// <summary>A string literal at <c>_pos</c> with its optional language tag or datatype.</summary>
    private Literal ReadRdfLiteral(char quote)
    {
        var value = PeekAt(1) == quote && PeekAt(2) == quote ? ReadLongString(quote) : ReadShortString(quote);
        var c = SkipWs();
        if (c == '@')
        {
            return new Literal(value, Vocabulary.Rdf.LangString, ReadLanguageTag());
        }

        if (c == '^')
        {
            if (PeekAt(1) != '^')
            {
                throw Error("expected '^^' before a datatype");
            }

            _pos += 2;
            return new Literal(value, ReadIri(SkipWs(), "datatype").Value);
        }

        return new Literal(value, Vocabulary.Xsd.String);
    }
}
