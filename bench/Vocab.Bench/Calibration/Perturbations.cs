using System.Text;

namespace Vocab.Bench.Calibration;

/// <summary>
/// The ways a known label gets mangled in real datasets, each a pure function of the label and a seeded random
/// source; a function returns null when the perturbation does not apply to (or would not change) the label.
/// </summary>
internal static class Perturbations
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>The Latin kinds, applied to English labels.</summary>
    public static readonly (string Kind, Func<string, Random, string?> Apply)[] Latin =
    [
        ("as-is", (s, _) => s),
        ("case", (s, r) => ChangeCase(s, r)),
        ("full-width", (s, _) => FullWidth(s)),
        ("separators", (s, r) => Separators(s, r)),
        ("plural/singular", (s, _) => Number(s)),
        ("typo-insert", (s, r) => Typo(s, r, 0)),
        ("typo-delete", (s, r) => Typo(s, r, 1)),
        ("typo-substitute", (s, r) => Typo(s, r, 2)),
        ("typo-transpose", (s, r) => Typo(s, r, 3)),
    ];

    /// <summary>The Japanese kinds, applied to Japanese labels.</summary>
    public static readonly (string Kind, Func<string, Random, string?> Apply)[] Japanese =
    [
        ("as-is", (s, _) => s),
        ("hiragana/katakana", (s, _) => SwapKana(s)),
        ("half-width kana", (s, _) => HalfWidthKana(s)),
        ("final long vowel", (s, _) => FinalLongVowel(s)),
        ("long vowel as dash", (s, r) => LongVowelAsDash(s, r)),
    ];

    private static string? ChangeCase(string s, Random random)
    {
        var changed = random.Next(2) == 0 ? s.ToUpperInvariant() : TitleCase(s);
        if (changed == s)
        {
            changed = s.ToLowerInvariant();
        }

        return changed == s ? null : changed;
    }

    private static string TitleCase(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] == ' ')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    private static string? FullWidth(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            b.Append(c switch
            {
                ' ' => '\u3000',
                >= '!' and <= '~' => (char)(c - '!' + '\uFF01'),
                _ => c,
            });
        }

        var result = b.ToString();
        return result == s ? null : result;
    }

    private static string? Separators(string s, Random random)
    {
        if (s.Contains(' ', StringComparison.Ordinal))
        {
            return s.Replace(' ', random.Next(2) == 0 ? '-' : '_');
        }

        return s.Contains('-', StringComparison.Ordinal) ? s.Replace('-', random.Next(2) == 0 ? ' ' : '_') : null;
    }

    /// <summary>Flips the number of the last word: the English rules a person would apply, not the normalizer's.</summary>
    private static string? Number(string s)
    {
        var start = s.LastIndexOf(' ') + 1;
        var word = s[start..];
        if (word.Length < 3 || !word.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        string flipped;
        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            flipped = word[..^3] + "y";
        }
        else if (word.EndsWith("ses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
                 || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal))
        {
            flipped = word[..^2];
        }
        else if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
                 && !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
        {
            flipped = word[..^1];
        }
        else if (word.EndsWith('y') && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            flipped = word[..^1] + "ies";
        }
        else if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            flipped = word + "es";
        }
        else
        {
            flipped = word + "s";
        }

        return s[..start] + flipped;
    }

    /// <summary>One keyboard slip at a random letter position: 0 insert, 1 delete, 2 substitute, 3 transpose.</summary>
    private static string? Typo(string s, Random random, int kind)
    {
        var positions = new List<int>();
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsAsciiLetter(s[i]))
            {
                positions.Add(i);
            }
        }

        if (positions.Count < 2)
        {
            return null;
        }

        var at = positions[random.Next(positions.Count)];
        var letter = Letters[random.Next(Letters.Length)];
        string result;
        switch (kind)
        {
            case 0:
                result = s.Insert(at, letter.ToString());
                break;
            case 1:
                result = s.Remove(at, 1);
                break;
            case 2:
                while (char.ToLowerInvariant(s[at]) == letter)
                {
                    letter = Letters[random.Next(Letters.Length)];
                }

                result = string.Concat(s.AsSpan(0, at), letter.ToString(), s.AsSpan(at + 1));
                break;
            default:
                var next = at + 1 < s.Length && char.IsAsciiLetter(s[at + 1]) ? at + 1 : -1;
                if (next < 0 || s[at] == s[next])
                {
                    return null;
                }

                var chars = s.ToCharArray();
                (chars[at], chars[next]) = (chars[next], chars[at]);
                result = new string(chars);
                break;
        }

        return result == s ? null : result;
    }

    /// <summary>Katakana becomes hiragana when the label has any, else hiragana becomes katakana.</summary>
    private static string? SwapKana(string s)
    {
        var hasKatakana = s.Any(c => c is >= '\u30A1' and <= '\u30F6');
        var hasHiragana = s.Any(c => c is >= '\u3041' and <= '\u3096');
        if (!hasKatakana && !hasHiragana)
        {
            return null;
        }

        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (hasKatakana && chars[i] is >= '\u30A1' and <= '\u30F6')
            {
                chars[i] = (char)(chars[i] - 0x60);
            }
            else if (!hasKatakana && chars[i] is >= '\u3041' and <= '\u3096')
            {
                chars[i] = (char)(chars[i] + 0x60);
            }
        }

        return new string(chars);
    }

    private static string? HalfWidthKana(string s)
    {
        var b = new StringBuilder(s.Length + 4);
        var changed = false;
        foreach (var c in s)
        {
            if (HalfWidth.Map(c) is { } half)
            {
                b.Append(half);
                changed = true;
            }
            else
            {
                b.Append(c);
            }
        }

        return changed ? b.ToString() : null;
    }

    /// <summary>A final ー dropped, or added after a katakana word of three or more letters (サーバー/サーバ): writers differ.</summary>
    private static string? FinalLongVowel(string s)
    {
        if (s.EndsWith('ー'))
        {
            return s[..^1];
        }

        return s.Length >= 3 && s[^3..].All(c => c is >= '\u30A1' and <= '\u30FA') ? s + "ー" : null;
    }

    /// <summary>ー typed with the hyphen key, ASCII or full-width, as spreadsheets and OCR produce it.</summary>
    private static string? LongVowelAsDash(string s, Random random) =>
        s.Contains('ー', StringComparison.Ordinal) ? s.Replace('ー', random.Next(2) == 0 ? '－' : '-') : null;
}
