using System.Globalization;
using System.Text;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>
/// Reads the store's N-Triples term strings back into terms. IRIs and blank nodes are interned (one object per
/// distinct term for the decoder's lifetime) so a snapshot of a million statements shares its subjects and predicates;
/// lookups take spans, so a term seen before costs no allocation. Datatypes and language tags are interned as strings.
/// Not thread-safe.
/// </summary>
internal sealed class TermDecoder
{
    private readonly Dictionary<string, Term> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term>.AlternateLookup<ReadOnlySpan<char>> _resourceLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;

    public TermDecoder()
    {
        _resourceLookup = _resources.GetAlternateLookup<ReadOnlySpan<char>>();
        _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Term Decode(string text) => Decode(text.AsSpan());

    public Term Decode(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            throw Invalid(text);
        }

        return text[0] == '"' ? DecodeLiteral(text) : DecodeResource(text);
    }

    public Iri DecodeIri(string text) => DecodeIri(text.AsSpan());

    public Iri DecodeIri(ReadOnlySpan<char> text) => DecodeResource(text) as Iri ?? throw Invalid(text);

    private Term DecodeResource(ReadOnlySpan<char> text)
    {
        if (_resourceLookup.TryGetValue(text, out var term))
        {
            return term;
        }

        if (text.Length >= 2 && text[0] == '<' && text[^1] == '>')
        {
            term = new Iri(Unescape(text[1..^1]));
        }
        else if (text.StartsWith("_:") && text.Length > 2)
        {
            term = new BlankNode(text[2..].ToString());
        }
        else
        {
            throw Invalid(text);
        }

        _resources.Add(text.ToString(), term);
        return term;
    }

    private Literal DecodeLiteral(ReadOnlySpan<char> text)
    {
        // The lexical form escapes every '"', and neither a language tag nor an escaped IRI contains one.
        var close = text.LastIndexOf('"');
        if (close < 1)
        {
            throw Invalid(text);
        }

        var value = Unescape(text[1..close]);
        var rest = text[(close + 1)..];
        if (rest.IsEmpty)
        {
            return new Literal(value, Vocabulary.Xsd.String);
        }

        if (rest[0] == '@' && rest.Length > 1)
        {
            return new Literal(value, Vocabulary.Rdf.LangString, Intern(rest[1..]));
        }

        if (rest.StartsWith("^^<") && rest[^1] == '>')
        {
            var datatype = rest[3..^1];
            return new Literal(value, datatype.Contains('\\') ? Intern(Unescape(datatype)) : Intern(datatype));
        }

        throw Invalid(text);
    }

    private string Intern(ReadOnlySpan<char> value)
    {
        if (_stringLookup.TryGetValue(value, out var interned))
        {
            return interned;
        }

        interned = value.ToString();
        _strings.Add(interned, interned);
        return interned;
    }

    /// <summary>Undoes the N-Triples escapes (<c>\t \b \n \r \f \" \' \\ \uXXXX \UXXXXXXXX</c>).</summary>
    internal static string Unescape(ReadOnlySpan<char> span)
    {
        var slash = span.IndexOf('\\');
        if (slash < 0)
        {
            return span.ToString();
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

    private static FormatException Invalid(ReadOnlySpan<char> text) =>
        new($"the store holds a malformed term: {(text.Length > 80 ? string.Concat(text[..80], "...") : text.ToString())}");
}
