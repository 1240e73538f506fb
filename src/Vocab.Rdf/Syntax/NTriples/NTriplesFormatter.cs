using System.Buffers;
using System.Globalization;
using Vocab.Rdf.Syntax.Common;

namespace Vocab.Rdf.Syntax.NTriples;

/// <summary>
/// Writes terms in N-Triples syntax straight to a <see cref="TextWriter"/>, escaping exactly as
/// <see cref="NTriplesEscaping"/> does, but in runs of unescaped text rather than char by char.
/// </summary>
internal static class NTriplesFormatter
{
    private static readonly SearchValues<char> IriEscapes = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " <>\"{}|^`\\");

    private static readonly SearchValues<char> StringEscapes = SearchValues.Create("\"\\\n\r");

    public static void WriteTerm(TextWriter output, Term term)
    {
        switch (term)
        {
            case Iri iri:
                WriteIri(output, iri.Value);
                break;
            case BlankNode node:
                WriteBlankNode(output, node.Label);
                break;
            case Literal literal:
                WriteLiteral(output, literal);
                break;
            default:
                throw new ArgumentException($"unknown term type {term.GetType().Name}", nameof(term));
        }
    }

    public static void WriteIri(TextWriter output, string value)
    {
        output.Write('<');
        var rest = value.AsSpan();
        while (true)
        {
            var k = rest.IndexOfAny(IriEscapes);
            if (k < 0)
            {
                output.Write(rest);
                break;
            }

            output.Write(rest[..k]);
            output.Write("\\u");
            output.Write(((int)rest[k]).ToString("X4", CultureInfo.InvariantCulture));
            rest = rest[(k + 1)..];
        }

        output.Write('>');
    }

    public static void WriteLiteral(TextWriter output, Literal literal)
    {
        WriteQuoted(output, literal.Value);
        if (literal.Language is not null)
        {
            output.Write('@');
            output.Write(literal.Language);
        }
        else if (literal.Datatype != Vocabulary.Xsd.String)
        {
            output.Write("^^");
            WriteIri(output, literal.Datatype);
        }
    }

    /// <summary>A double-quoted string with <c>" \ LF CR</c> escaped.</summary>
    public static void WriteQuoted(TextWriter output, string value)
    {
        output.Write('"');
        var rest = value.AsSpan();
        while (true)
        {
            var k = rest.IndexOfAny(StringEscapes);
            if (k < 0)
            {
                output.Write(rest);
                break;
            }

            output.Write(rest[..k]);
            output.Write(rest[k] switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ => "\\r",
            });
            rest = rest[(k + 1)..];
        }

        output.Write('"');
    }

    /// <summary>
    /// <c>_:label</c>. A label that is not a valid BLANK_NODE_LABEL (possible from other sources) is written
    /// as 'x' plus the hex of its chars, which is valid and keeps distinct labels distinct.
    /// </summary>
    public static void WriteBlankNode(TextWriter output, string label)
    {
        output.Write("_:");
        if (IsValidLabel(label))
        {
            output.Write(label);
            return;
        }

        output.Write('x');
        foreach (var c in label)
        {
            output.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>True when <paramref name="label"/> matches the BLANK_NODE_LABEL production (after '_:').</summary>
    public static bool IsValidLabel(string label)
    {
        if (label.Length == 0 || !(CharClasses.IsPnCharsU(label[0]) || CharClasses.IsDigit(label[0])) || label[^1] == '.')
        {
            return false;
        }

        for (var i = 1; i < label.Length; i++)
        {
            if (!CharClasses.IsPnChars(label[i]) && label[i] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
