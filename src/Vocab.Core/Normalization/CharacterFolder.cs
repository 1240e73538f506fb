namespace Vocab.Core.Normalization;

/// <summary>How the letters of one folded token were cased before folding; the word rules use it to spare acronyms.</summary>
internal struct TokenShape
{
    public byte Upper;
    public byte Lower;
    public bool EndsInLowerS;
}

/// <summary>
/// The character-level folding of an NFKC-normalized text: case, hiragana to katakana, the katakana long-vowel
/// rule, and punctuation or spacing runs to one space. Word-level rules live in <see cref="WordRules"/>.
/// </summary>
internal static class CharacterFolder
{
    private const char LongVowel = '\u30FC';

    /// <summary>
    /// Folds <paramref name="source"/> into <paramref name="output"/>. When <paramref name="shapes"/> is not empty it
    /// receives the casing of each token (up to its length); the return value says whether any letter was lower-case.
    /// </summary>
    public static bool Fold(ReadOnlySpan<char> source, ref CharBuffer output, Span<TokenShape> shapes)
    {
        shapes.Clear();
        var token = -1;
        var pendingSpace = false;
        var kanaStart = -1;
        var anyLower = false;
        for (var at = 0; at < source.Length; at++)
        {
            var c = source[at];
            if (c is '\'' or '\u2019' or '\u2018' or '\u02BC')
            {
                // Apostrophes join: "Young's modulus" and "Youngs modulus" fold alike.
                continue;
            }

            if (c is >= '\u3041' and <= '\u3096')
            {
                c = (char)(c + 0x60);
            }
            else if (c is '\u309D' or '\u309E')
            {
                c = (char)(c + 0x60);
            }

            if (kanaStart >= 0 && (IsLongVowelVariant(c) || (c == '-' && IsHyphenLongVowel(ref output, source[(at + 1)..]))))
            {
                // After a katakana letter a Unicode dash or wave dash is a long-vowel mark typed with the wrong key;
                // the ASCII hyphen (also what NFKC makes of the full-width －) only where a separator cannot be meant.
                output.Append(LongVowel);
                continue;
            }

            if (IsSeparator(c))
            {
                EndKanaRun(ref output, ref kanaStart);
                pendingSpace = output.Length > 0;
                continue;
            }

            if (pendingSpace || token < 0)
            {
                if (pendingSpace)
                {
                    output.Append(' ');
                    pendingSpace = false;
                }

                token++;
            }

            if (c < 128)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    c = (char)(c + 32);
                    Track(shapes, token, upper: true, endsInS: false);
                }
                else if (c is >= 'a' and <= 'z')
                {
                    anyLower = true;
                    Track(shapes, token, upper: false, endsInS: c == 's');
                }
            }
            else if (c == '\u00DF')
            {
                // Full case folding turns ß into "ss"; lower-casing alone would keep it.
                EndKanaRun(ref output, ref kanaStart);
                output.Append("ss");
                continue;
            }
            else
            {
                if (char.IsUpper(c))
                {
                    Track(shapes, token, upper: true, endsInS: false);
                }
                else if (char.IsLower(c))
                {
                    anyLower = true;
                    Track(shapes, token, upper: false, endsInS: false);
                }

                // Final sigma folds to sigma, as Unicode case folding does.
                c = c == '\u03C2' ? '\u03C3' : char.ToLowerInvariant(c);
            }

            var isKana = IsKatakana(c);
            if (isKana && kanaStart < 0)
            {
                kanaStart = output.Length;
            }
            else if (!isKana)
            {
                EndKanaRun(ref output, ref kanaStart);
            }

            output.Append(c);
        }

        EndKanaRun(ref output, ref kanaStart);
        return anyLower;
    }

    private static void Track(Span<TokenShape> shapes, int token, bool upper, bool endsInS)
    {
        if ((uint)token >= (uint)shapes.Length)
        {
            return;
        }

        ref var shape = ref shapes[token];
        if (upper)
        {
            shape.Upper = (byte)Math.Min(shape.Upper + 1, 255);
        }
        else
        {
            shape.Lower = (byte)Math.Min(shape.Lower + 1, 255);
        }

        shape.EndsInLowerS = endsInS;
    }

    /// <summary>Drops the trailing long-vowel marks of a katakana word of three or more letters (サーバー → サーバ, キー stays).</summary>
    private static void EndKanaRun(ref CharBuffer output, ref int kanaStart)
    {
        if (kanaStart < 0)
        {
            return;
        }

        var end = output.Length;
        while (end > kanaStart && output[end - 1] == LongVowel)
        {
            end--;
        }

        if (end - kanaStart >= 3)
        {
            output.Truncate(end);
        }

        kanaStart = -1;
    }

    /// <summary>
    /// Whether an ASCII hyphen after katakana is a mistyped ー: the letter before it can be lengthened (not ン, ッ or ー
    /// itself) and what follows is Japanese (kana, kanji), the end, a space or punctuation ("デ-タ", "クラスタ-分析",
    /// "エネルギ-"). Before a digit or a Latin letter it joins a compound ("ウラン-238", "カメラ-TEM"), and after ン it
    /// separates ("アルゴン-メタン"); the shipped thesaurus and EDICT have no other hyphen after katakana.
    /// </summary>
    private static bool IsHyphenLongVowel(ref CharBuffer output, ReadOnlySpan<char> rest)
    {
        var before = output[output.Length - 1];
        if (before is '\u30F3' or '\u30C3' or LongVowel || !IsKatakana(before))
        {
            return false;
        }

        if (rest.IsEmpty)
        {
            return true;
        }

        var next = rest[0];
        return next >= '\u3000' || (!char.IsLetterOrDigit(next) && next != '-');
    }

    private static bool IsKatakana(char c) => c is (>= '\u30A1' and <= '\u30FA') or (>= '\u30FC' and <= '\u30FE') or (>= '\u31F0' and <= '\u31FF');

    private static bool IsLongVowelVariant(char c) =>
        c is LongVowel or (>= '\u2010' and <= '\u2015') or '\u2212' or '\u301C' or '\u3030' or '~';

    private static bool IsSeparator(char c)
    {
        if (c < 128)
        {
            // ASCII: letters, digits and the symbols that carry meaning in chemistry and units stay.
            return !(char.IsAsciiLetterOrDigit(c) || c is '%' or '+' or '=' or '<' or '>' or '^');
        }

        return char.IsWhiteSpace(c) || char.IsPunctuation(c) || c == '\u30FC' || c is (>= '\u2010' and <= '\u2015') or '\u2212' or '\u301C' or '\u3030';
    }
}
