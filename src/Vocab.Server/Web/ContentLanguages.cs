using System.Globalization;
using Vocab.Data;

namespace Vocab.Server.Web;

/// <summary>A language a reader can choose for thesaurus text, named in itself.</summary>
public sealed record ContentLanguageChoice(string Tag, string Name);

/// <summary>
/// The languages offered for thesaurus text: English and Japanese always, then every other language with enough
/// preferred labels to be worth reading in (an imported thesaurus in German, say), most labels first. Read from the
/// snapshot's statistics, which are counted once per thesaurus version.
/// </summary>
public sealed class ContentLanguages(ThesaurusSnapshotService snapshot)
{
    private const int MinPrefLabels = 20;
    private const int MaxOffered = 12;
    private volatile Counted? _cached;
    private int _counting;

    /// <summary>The choices, English and Japanese first.</summary>
    /// <remarks>
    /// The footer of every page asks. After a change the statistics are recounted (about 0.3 s at the EDICT scale) in
    /// the background and the list in hand is returned meanwhile: the languages of a thesaurus hardly ever change with
    /// one accepted proposal. The background count also has the dashboard's numbers ready before anyone opens it.
    /// </remarks>
    public IReadOnlyList<ContentLanguageChoice> Offered()
    {
        var cached = _cached;
        if (cached is not null && cached.Sequence == snapshot.Sequence)
        {
            return cached.Choices;
        }

        if (cached is null || snapshot.StatisticsCounted)
        {
            return Choose();
        }

        if (Interlocked.CompareExchange(ref _counting, 1, 0) == 0)
        {
            _ = Task.Run(() =>
            {
                try
                {
                    Choose();
                }
                finally
                {
                    Volatile.Write(ref _counting, 0);
                }
            });
        }

        return cached.Choices;
    }

    private List<ContentLanguageChoice> Choose()
    {
        var (sequence, statistics) = snapshot.Statistics();
        var choices = statistics.LabelsByLanguage
            .Where(kv => kv.Key is not ("" or "en" or "ja") && kv.Value.Pref >= MinPrefLabels && ContentLanguage.Parse(kv.Key) is not null)
            .OrderByDescending(kv => kv.Value.Pref)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key)
            .Take(MaxOffered - 2)
            .Prepend("ja").Prepend("en")
            .Select(tag => new ContentLanguageChoice(tag, NativeName(tag)))
            .ToList();
        _cached = new Counted(sequence, choices);
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

    private sealed record Counted(long Sequence, IReadOnlyList<ContentLanguageChoice> Choices);
}
