using Vocab.Core.Normalization;

namespace Vocab.Index;

/// <summary>
/// Matching rules that depend on how the query is written: short forms against long forms (initialisms and
/// parenthesized abbreviations), acronyms in lower case, and labels written in capitals.
/// </summary>
public sealed partial class LabelIndex
{
    private void CollectAbbreviations(Dictionary<int, (double, MatchType, int)> best, QueryKeys query, string? asWritten, in Filter filter)
    {
        // The query is the short form ("HAADF", "HAADF-STEM"): compare it, spaces dropped, with the labels' long forms.
        // Only an acronym-shaped query may, or a lower-case one of four letters or more that no key found ("haadf"):
        // "sxps" is the acronym SXPS, not the initials of "stage X position"; "Pigs" and "IbPS" are no short forms.
        // "eels" keys as "eel"; as an acronym it is the initials of "electron energy loss spectroscopy" as written.
        var compact = asWritten ?? query.Key.Replace(" ", "", StringComparison.Ordinal);
        var shortForm = IsAcronymShaped(query.PropertyText)
            || (compact.Length >= 4 && IsLowerCase(query.PropertyText) && !HasCandidate(best, MatchScoring.CandidateThreshold));
        if (shortForm && compact.Length >= MatchScoring.MinInitialism)
        {
            Collect(best, _initialisms.Get(compact), MatchType.Abbreviation, MatchScoring.Abbreviation, filter);
        }

        if (shortForm && compact.Length >= 2)
        {
            Collect(best, _parentheticals.Get(compact), MatchType.Abbreviation, MatchScoring.Abbreviation, filter);
        }

        // The query's own initials ("small amount of money" → "sam") are not looked up: initials alone are weak
        // evidence, and a concept whose long label supports them is found through that label by the normalized or
        // fuzzy tier, where it competes with the other long labels on equal terms.

        // An abbreviation the query gives in parentheses is the writer's own short form: it counts as it is.
        if (query.Parenthetical is { Length: >= 2 } abbreviation)
        {
            Collect(best, _keys.Get(abbreviation), MatchType.Abbreviation, MatchScoring.Abbreviation, filter);
        }
    }

    /// <summary>
    /// For a one-word query whose key lost a final "s" ("edcs" → "edc"), the word as folded: a lower-cased acronym
    /// ("EDCS", "SIMS") is looked up as written too, since the singular rule cannot tell it from a plural.
    /// </summary>
    private static string? AcronymPluralKey(in QueryKeys query)
    {
        var key = query.Key;
        var text = query.PropertyText;
        // Only lower case: in "TEMs" the small s after capitals is a plural, and "EELS" keys as written already.
        if (key.Length < 2 || key.Contains(' ', StringComparison.Ordinal) || text.Length > 24 || text.Length == 0 || text[^1] != 's' || !IsLowerCase(text))
        {
            return null;
        }

        var folded = LabelNormalizer.FoldCharacters(text);
        return folded.Length == key.Length + 1 && folded.StartsWith(key, StringComparison.Ordinal) ? folded : null;
    }

    /// <summary>
    /// For a query in capitals only, the key of its lower-cased text, when that differs: the words of "CIVILISATION"
    /// or "SOUND OF THE WAVES" get the plural and spelling rules that capitals withhold from acronyms.
    /// </summary>
    private static string? ShoutedWordsKey(in QueryKeys query)
    {
        var text = query.PropertyText;
        var upper = false;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return null;
            }

            upper |= char.IsUpper(c);
        }

        if (!upper)
        {
            return null;
        }

        var words = LabelNormalizer.Key(text.ToLowerInvariant());
        return string.Equals(words, query.Key, StringComparison.Ordinal) ? null : words;
    }

    /// <summary>
    /// Whether the query is written as an acronym: two or more capitals and no lower-case letter except a plural "s"
    /// right after a capital ("HAADF-STEM", "TEMs", "S/TEM"), so that it may be the short form of a long label.
    /// </summary>
    private static bool IsLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronymShaped(string text)
    {
        var upper = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c) && !(c == 's' && i > 0 && char.IsUpper(text[i - 1]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1]))))
            {
                return false;
            }
        }

        return upper >= 2;
    }
}
