using System.Globalization;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Web.Curation;

/// <summary>What the dashboard draws: per-scheme coverage, labels per language, proposals per week, top unmatched labels.</summary>
public sealed record DashboardView(
    int Concepts,
    int Labels,
    IReadOnlyList<BarRow> SchemeCoverage,
    IReadOnlyList<BarRow> LabelsByLanguage,
    IReadOnlyList<BarRow> ProposalsPerWeek,
    IReadOnlyList<BarRow> TopUnmatched,
    IReadOnlyList<BarRow> MatchRate);

/// <summary>Gathers the dashboard's numbers from the snapshot, the curation store and the unmatched-label store.</summary>
public sealed class DashboardData(ThesaurusSnapshotService snapshot, CurationService curation, UnmatchedLabelRecorder unmatched, ConceptLinks links)
{
    /// <summary>The proposal states in chart order (series of the per-week chart).</summary>
    public static readonly IReadOnlyList<ProposalStatus> States = [ProposalStatus.Open, ProposalStatus.Accepted, ProposalStatus.Rejected, ProposalStatus.Withdrawn];

    /// <summary>How many weeks the proposal chart covers.</summary>
    public const int Weeks = 12;

    /// <summary>How many days the normalization outcome chart covers.</summary>
    public const int Days = 30;

    /// <summary>How many unmatched labels the dashboard shows.</summary>
    public const int TopUnmatchedCount = 10;

    // The thesaurus numbers walk every concept (0.3–0.7 s at the EDICT scale of 268k concepts); they change only
    // with the snapshot, so they are kept per thesaurus version and language. The prerender and the interactive
    // render of one visit, and every later visit until the next change, then cost nothing.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ThesaurusNumbers> _cached = new(StringComparer.Ordinal);

    /// <summary>Reads everything; <paramref name="lang"/> names schemes.</summary>
    public async Task<DashboardView> LoadAsync(string lang, CancellationToken cancellationToken)
    {
        var (_, _, concepts, labels, schemes, languages) = ThesaurusPart(lang);
        var counts = await curation.ProposalsPerWeekAsync(Weeks, cancellationToken).ConfigureAwait(false);
        var thisWeek = Monday(DateOnly.FromDateTime(DateTime.UtcNow));
        var weeks = new List<BarRow>(Weeks);
        for (var w = Weeks - 1; w >= 0; w--)
        {
            var week = thisWeek.AddDays(-7 * w);
            weeks.Add(new BarRow(week.ToString("d", CultureInfo.CurrentCulture), null,
                States.Select(s => (double)counts.Where(c => c.Week == week && c.Status == s).Sum(c => c.Count)).ToList()));
        }

        var top = await unmatched.ReadTopAsync(TopUnmatchedCount, 0, cancellationToken).ConfigureAwait(false);
        var unmatchedRows = top.Select(u => u.Samples.Count > 0 ? u.Samples[0] : u.Key)
            .Zip(top, (label, u) => new BarRow(label, CurationPages.GuessLanguage(label), [u.Count])).ToList();
        // Days with normalization traffic only (the store keeps no row for a quiet day); the label carries the match rate.
        var days = await unmatched.ReadDaysAsync(Days, cancellationToken).ConfigureAwait(false);
        var rate = days.Select(d =>
        {
            var total = d.Matched + d.Ambiguous + d.Unmatched;
            var share = total == 0 ? 0 : (double)d.Matched / total;
            var day = DateOnly.ParseExact(d.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new BarRow(day.ToString("d", CultureInfo.CurrentCulture) + " · " + share.ToString("P0", CultureInfo.CurrentCulture), null,
                [d.Matched, d.Ambiguous, d.Unmatched]);
        }).ToList();
        return new DashboardView(concepts, labels, schemes, languages, weeks, unmatchedRows, rate);
    }

    private ThesaurusNumbers ThesaurusPart(string lang)
    {
        var sequence = snapshot.Sequence;
        if (_cached.TryGetValue(lang, out var hit) && hit.Sequence == sequence)
        {
            return hit;
        }

        var numbers = snapshot.Read(t =>
        {
            var stats = t.GetStatistics();
            var perScheme = t.Schemes.Keys
                .Select(s => (Ref: ThesaurusText.Ref(t, s, lang, links), Concepts: t.ConceptsInScheme(s).Where(c => !c.Deprecated).ToList()))
                .Select(x => new BarRow(x.Ref.Label, x.Ref.Lang,
                [
                    x.Concepts.Count,
                    x.Concepts.Count(c => HasPref(c, "en")),
                    x.Concepts.Count(c => HasPref(c, "ja")),
                ]))
                .OrderByDescending(r => r.Values[0]).ToList();
            var perLanguage = stats.LabelsByLanguage
                .OrderByDescending(l => l.Value.Total).Take(8)
                .Select(l => new BarRow(l.Key.Length == 0 ? "—" : l.Key, null, [l.Value.Pref, l.Value.Alt, l.Value.Hidden]))
                .ToList();
            return new ThesaurusNumbers(t.Sequence, lang, stats.Concepts - stats.DeprecatedConcepts, stats.LabelsByLanguage.Values.Sum(l => l.Total), perScheme, perLanguage);
        });
        if (_cached.Count >= 16)
        {
            // Content languages come from readers' cookies: keep the cache as small as the languages really read.
            _cached.Clear();
        }

        _cached[lang] = numbers;
        return numbers;
    }

    private static bool HasPref(Concept concept, string lang) =>
        concept.Labels.Any(l => l.Kind == LabelKind.Pref && LanguageTags.Matches(l.Lang, lang));

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private sealed record ThesaurusNumbers(long Sequence, string Lang, int Concepts, int Labels, List<BarRow> Schemes, List<BarRow> Languages);
}
