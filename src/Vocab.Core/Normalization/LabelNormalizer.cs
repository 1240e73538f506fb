using System.Text;

namespace Vocab.Core.Normalization;

/// <summary>
/// The label normalizer: a pure, deterministic function from a raw label (a concept label, a column header, a
/// metadata key) to the keys the label index matches on. <see cref="Key"/> is the allocation-light hot path.
/// </summary>
public static class LabelNormalizer
{
    /// <summary>Words that carry no initial in an initialism ("electron energy loss spectroscopy" → "eels").</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "of", "and", "the", "for", "in", "on", "with", "by", "to", "a", "an",
    };

    private const int StackChars = 256;

    /// <summary>Labels longer than this are sentences, not terms: they get no initialism.</summary>
    private const int MaxInitialismWords = 16;

    /// <summary>Splits <paramref name="raw"/> into property, unit and abbreviation and computes every key.</summary>
    public static NormalizedLabel Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var parts = LabelSplitter.Split(raw);
        var key = BuildKey(raw, parts.KeyEnd);
        string[] tokens = key.Length == 0 ? [] : key.Split(' ');
        var unit = parts.HasUnit ? LabelSplitter.NfkcString(raw.AsSpan()[parts.Unit]).Trim() : null;
        var abbreviation = parts.HasAbbreviation ? FoldCharacters(raw[parts.Abbreviation]) : null;
        var propertyText = raw.AsSpan(0, parts.PropertyEnd).Trim();
        return new NormalizedLabel(
            raw,
            key,
            unit,
            propertyText.Length == raw.Length ? raw : propertyText.ToString(),
            tokens,
            HasAcronym(raw.AsSpan(0, parts.KeyEnd)) ? null : Initialism(tokens),
            string.IsNullOrEmpty(abbreviation) ? null : abbreviation);
    }

    /// <summary>The match key of <paramref name="raw"/>: equal to <c>Normalize(raw).Key</c>, without the rest.</summary>
    public static string Key(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return BuildKey(raw, LabelSplitter.Split(raw).KeyEnd);
    }

    /// <summary>
    /// Only the character-level folding (NFKC, case, width, kana, long vowel, punctuation to space), with no unit
    /// split and no word rules, for n-grams and prefix search where a partial word must fold like the whole one.
    /// </summary>
    public static string FoldCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            return WordRules.Fold(text, text);
        }

        var buffer = new CharBuffer(stackalloc char[StackChars]);
        try
        {
            return WordRules.Fold(NfkcFast.Normalize(text, ref buffer), text);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static string BuildKey(string raw, int end)
    {
        var text = raw.AsSpan(0, end);
        if (Ascii.IsValid(text))
        {
            return WordRules.BuildKey(text, raw);
        }

        var buffer = new CharBuffer(stackalloc char[StackChars]);
        try
        {
            return WordRules.BuildKey(NfkcFast.Normalize(text, ref buffer), raw);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>
    /// Whether a word of two or more letters is all capitals ("SALDI-TOF-MS", "HRTEM image"): such a label is
    /// abbreviated already, and initials of its parts ("stm") would only collide with other acronyms.
    /// </summary>
    private static bool HasAcronym(ReadOnlySpan<char> text)
    {
        var letters = 0;
        var allUpper = true;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                allUpper &= char.IsUpper(c);
                continue;
            }

            if (letters >= 2 && allUpper)
            {
                return true;
            }

            letters = 0;
            allUpper = true;
        }

        return letters >= 2 && allUpper;
    }

    /// <summary>The initials of the content words when the key is two or more alphabetic Latin words; else null.</summary>
    private static string? Initialism(string[] tokens)
    {
        if (tokens.Length > MaxInitialismWords)
        {
            return null;
        }

        Span<char> initials = stackalloc char[tokens.Length];
        var count = 0;
        foreach (var token in tokens)
        {
            foreach (var c in token)
            {
                if (!char.IsAsciiLetterLower(c))
                {
                    return null;
                }
            }

            if (!StopWords.Contains(token))
            {
                initials[count++] = token[0];
            }
        }

        return count >= 2 ? new string(initials[..count]) : null;
    }
}
