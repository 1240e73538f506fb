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
    private volatile Counted? _cached;
    private int _counting;

    /// <summary>The choices, English and Japanese first.</summary>
    /// <remarks>
    /// Counting walks every concept (about 0.3 s at the EDICT scale) and the footer of every page asks, so after a
    /// change the list in hand is returned at once and recounted in the background; the languages of a thesaurus
    /// hardly ever change with one accepted proposal.
    /// </remarks>
    public IReadOnlyList<ContentLanguageChoice> Offered()
    {
        var cached = _cached;
        if (cached is null)
        {
            return Count();
        }

        if (cached.Sequence != snapshot.Sequence && Interlocked.CompareExchange(ref _counting, 1, 0) == 0)
        {
            _ = Task.Run(() =>
            {
                try
                {
                    Count();
                }
                finally
                {
                    Volatile.Write(ref _counting, 0);
                }
            });
        }

        return cached.Choices;
    }

    private List<ContentLanguageChoice> Count()
    {
        var (sequence, tags) = snapshot.Read(t => (t.Sequence, t.GetStatistics().LabelsByLanguage
            .Where(kv => kv.Key is not ("" or "en" or "ja") && kv.Value.Pref >= MinPrefLabels && ContentLanguage.Parse(kv.Key) is not null)
            .OrderByDescending(kv => kv.Value.Pref)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key)
            .Take(MaxOffered - 2)
            .ToList()));
        var choices = tags.Prepend("ja").Prepend("en").Select(tag => new ContentLanguageChoice(tag, NativeName(tag))).ToList();
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
