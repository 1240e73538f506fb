namespace Vocab.Core.Normalization;

/// <summary>
/// Builds a key from NFKC text: character folding, then per word abbreviation expansion, singularization and
/// American spelling. Acronyms keep their letters ("EELS" → "eels", not "eel"), so that they equal the initialism
/// of their long form ("electron energy loss spectroscopy" → "eels"); the price is that a lower-case "eels" is read
/// as a plural word, which the fuzzy tier of the matcher still recovers.
/// </summary>
internal static class WordRules
{
    private const int StackChars = 128;
    private const int LongestRuleWord = 48;
    private const int TrackedTokens = 32;
    private const int ShortAcronym = 5;

    /// <summary>The key of <paramref name="nfkc"/>; returns <paramref name="same"/> instead of a copy when equal.</summary>
    public static string BuildKey(ReadOnlySpan<char> nfkc, string? same)
    {
        var folded = new CharBuffer(stackalloc char[StackChars]);
        var key = new CharBuffer(stackalloc char[StackChars]);
        try
        {
            Span<TokenShape> shapes = stackalloc TokenShape[TrackedTokens];
            var anyLower = CharacterFolder.Fold(nfkc, ref folded, shapes);
            Span<char> singularScratch = stackalloc char[LongestRuleWord + 8];
            Span<char> spellingScratch = stackalloc char[LongestRuleWord + 8];
            var words = folded.Written;
            var labelHasLower = anyLower || !words.Contains(' ');
            var token = 0;
            foreach (var range in words.Split(' '))
            {
                if (token > 0)
                {
                    key.Append(' ');
                }

                var shape = token < TrackedTokens ? shapes[token] : default;
                AppendWord(words[range], shape, labelHasLower, ref key, singularScratch, spellingScratch);
                token++;
            }

            return key.ToString(same);
        }
        finally
        {
            folded.Dispose();
            key.Dispose();
        }
    }

    /// <summary>The folded characters of <paramref name="nfkc"/>, with no word rules.</summary>
    public static string Fold(ReadOnlySpan<char> nfkc, string? same)
    {
        var folded = new CharBuffer(stackalloc char[StackChars]);
        try
        {
            CharacterFolder.Fold(nfkc, ref folded, []);
            return folded.ToString(same);
        }
        finally
        {
            folded.Dispose();
        }
    }

    private static void AppendWord(
        ReadOnlySpan<char> word, TokenShape shape, bool labelHasLower, ref CharBuffer key, Span<char> singularScratch, Span<char> spellingScratch)
    {
        if (word.Length > LongestRuleWord || !IsLowerAsciiWord(word))
        {
            key.Append(word);
            return;
        }

        // An all-capital word is an acronym when the label also has lower case or is one word, or when it is short:
        // "EELS", "EXAFS spectra" and "SALDI-TOF-MS" keep their acronyms, "GRAIN BOUNDARIES" is shouted words.
        var acronym = shape.Lower == 0 && shape.Upper >= 2 && (labelHasLower || shape.Upper <= ShortAcronym);
        if (WordTable.TryGet(word, out var entry))
        {
            key.Append(entry.IsAbbreviation || !acronym ? entry.Value : word);
            return;
        }

        if (acronym)
        {
            key.Append(word);
            return;
        }

        // The plural of an acronym: "SEMs", "CNTs".
        if (shape.Upper >= 2 && shape.Lower == 1 && shape.EndsInLowerS && word[^1] == 's')
        {
            key.Append(word[..^1]);
            return;
        }

        // A regular plural of a table word ("colours" → "colour" → "color") takes a second lookup.
        var singular = Singularizer.BySuffix(word, singularScratch);
        if (singular.Length != word.Length && WordTable.TryGet(singular, out entry) && !entry.IsAbbreviation)
        {
            key.Append(entry.Value);
            return;
        }

        key.Append(SpellingVariants.BySuffix(singular, spellingScratch));
    }

    private static bool IsLowerAsciiWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
