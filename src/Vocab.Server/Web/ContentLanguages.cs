using System.Globalization;
using Vocab.Data;

namespace Vocab.Server.Web;

/// <summary>A language a reader can choose for thesaurus text, named in itself.</summary>
public sealed record ContentLanguageChoice(string Tag, string Name);

/// <summary>
/// The languages offered for thesaurus text: English and Japanese always, then every other language with enough
/// preferred labels to be worth reading in (an imported thesaurus in German, say), most labels first. Counted once
/// per thesaurus version.
/// </summary>
public sealed class ContentLanguages(ThesaurusSnapshotService snapshot)
{
    private const int MinPrefLabels = 20;
    private const int MaxOffered = 12;
    private (long Sequence, IReadOnlyList<ContentLanguageChoice> Choices)? _cached;

    /// <summary>The choices, English and Japanese first.</summary>
    public IReadOnlyList<ContentLanguageChoice> Offered()
    {
        var cached = _cached;
        var sequence = snapshot.Read(t => t.Sequence);
        if (cached is { } c && c.Sequence == sequence)
        {
            return c.Choices;
        }

        var choices = snapshot.Read(t => t.GetStatistics().LabelsByLanguage
                .Where(kv => kv.Key is not ("" or "en" or "ja") && kv.Value.Pref >= MinPrefLabels && ContentLanguage.Parse(kv.Key) is not null)
                .OrderByDescending(kv => kv.Value.Pref)
                .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => kv.Key)
                .Take(MaxOffered - 2)
                .ToList())
            .Prepend("ja").Prepend("en")
            .Select(tag => new ContentLanguageChoice(tag, NativeName(tag)))
            .ToList();
        _cached = (sequence, choices);
        return choices;
    }

    /// <summary>The language's name in itself ("日本語", "Deutsch"), else its tag.</summary>
    internal static string NativeName(string tag)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return culture.ThreeLetterISOLanguageName == "ZZZ" || string.IsNullOrEmpty(culture.NativeName) ? tag : culture.NativeName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }
}
