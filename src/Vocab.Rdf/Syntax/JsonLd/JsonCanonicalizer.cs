using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): the lexical form JSON-LD 1.1 gives <c>@json</c> literals
/// (<c>rdf:JSON</c>), so that equal JSON values become equal literals.
/// </summary>
internal static class JsonCanonicalizer
{
    public static string Canonicalize(JNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JNode node)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw node.Error("the JSON literal nests too deeply to be processed");
        }

        switch (node)
        {
            case JMap map:
                sb.Append('{');
                var first = true;
                // RFC 8785 orders members by their names' UTF-16 code units, which is ordinal string order.
                foreach (var member in map.Members.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    WriteString(sb, member.Key);
                    sb.Append(':');
                    Write(sb, member.Value);
                }

                sb.Append('}');
                break;
            case JArray array:
                sb.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Write(sb, array.Items[i]);
                }

                sb.Append(']');
                break;
            case JScalar { Kind: JScalarKind.String } s:
                WriteString(sb, s.Text!);
                break;
            case JScalar { Kind: JScalarKind.Number } n:
                sb.Append(JsonLdNumbers.EcmaScript(n.Number));
                break;
            case JScalar { Kind: JScalarKind.True }:
                sb.Append("true");
                break;
            case JScalar { Kind: JScalarKind.False }:
                sb.Append("false");
                break;
            default:
                sb.Append("null");
                break;
        }
    }

    private static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ': sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('"');
    }
}
