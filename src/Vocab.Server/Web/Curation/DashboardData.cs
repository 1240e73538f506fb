using System.Globalization;
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

    /// <summary>Reads everything; <paramref name="lang"/> names schemes.</summary>
    public async Task<DashboardView> LoadAsync(string lang, CancellationToken cancellationToken)
    {
        var (concepts, labels, schemes, languages) = ThesaurusPart(lang);
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

    /// <summary>
    /// The thesaurus numbers, from the snapshot's statistics (counted once per version, usually already in the background
    /// after a change: see <see cref="ContentLanguages"/>); only the scheme names depend on <paramref name="lang"/>.
    /// </summary>
    private ThesaurusNumbers ThesaurusPart(string lang)
    {
        var (_, stats) = snapshot.Statistics();
        var perScheme = snapshot.Read(t => stats.CoverageByScheme
            .Select(kv => (Ref: ThesaurusText.Ref(t, kv.Key, lang, links), Coverage: kv.Value))
            .Select(x => new BarRow(x.Ref.Label, x.Ref.Lang, [x.Coverage.Concepts, x.Coverage.WithPrefLabelIn("en"), x.Coverage.WithPrefLabelIn("ja")]))
            .OrderByDescending(r => r.Values[0]).ToList());
        var perLanguage = stats.LabelsByLanguage
            .OrderByDescending(l => l.Value.Total).Take(8)
            .Select(l => new BarRow(l.Key.Length == 0 ? "—" : l.Key, null, [l.Value.Pref, l.Value.Alt, l.Value.Hidden]))
            .ToList();
        return new ThesaurusNumbers(stats.Concepts - stats.DeprecatedConcepts, stats.LabelsByLanguage.Values.Sum(l => l.Total), perScheme, perLanguage);
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private sealed record ThesaurusNumbers(int Concepts, int Labels, List<BarRow> Schemes, List<BarRow> Languages);
}
