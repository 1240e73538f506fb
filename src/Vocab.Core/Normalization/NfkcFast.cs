using System.Text;

namespace Vocab.Core.Normalization;

/// <summary>
/// NFKC without ICU for the characters labels are made of. <see cref="string.Normalize(NormalizationForm)"/> costs
/// several microseconds per Japanese label, ten times the rest of the key; most such labels are kana, kanji and
/// full-width ASCII, whose NFKC is the identity or a fixed shift. Any other character falls back to ICU.
/// </summary>
internal static class NfkcFast
{
    /// <summary>
    /// Characters that are their own NFKC, are starters, and are never the second half of a composition, so no
    /// neighbour changes them (checked against the Unicode data): Latin-1 and Latin Extended-A letters, Greek
    /// letters, dashes and quotes, arrows and math operators, CJK punctuation, kana, and CJK ideographs.
    /// </summary>
    private static readonly (char First, char Last)[] StableRanges =
    [
        ('\u4E00', '\u9FFF'), ('\u30A0', '\u30FE'), ('\u3041', '\u3096'), ('\u3001', '\u3029'), ('\u3400', '\u4DBF'),
        ('\u00C0', '\u0131'), ('\u0391', '\u03A1'), ('\u03A3', '\u03C9'), ('\u00B0', '\u00B1'), ('\u00B7', '\u00B7'),
        ('\u2010', '\u2010'), ('\u2012', '\u2015'), ('\u2018', '\u201F'), ('\u2022', '\u2022'), ('\u2030', '\u2030'),
        ('\u2032', '\u2032'), ('\u2190', '\u222B'), ('\u3030', '\u3030'), ('\u309D', '\u309E'),
    ];

    /// <summary>Writes the NFKC form of <paramref name="text"/>; returns the ICU result when a character is not covered.</summary>
    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text, ref CharBuffer output)
    {
        foreach (var c in text)
        {
            if (c < 128 || IsStable(c))
            {
                output.Append(c);
                continue;
            }

            var mapped = Map(c);
            if (mapped is null)
            {
                return Icu(text.ToString());
            }

            output.Append(mapped);
        }

        return output.Written;
    }

    /// <summary>ICU NFKC; ICU rejects lone surrogates and noncharacters, which bad data has, so they become U+FFFD.</summary>
    private static string Icu(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                // EnumerateRunes already turns lone surrogates into U+FFFD.
                var value = rune.Value;
                var nonCharacter = value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;
                builder.Append(nonCharacter ? Rune.ReplacementChar.ToString() : rune.ToString());
            }

            return builder.ToString().Normalize(NormalizationForm.FormKC);
        }
    }

    private static bool IsStable(char c)
    {
        foreach (var (first, last) in StableRanges)
        {
            if (c >= first && c <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The compatibility mappings labels use most: full-width ASCII and space, micro, ångström, ℃, superscripts.</summary>
    private static string? Map(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => AsciiStrings[c - 0xFF01],
        '\u3000' => " ",
        '\u00B5' => "\u03BC",
        '\u212B' => "\u00C5",
        '\u2103' => "\u00B0C",
        '\u00B2' => "2",
        '\u00B3' => "3",
        '\u00B9' => "1",
        '\u2070' => "0",
        >= '\u2074' and <= '\u2079' => AsciiStrings['4' - '!' + (c - '\u2074')],
        '\u207B' => "\u2212",
        _ => null,
    };

    /// <summary>The printable ASCII characters '!' to '~' as strings, so a mapping allocates nothing.</summary>
    private static readonly string[] AsciiStrings = CreateAsciiStrings();

    private static string[] CreateAsciiStrings()
    {
        var table = new string[0x7E - 0x21 + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = ((char)(0x21 + i)).ToString();
        }

        return table;
    }
}
