using System.Buffers;
using System.Globalization;
using System.Text;

namespace Vocab.Rdf.Syntax.Common;

/// <summary>
/// The lexical rules N-Triples, N-Quads, Turtle and TriG share (IRIREF, quoted strings with ECHAR and UCHAR,
/// blank node labels, language tags) and the interning of the terms they produce.
/// </summary>
internal abstract partial class RdfScanner : TextScanner
{
    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " <>\"{}|^`\\");

    private static long _scopeCounter;

    private readonly SpanCache<Iri> _iris = new();
    private readonly SpanCache<Iri> _vocabulary = new();
    private readonly SpanCache<BlankNode> _blankNodes = new();
    private readonly SpanCache<string> _languages = new(4096);
    private readonly string _scope;
    private int _generated;

    private protected RdfScanner(TextReader reader, RdfParserOptions? options)
        : base(reader, options?.SourceName)
    {
        BaseIri = options?.BaseIri;
        _scope = Interlocked.Increment(ref _scopeCounter).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A builder for tokens that need unescaping.</summary>
    private protected StringBuilder Scratch { get; } = new();

    /// <summary>The base IRI relative IRIs resolve against; null when there is none.</summary>
    private protected string? BaseIri { get; private set; }

    /// <summary>Changes the base IRI (and forgets IRIs resolved against the old one).</summary>
    private protected void SetBase(string baseIri)
    {
        BaseIri = baseIri;
        _iris.Clear();
        _vocabulary.Clear();
    }

    /// <summary>
    /// Reads an IRIREF at <c>_pos</c> (which holds '&lt;') and returns its term. Relative IRIs are resolved
    /// against <see cref="BaseIri"/> unless <paramref name="absoluteOnly"/>, in which case they are errors.
    /// <paramref name="vocabulary"/> marks predicates and datatypes: they are interned in their own table, which the
    /// stream of distinct subjects and objects never fills, so each stays one shared object.
    /// </summary>
    private protected Iri ReadIriRef(bool absoluteOnly, bool vocabulary = false)
    {
        var i = _pos + 1;
        while (true)
        {
            var k = _buf.AsSpan(i, _end - i).IndexOfAny(IriStops);
            if (k < 0)
            {
                i = _end;
                if (!More(ref i))
                {
                    throw Error("unterminated IRI: expected '>'", i);
                }

                continue;
            }

            i += k;
            var c = _buf[i];
            if (c == '>')
            {
                break;
            }

            if (c == '\\')
            {
                return ReadEscapedIriRef(i, absoluteOnly);
            }

            throw Error($"{Describe(i)} is not allowed in an IRI", i);
        }

        var content = _buf.AsSpan(_pos + 1, i - _pos - 1);
        var cache = vocabulary ? _vocabulary : _iris;
        if (!cache.TryGet(content, out var iri))
        {
            iri = MakeIri(content.ToString(), absoluteOnly, _pos);
            cache.Add(content, iri);
        }

        _pos = i + 1;
        return iri;
    }

    private Iri ReadEscapedIriRef(int i, bool absoluteOnly)
    {
        var sb = Scratch.Clear();
        sb.Append(_buf, _pos + 1, i - _pos - 1);
        while (true)
        {
            var c = _buf[i];
            if (c == '>')
            {
                break;
            }

            if (c != '\\')
            {
                throw Error($"{Describe(i)} is not allowed in an IRI", i);
            }

            var escapeOffset = i - _pos;
            var start = sb.Length;
            i = ReadEscape(i, sb, allowEchar: false);
            for (var j = start; j < sb.Length; j++)
            {
                var e = sb[j];
                if (e <= ' ' || e is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                {
                    throw Error($"escape for U+{(int)e:X4} is not allowed in an IRI", _pos + escapeOffset);
                }
            }

            while (true)
            {
                var k = _buf.AsSpan(i, _end - i).IndexOfAny(IriStops);
                if (k >= 0)
                {
                    sb.Append(_buf, i, k);
                    i += k;
                    break;
                }

                sb.Append(_buf, i, _end - i);
                i = _end;
                if (!More(ref i))
                {
                    throw Error("unterminated IRI: expected '>'", i);
                }
            }
        }

        var iri = MakeIri(sb.ToString(), absoluteOnly, _pos);
        _pos = i + 1;
        return iri;
    }

    private Iri MakeIri(string value, bool absoluteOnly, int tokenStart)
    {
        if (IriResolver.HasScheme(value))
        {
            return new Iri(value);
        }

        if (absoluteOnly)
        {
            throw Error($"relative IRI <{value}> is not allowed here", tokenStart);
        }

        if (BaseIri is null)
        {
            throw Error($"relative IRI <{value}> with no base IRI to resolve it against", tokenStart);
        }

        return new Iri(IriResolver.Resolve(BaseIri, value));
    }

    /// <summary>
    /// Decodes the escape at buffer index <paramref name="i"/> ('\') into <paramref name="sb"/>: UCHAR always,
    /// ECHAR when <paramref name="allowEchar"/>. Returns the index after the escape.
    /// </summary>
    private protected int ReadEscape(int i, StringBuilder sb, bool allowEchar)
    {
        while (_end - i < 10 && More(ref i))
        {
        }

        var kind = i + 1 < _end ? _buf[i + 1] : '\0';
        switch (kind)
        {
            case 'u':
            case 'U':
                var digits = kind == 'u' ? 4 : 8;
                var value = 0;
                for (var d = 0; d < digits; d++)
                {
                    var h = i + 2 + d < _end ? CharClasses.HexValue(_buf[i + 2 + d]) : -1;
                    if (h < 0)
                    {
                        throw Error($"\\{kind} must be followed by {digits} hexadecimal digits", i);
                    }

                    value = (value << 4) | h;
                }

                if (value is > 0x10FFFF or < 0 || value is >= 0xD800 and <= 0xDFFF)
                {
                    throw Error($"\\{kind} escape is not a Unicode scalar value", i);
                }

                if (value < 0x10000)
                {
                    sb.Append((char)value);
                }
                else
                {
                    value -= 0x10000;
                    sb.Append((char)(0xD800 + (value >> 10))).Append((char)(0xDC00 + (value & 0x3FF)));
                }

                return i + 2 + digits;
            case 't' when allowEchar: sb.Append('\t'); return i + 2;
            case 'b' when allowEchar: sb.Append('\b'); return i + 2;
            case 'n' when allowEchar: sb.Append('\n'); return i + 2;
            case 'r' when allowEchar: sb.Append('\r'); return i + 2;
            case 'f' when allowEchar: sb.Append('\f'); return i + 2;
            case '"' when allowEchar: sb.Append('"'); return i + 2;
            case '\'' when allowEchar: sb.Append('\''); return i + 2;
            case '\\' when allowEchar: sb.Append('\\'); return i + 2;
            default:
                throw Error(
                    allowEchar ? $"unknown escape '\\{kind}'" : "only \\u and \\U escapes are allowed in an IRI",
                    i);
        }
    }

    /// <summary>The term for a document blank node label; labels are made unique to this parse.</summary>
    private protected BlankNode LabeledBlankNode(ReadOnlySpan<char> label)
    {
        if (!_blankNodes.TryGet(label, out var node))
        {
            // "_" + scope number ends every document label, generated labels end in "-" + scope: they never collide.
            node = new BlankNode(string.Concat(label, "_", _scope));
            _blankNodes.Add(label, node);
        }

        return node;
    }

    /// <summary>A fresh blank node ([] and collections).</summary>
    private protected BlankNode NewBlankNode() =>
        new(string.Create(CultureInfo.InvariantCulture, $"genid{++_generated}-{_scope}"));

    /// <summary>The lower-cased, interned language tag.</summary>
    private protected string Language(ReadOnlySpan<char> tag)
    {
        if (!_languages.TryGet(tag, out var language))
        {
            language = tag.ToString().ToLowerInvariant();
            _languages.Add(tag, language);
        }

        return language;
    }
}
