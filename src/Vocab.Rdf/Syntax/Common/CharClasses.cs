namespace Vocab.Rdf.Syntax.Common;

/// <summary>
/// Character classes of the RDF 1.1 Turtle family grammars (PN_CHARS_BASE, PN_CHARS_U, PN_CHARS, HEX).
/// Supplementary characters arrive as UTF-16 surrogates; a surrogate of a plane 1-14 character counts as PN_CHARS_BASE.
/// </summary>
public static class CharClasses
{
    /// <summary>PN_CHARS_BASE: letters and the allowed non-ASCII ranges.</summary>
    public static bool IsPnCharsBase(char c) =>
        c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : IsPnCharsBaseNonAscii(c);

    /// <summary>PN_CHARS_U: PN_CHARS_BASE or '_'.</summary>
    public static bool IsPnCharsU(char c) => c == '_' || IsPnCharsBase(c);

    /// <summary>PN_CHARS: PN_CHARS_U, '-', digits, U+00B7, U+0300-U+036F, U+203F-U+2040.</summary>
    public static bool IsPnChars(char c)
    {
        if (c < 0x80)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c is '_' or '-';
        }

        return IsPnCharsBaseNonAscii(c) || c == 0xB7 || c is >= '\u0300' and <= '\u036F' || c is '\u203F' or '\u2040';
    }

    /// <summary>An ASCII digit.</summary>
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>The value of a hexadecimal digit, or -1.</summary>
    public static int HexValue(char c)
    {
        if ((uint)(c - '0') <= 9)
        {
            return c - '0';
        }

        var lower = c | 0x20;
        return (uint)(lower - 'a') <= 5 ? lower - 'a' + 10 : -1;
    }

    /// <summary>The characters a backslash may escape in a prefixed name's local part (PN_LOCAL_ESC).</summary>
    public static bool IsLocalEscapable(char c) =>
        c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '='
            or '/' or '?' or '#' or '@' or '%';

    private static bool IsPnCharsBaseNonAscii(char c) =>
        c is >= '\u00C0' and <= '\u00D6'
            or >= '\u00D8' and <= '\u00F6'
            or >= '\u00F8' and <= '\u02FF'
            or >= '\u0370' and <= '\u037D'
            or >= '\u037F' and <= '\u1FFF'
            or '\u200C' or '\u200D'
            or >= '\u2070' and <= '\u218F'
            or >= '\u2C00' and <= '\u2FEF'
            or >= '\u3001' and <= '\uD7FF'
            or >= '\uF900' and <= '\uFDCF'
            or >= '\uFDF0' and <= '\uFFFD'
            // U+10000..U+EFFFF: high surrogates D800-DB7F and any low surrogate.
            or >= '\uD800' and <= '\uDB7F'
            or >= '\uDC00' and <= '\uDFFF';
}
