using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Vocab.Data;

/// <summary>Daily match-rate counters: counted in memory on the hot path, added to <c>normalization_days</c> by the writer.</summary>
public sealed partial class UnmatchedLabelRecorder
{
    private readonly Lock _outcomesGate = new();
    private Dictionary<string, (long Matched, long Ambiguous, long Unmatched)> _outcomes = new(StringComparer.Ordinal);

    private long _totalMatched;
    private long _totalAmbiguous;
    private long _totalUnmatched;

    /// <summary>Outcomes counted by this process since it started (for metrics).</summary>
    public (long Matched, long Ambiguous, long Unmatched) Totals =>
        (Interlocked.Read(ref _totalMatched), Interlocked.Read(ref _totalAmbiguous), Interlocked.Read(ref _totalUnmatched));

    /// <summary>True while counted outcomes wait for the writer.</summary>
    public bool HasPendingOutcomes
    {
        get
        {
            lock (_outcomesGate)
            {
                return _outcomes.Count > 0;
            }
        }
    }

    /// <summary>Counts one request's outcomes towards today's match rate; never touches the database.</summary>
    public void CountOutcomes(int matched, int ambiguous, int unmatched)
    {
        if (matched + ambiguous + unmatched == 0)
        {
            return;
        }

        Interlocked.Add(ref _totalMatched, matched);
        Interlocked.Add(ref _totalAmbiguous, ambiguous);
        Interlocked.Add(ref _totalUnmatched, unmatched);
        var day = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        lock (_outcomesGate)
        {
            _outcomes.TryGetValue(day, out var counts);
            _outcomes[day] = (counts.Matched + matched, counts.Ambiguous + ambiguous, counts.Unmatched + unmatched);
        }
    }

    /// <summary>The last <paramref name="days"/> days with any normalization, oldest first.</summary>
    public async Task<IReadOnlyList<NormalizationDay>> ReadDaysAsync(int days, CancellationToken cancellationToken = default)
    {
        await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = _database.CreateContext();
        var since = DateTime.UtcNow.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // One row per day: small enough to filter here, with an ordinal comparison of the ISO dates.
        var rows = await db.NormalizationDays.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Where(d => string.CompareOrdinal(d.Day, since) > 0).OrderBy(d => d.Day, StringComparer.Ordinal).ToList();
    }

    /// <summary>Adds the counted outcomes to the table with one upsert per day; the same SQL works on SQLite and PostgreSQL.</summary>
    private async Task WriteOutcomesAsync(CancellationToken cancellationToken)
    {
        Dictionary<string, (long Matched, long Ambiguous, long Unmatched)> taken;
        lock (_outcomesGate)
        {
            if (_outcomes.Count == 0)
            {
                return;
            }

            taken = _outcomes;
            _outcomes = new(StringComparer.Ordinal);
        }

        await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = _database.CreateContext();
        foreach (var (day, counts) in taken)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO normalization_days (day, matched, ambiguous, unmatched) VALUES ({day}, {counts.Matched}, {counts.Ambiguous}, {counts.Unmatched})
                ON CONFLICT (day) DO UPDATE SET matched = normalization_days.matched + excluded.matched,
                  ambiguous = normalization_days.ambiguous + excluded.ambiguous, unmatched = normalization_days.unmatched + excluded.unmatched
                """,
                cancellationToken).ConfigureAwait(false);
        }
    }
}
