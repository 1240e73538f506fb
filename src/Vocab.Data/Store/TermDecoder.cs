using System.Globalization;
using System.Text;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>
/// Reads the store's N-Triples term strings back into terms. IRIs and blank nodes are interned (one object per
/// distinct term for the decoder's lifetime) so a snapshot of a million statements shares its subjects and predicates;
/// datatypes and language tags are interned as strings. Not thread-safe.
/// </summary>
internal sealed class TermDecoder
{
    private readonly Dictionary<string, Term> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public Term Decode(string text)
    {
        if (text.Length == 0)
        {
            throw Invalid(text);
        }

        return text[0] == '"' ? DecodeLiteral(text) : DecodeResource(text);
    }

    public Iri DecodeIri(string text) => DecodeResource(text) as Iri ?? throw Invalid(text);

    private Term DecodeResource(string text)
    {
        if (_resources.TryGetValue(text, out var term))
        {
            return term;
        }

        if (text.Length >= 2 && text[0] == '<' && text[^1] == '>')
        {
            term = new Iri(Unescape(text, 1, text.Length - 1));
        }
        else if (text.StartsWith("_:", StringComparison.Ordinal) && text.Length > 2)
        {
            term = new BlankNode(text[2..]);
        }
        else
        {
            throw Invalid(text);
        }

        _resources.Add(text, term);
        return term;
    }

    private Literal DecodeLiteral(string text)
    {
        // The lexical form escapes every '"', and neither a language tag nor an escaped IRI contains one.
        var close = text.LastIndexOf('"');
        if (close < 1)
        {
            throw Invalid(text);
        }

        var value = Unescape(text, 1, close);
        var rest = text.AsSpan(close + 1);
        if (rest.IsEmpty)
        {
            return new Literal(value, Vocabulary.Xsd.String);
        }

        if (rest[0] == '@')
        {
            return new Literal(value, Vocabulary.Rdf.LangString, Intern(rest[1..]));
        }

        if (rest.StartsWith("^^<") && rest[^1] == '>')
        {
            var datatype = rest[3..^1];
            return new Literal(value, datatype.Contains('\\') ? Intern(Unescape(datatype.ToString(), 0, datatype.Length)) : Intern(datatype));
        }

        throw Invalid(text);
    }

    private string Intern(ReadOnlySpan<char> value)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var interned))
        {
            return interned;
        }

        interned = value.ToString();
        _strings.Add(interned, interned);
        return interned;
    }

    /// <summary>Undoes the N-Triples escapes (<c>\t \b \n \r \f \" \' \\ \uXXXX \UXXXXXXXX</c>) of text[start..end].</summary>
    internal static string Unescape(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var slash = span.IndexOf('\\');
        if (slash < 0)
        {
            return start == 0 && end == text.Length ? text : span.ToString();
        }

        var sb = new StringBuilder(span.Length);
        sb.Append(span[..slash]);
        for (var i = slash; i < span.Length; i++)
        {
            var c = span[i];
            if (c != '\\' || i + 1 >= span.Length)
            {
                sb.Append(c);
                continue;
            }

            var e = span[++i];
            switch (e)
            {
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'f': sb.Append('\f'); break;
                case 'u' when i + 4 < span.Length:
                    sb.Append((char)int.Parse(span.Slice(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U' when i + 8 < span.Length:
                    sb.Append(char.ConvertFromUtf32(int.Parse(span.Slice(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                default: sb.Append(e); break;
            }
        }

        return sb.ToString();
    }

    private static FormatException Invalid(string text) =>
        new($"the store holds a malformed term: {(text.Length > 80 ? text[..80] + "..." : text)}");
}
