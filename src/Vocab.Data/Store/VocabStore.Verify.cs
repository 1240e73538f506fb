using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Vocab.Core.Curation;

namespace Vocab.Data;

/// <summary>
/// Consistency of the store after a crash or a restore: the change log and the statement rows agree, and accepted
/// proposals, their changes and vote tallies agree. Everything is counted by the database (grouped aggregates and
/// NOT EXISTS probes), so only per-change counts and the disagreeing rows cross the wire.
/// </summary>
public sealed partial class VocabStore
{
    /// <summary>How many disagreeing items of one kind are listed; the count says how many there are in all.</summary>
    public const int MaxListedPerCheck = 20;

    /// <summary>
    /// Checks, in one read snapshot (a deferred SQLite transaction, a repeatable-read PostgreSQL one, so a live
    /// server's writes do not show as disagreements): every change's added and removed counts equal its statement
    /// rows; no row names a change that is not in the log, or is removed no later than it was added; the log runs
    /// 1..N without gaps (the sequence is assigned as max+1 under the write lock, so a gap means lost entries);
    /// accepted proposals and the changes that applied them name each other; and every proposal's score and vote
    /// count equal its vote rows.
    /// </summary>
    public async Task<StoreVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = Database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = db.Database.GetDbConnection() is SqliteConnection sqlite
            ? await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: true), cancellationToken).ConfigureAwait(false)
            : await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

        var findings = new List<VerifyFinding>();
        var changes = await db.Changes.AsNoTracking().OrderBy(c => c.Seq)
            .Select(c => new { c.Seq, c.AddedCount, c.RemovedCount }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var added = await db.Statements.GroupBy(s => s.AddedIn).Select(g => new { Seq = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Seq, g => g.Count, cancellationToken).ConfigureAwait(false);
        var removed = await db.Statements.Where(s => s.RemovedIn != null).GroupBy(s => s.RemovedIn!.Value).Select(g => new { Seq = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Seq, g => g.Count, cancellationToken).ConfigureAwait(false);

        var logged = new HashSet<long>(changes.Count);
        var expected = 1L;
        foreach (var change in changes)
        {
            logged.Add(change.Seq);
            if (change.Seq != expected)
            {
                findings.Add(new("log.gap", change.Seq, expected == change.Seq - 1
                    ? $"change {expected} is missing from the log (the next entry is {change.Seq})"
                    : $"changes {expected}..{change.Seq - 1} are missing from the log (the next entry is {change.Seq})"));
            }

            expected = change.Seq + 1;
            var rowsAdded = added.GetValueOrDefault(change.Seq);
            if (rowsAdded != change.AddedCount)
            {
                findings.Add(new("change.added", change.Seq, $"change {change.Seq} records {change.AddedCount} statements added, but {rowsAdded} rows have added_in = {change.Seq}"));
            }

            var rowsRemoved = removed.GetValueOrDefault(change.Seq);
            if (rowsRemoved != change.RemovedCount)
            {
                findings.Add(new("change.removed", change.Seq, $"change {change.Seq} records {change.RemovedCount} statements removed, but {rowsRemoved} rows have removed_in = {change.Seq}"));
            }
        }

        foreach (var (seq, count) in added.Where(a => !logged.Contains(a.Key)).OrderBy(a => a.Key))
        {
            findings.Add(new("statement.added-in", seq, $"{count} statement rows have added_in = {seq}, which is not in the change log"));
        }

        foreach (var (seq, count) in removed.Where(r => !logged.Contains(r.Key)).OrderBy(r => r.Key))
        {
            findings.Add(new("statement.removed-in", seq, $"{count} statement rows have removed_in = {seq}, which is not in the change log"));
        }

        var backwards = db.Statements.Where(s => s.RemovedIn != null && s.RemovedIn <= s.AddedIn);
        foreach (var row in await backwards.OrderBy(s => s.Id).Take(MaxListedPerCheck).Select(s => new { s.Id, s.AddedIn, s.RemovedIn })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            findings.Add(new("statement.order", row.Id, $"statement row {row.Id} is removed in change {row.RemovedIn}, not after the change that added it ({row.AddedIn})"));
        }

        await VerifyCurationAsync(db, findings, cancellationToken).ConfigureAwait(false);
        var totals = new StoreTotals(
            changes.Count,
            changes.Count == 0 ? 0 : changes[^1].Seq,
            added.Values.Sum(),
            await db.Statements.LongCountAsync(s => s.RemovedIn == null, cancellationToken).ConfigureAwait(false),
            await db.Proposals.LongCountAsync(cancellationToken).ConfigureAwait(false),
            await db.Votes.LongCountAsync(cancellationToken).ConfigureAwait(false));
        return new StoreVerification(totals, Limit(findings));
    }

    private static async Task VerifyCurationAsync(VocabDbContext db, List<VerifyFinding> findings, CancellationToken cancellationToken)
    {
        // Accepted proposals whose AppliedSeq does not name a change carrying their id (or is missing).
        foreach (var p in await db.Proposals.Where(p => p.Status == ProposalStatus.Accepted
                && !db.Changes.Any(c => c.Seq == p.AppliedSeq && c.ProposalId == p.Id))
            .OrderBy(p => p.Id).Take(MaxListedPerCheck + 1).Select(p => new { p.Id, p.AppliedSeq }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            findings.Add(new("proposal.applied", p.Id, p.AppliedSeq is { } seq
                ? $"proposal {p.Id} is accepted with applied change {seq}, but that change is not in the log or does not name the proposal"
                : $"proposal {p.Id} is accepted but names no applied change"));
        }

        foreach (var p in await db.Proposals.Where(p => p.Status != ProposalStatus.Accepted && p.AppliedSeq != null)
            .OrderBy(p => p.Id).Take(MaxListedPerCheck + 1).Select(p => new { p.Id, p.Status, p.AppliedSeq }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            findings.Add(new("proposal.status", p.Id, $"proposal {p.Id} is {p.Status} but names applied change {p.AppliedSeq}"));
        }

        // Changes that say they apply a proposal which is not accepted with this very change.
        foreach (var c in await db.Changes.Where(c => c.ProposalId != null
                && !db.Proposals.Any(p => p.Id == c.ProposalId && p.Status == ProposalStatus.Accepted && p.AppliedSeq == c.Seq))
            .OrderBy(c => c.Seq).Take(MaxListedPerCheck + 1).Select(c => new { c.Seq, c.ProposalId }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            findings.Add(new("change.proposal", c.Seq, $"change {c.Seq} applies proposal {c.ProposalId}, which is not accepted with this change"));
        }

        // Tallies are recounted from the votes in the vote's transaction, so they must equal the rows exactly.
        foreach (var t in await db.Proposals
            .Select(p => new
            {
                p.Id,
                p.Score,
                p.VoteCount,
                Sum = db.Votes.Where(v => v.ProposalId == p.Id).Sum(v => (int?)v.Value) ?? 0,
                Count = db.Votes.Count(v => v.ProposalId == p.Id),
            })
            .Where(t => t.Score != t.Sum || t.VoteCount != t.Count)
            .OrderBy(t => t.Id).Take(MaxListedPerCheck + 1).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            findings.Add(new("proposal.tally", t.Id, $"proposal {t.Id} shows score {t.Score} from {t.VoteCount} votes, but its vote rows sum to {t.Sum} from {t.Count}"));
        }

        foreach (var v in await db.Votes.Where(v => v.Value != 1 && v.Value != -1).OrderBy(v => v.Id).Take(MaxListedPerCheck + 1)
            .Select(v => new { v.Id, v.ProposalId, v.Value }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            findings.Add(new("vote.value", v.Id, $"vote {v.Id} on proposal {v.ProposalId} has value {v.Value}; a vote is +1 or -1"));
        }
    }

    /// <summary>At most <see cref="MaxListedPerCheck"/> findings per code, then one line saying that there are more.</summary>
    private static List<VerifyFinding> Limit(List<VerifyFinding> findings)
    {
        var limited = new List<VerifyFinding>(findings.Count);
        foreach (var group in findings.GroupBy(f => f.Code))
        {
            var all = group.ToList();
            limited.AddRange(all.Take(MaxListedPerCheck));
            if (all.Count > MaxListedPerCheck)
            {
                limited.Add(new(group.Key, all[MaxListedPerCheck].Subject, $"... and more of this kind ({group.Key}) not listed"));
            }
        }

        return limited;
    }
}

/// <summary>The result of <see cref="VocabStore.VerifyAsync"/>: what was checked and every disagreement found.</summary>
/// <param name="Totals">The sizes of what was checked.</param>
/// <param name="Findings">Disagreements, grouped by code, at most <see cref="VocabStore.MaxListedPerCheck"/> listed per code.</param>
public sealed record StoreVerification(StoreTotals Totals, IReadOnlyList<VerifyFinding> Findings)
{
    /// <summary>True when the log, the statements, the proposals and the votes all agree.</summary>
    public bool Ok => Findings.Count == 0;
}

/// <summary>What a verification covered.</summary>
/// <param name="Changes">Entries in the change log.</param>
/// <param name="LastSequence">The highest sequence number in the log.</param>
/// <param name="StatementRows">Statement rows, history included.</param>
/// <param name="CurrentStatements">Rows not removed.</param>
/// <param name="Proposals">Proposals.</param>
/// <param name="Votes">Vote rows.</param>
public sealed record StoreTotals(long Changes, long LastSequence, long StatementRows, long CurrentStatements, long Proposals, long Votes);

/// <summary>One disagreement: a stable code (<c>change.added</c>, <c>log.gap</c>, <c>proposal.tally</c> ...), the change sequence or row id it is about, and a sentence.</summary>
public sealed record VerifyFinding(string Code, long Subject, string Message);
