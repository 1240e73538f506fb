using System.Text;

namespace Vocab.Rdf;

/// <summary>Escaping of IRIs and strings for N-Triples and N-Quads output (canonical form: only what must be escaped is).</summary>
public static class NTriplesEscaping
{
    /// <summary>An IRI in angle brackets, with characters not allowed in IRIREF written as <c>\uXXXX</c>.</summary>
    public static string Iri(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('<');
        foreach (var c in value)
        {
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('>').ToString();
    }

    /// <summary>A quoted string literal body with the N-Triples escapes.</summary>
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        AppendEscaped(sb, value);
        return sb.Append('"').ToString();
    }

    /// <summary>Appends <paramref name="value"/> escaped for a double-quoted literal.</summary>
    public static void AppendEscaped(StringBuilder sb, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
