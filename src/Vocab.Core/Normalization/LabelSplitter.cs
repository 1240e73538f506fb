using System.Text;

namespace Vocab.Core.Normalization;

/// <summary>Where a raw label's parts lie: the property text, a unit split off it, and a parenthesized abbreviation.</summary>
/// <param name="PropertyEnd">The end of the property text (the label without its unit part) in the raw label.</param>
/// <param name="Unit">The unit's range in the raw label; default when there is none.</param>
/// <param name="KeyEnd">The end of the text the key is built from (the property text without its abbreviation).</param>
/// <param name="Abbreviation">The parenthesized abbreviation's range in the raw label; default when there is none.</param>
internal readonly record struct LabelParts(int PropertyEnd, Range Unit, int KeyEnd, Range Abbreviation)
{
    public bool HasUnit => !Unit.Equals(default(Range));

    public bool HasAbbreviation => !Abbreviation.Equals(default(Range));
}

/// <summary>
/// Finds the unit and the abbreviation of a raw label without allocating for ASCII labels. It works on the raw
/// text (ASCII and full-width brackets alike) so that the property text keeps the caller's characters.
/// </summary>
internal static class LabelSplitter
{
    private const int MaxUnitChars = 32;

    public static LabelParts Split(string raw)
    {
        var text = raw.AsSpan().TrimEnd();
        var propertyEnd = text.Length;
        Range unit = default;
        if (TryTrailingBracket(text, roundOnly: false, out var open) && IsUnit(text[(open + 1)..^1]) && HasWord(text[..open]))
        {
            unit = (open + 1)..(text.Length - 1);
            propertyEnd = text[..open].TrimEnd().Length;
        }
        else if (TrySuffixUnit(text, out var separator))
        {
            unit = (separator + 1)..text.Length;
            propertyEnd = text[..separator].TrimEnd().Length;
        }

        var property = text[..propertyEnd];
        if (TryTrailingBracket(property, roundOnly: true, out open) && IsAbbreviation(property[(open + 1)..^1]) && HasWord(property[..open]))
        {
            return new LabelParts(propertyEnd, unit, property[..open].TrimEnd().Length, (open + 1)..(property.Length - 1));
        }

        return new LabelParts(propertyEnd, unit, propertyEnd, default);
    }

    /// <summary>NFKC of a piece of the raw label as a string, for the parts <see cref="LabelNormalizer.Normalize"/> returns.</summary>
    public static string NfkcString(ReadOnlySpan<char> text)
    {
        var buffer = new CharBuffer(stackalloc char[64]);
        try
        {
            return NfkcFast.Normalize(text, ref buffer).ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>"Dwell time/us", "Temperature, K": the first "/" or "," whose remainder is a unit.</summary>
    private static bool TrySuffixUnit(ReadOnlySpan<char> text, out int separator)
    {
        // One pass: a long label full of commas must not cost a scan per comma.
        var seenWord = false;
        for (var i = 0; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (seenWord && c is '/' or '\uFF0F' or ',' or '\uFF0C' && IsUnit(text[(i + 1)..]))
            {
                separator = i;
                return true;
            }

            seenWord |= char.IsLetterOrDigit(c);
        }

        separator = -1;
        return false;
    }

    /// <summary>Finds the opening bracket that matches the closing one at the end of <paramref name="text"/>.</summary>
    private static bool TryTrailingBracket(ReadOnlySpan<char> text, bool roundOnly, out int open)
    {
        open = -1;
        if (text.IsEmpty)
        {
            return false;
        }

        var round = text[^1] is ')' or '\uFF09';
        if (!round && (roundOnly || text[^1] is not (']' or '\uFF3D')))
        {
            return false;
        }

        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (round ? c is ')' or '\uFF09' : c is ']' or '\uFF3D')
            {
                depth++;
            }
            else if ((round ? c is '(' or '\uFF08' : c is '[' or '\uFF3B') && --depth == 0)
            {
                open = i;
                return true;
            }
        }

        return false;
    }

    private static bool IsUnit(ReadOnlySpan<char> candidate)
    {
        // No unit is longer than this even before NFKC; the check keeps the cost per candidate constant.
        candidate = candidate.Trim();
        if (candidate.Length > MaxUnitChars)
        {
            return false;
        }

        if (Ascii.IsValid(candidate))
        {
            return UnitSymbols.IsUnit(candidate);
        }

        var buffer = new CharBuffer(stackalloc char[64]);
        try
        {
            return UnitSymbols.IsUnit(NfkcFast.Normalize(candidate, ref buffer));
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>
    /// A short form in parentheses: no spaces, at most 16 characters, two letters or more, at least one capital and
    /// no more lower-case letters than capitals ("EDS", "S/TEM", "SrTiO3", "Fe"), so that "(left)" or a sample
    /// name such as "(A2)" stay in the key.
    /// </summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> candidate)
    {
        candidate = candidate.Trim();
        if (candidate.Length > MaxUnitChars)
        {
            return false;
        }

        var buffer = new CharBuffer(stackalloc char[64]);
        try
        {
            return IsShortForm(NfkcFast.Normalize(candidate, ref buffer).Trim());
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static bool IsShortForm(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 16)
        {
            return false;
        }

        var upper = 0;
        var lower = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }

            upper += char.IsUpper(c) ? 1 : 0;
            lower += char.IsLower(c) ? 1 : 0;
        }

        return upper > 0 && lower <= upper && upper + lower >= 2;
    }

    private static bool HasWord(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
