namespace Vocab.Index;

/// <summary>
/// Character n-grams over folded label text, packed into a <see cref="ulong"/> so postings need no strings.
/// CJK and kana runs give bigrams (a one-character run gives a unigram), because Japanese is written without
/// spaces and two characters already select well; other runs give trigrams padded at both ends, so short words
/// and word edges still count and each edit disturbs at most three grams.
/// </summary>
internal static class Grams
{
    private const char Pad = '\u0002';
    private const ulong BigramTag = 1UL << 48;
    private const ulong UnigramTag = 2UL << 48;

    /// <summary>True for kana, CJK ideographs and surrogate halves (the supplementary ideographs).</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uD800' and <= '\uDFFF') or '\u3005' or '\u3006' or '\u3007';

    /// <summary>True when at least half of the non-space characters are CJK: such text is compared by bigram Dice.</summary>
    public static bool IsMostlyCjk(string text)
    {
        int cjk = 0, other = 0;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                cjk++;
            }
            else if (c != ' ')
            {
                other++;
            }
        }

        return cjk > 0 && cjk >= other;
    }

    /// <summary>The distinct grams a label is filed under (also the query grams of fuzzy matching), sorted.</summary>
    public static void ForIndex(string folded, List<ulong> grams)
    {
        grams.Clear();
        Runs(folded, grams, padded: true);
        grams.Sort();
        Unique(grams);
    }

    /// <summary>
    /// Grams every label containing <paramref name="folded"/> as a substring must have: no padding (the query may sit
    /// inside a longer run) and no unigrams (a lone query character may sit inside a longer CJK run).
    /// </summary>
    public static void ForSubstring(string folded, List<ulong> grams)
    {
        grams.Clear();
        Runs(folded, grams, padded: false);
        grams.Sort();
        Unique(grams);
    }

    private static void Runs(string text, List<ulong> grams, bool padded)
    {
        var i = 0;
        while (i < text.Length)
        {
            var cjk = IsCjk(text[i]);
            var start = i;
            while (i < text.Length && IsCjk(text[i]) == cjk)
            {
                i++;
            }

            if (cjk)
            {
                CjkRun(text.AsSpan(start, i - start), grams, padded);
            }
            else
            {
                LatinRun(text.AsSpan(start, i - start).Trim(' '), grams, padded);
            }
        }
    }

    private static void CjkRun(ReadOnlySpan<char> run, List<ulong> grams, bool padded)
    {
        if (run.Length == 1)
        {
            if (padded)
            {
                grams.Add(Unigram(run[0]));
            }

            return;
        }

        for (var i = 0; i + 1 < run.Length; i++)
        {
            grams.Add(Bigram(run[i], run[i + 1]));
        }
    }

    private static void LatinRun(ReadOnlySpan<char> run, List<ulong> grams, bool padded)
    {
        if (run.IsEmpty)
        {
            return;
        }

        if (!padded)
        {
            for (var i = 0; i + 2 < run.Length; i++)
            {
                grams.Add(Trigram(run[i], run[i + 1], run[i + 2]));
            }

            return;
        }

        // Virtual padding: position -1 and position Length are the pad character.
        for (var i = -1; i + 1 < run.Length; i++)
        {
            var a = i < 0 ? Pad : run[i];
            var b = run[i + 1];
            var c = i + 2 < run.Length ? run[i + 2] : Pad;
            grams.Add(Trigram(a, b, c));
        }
    }

    /// <summary>The padding character of index trigrams (it stands before a run's first character).</summary>
    public static char RunStart => Pad;

    /// <summary>The gram of three characters of a non-CJK run.</summary>
    public static ulong Trigram(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;

    /// <summary>True for a gram made by <see cref="Trigram"/> (not a CJK bigram or unigram).</summary>
    public static bool IsTrigram(ulong gram) => gram >> 48 == 0;

    /// <summary>True for a gram made by <see cref="Bigram"/>.</summary>
    public static bool IsBigram(ulong gram) => (gram & ~0xFFFFFFFFUL) == BigramTag;

    /// <summary>The gram of two characters of a CJK run.</summary>
    public static ulong Bigram(char a, char b) => BigramTag | ((ulong)a << 16) | b;

    /// <summary>The gram of a one-character CJK run.</summary>
    public static ulong Unigram(char c) => UnigramTag | c;

    private static void Unique(List<ulong> sorted)
    {
        if (sorted.Count < 2)
        {
            return;
        }

        var write = 1;
        for (var read = 1; read < sorted.Count; read++)
        {
            if (sorted[read] != sorted[write - 1])
            {
                sorted[write++] = sorted[read];
            }
        }

        sorted.RemoveRange(write, sorted.Count - write);
    }
}
