using Microsoft.EntityFrameworkCore;
using Vocab.Core.Curation;

namespace Vocab.Data;

/// <summary>Reading proposals: one with its votes and discussion, lists for the review queue and for "my activity".</summary>
public sealed partial class CurationService
{
    /// <summary>A proposal with everything its page shows; null when there is none.</summary>
    public async Task<ProposalDetails?> GetAsync(long proposalId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken).ConfigureAwait(false);
        if (proposal is null)
        {
            return null;
        }

        var votes = await db.Votes.AsNoTracking().Where(v => v.ProposalId == proposalId).OrderBy(v => v.UpdatedUtc).ToListAsync(cancellationToken).ConfigureAwait(false);
        var comments = await db.Comments.AsNoTracking().Where(c => c.ProposalId == proposalId).OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var operations = OperationsOf(proposal);
        var stale = proposal.Status == ProposalStatus.Open && await IsStaleAsync(db, proposal.BaseSeq, operations, cancellationToken).ConfigureAwait(false);
        return new ProposalDetails(proposal, operations, votes, comments, stale);
    }

    /// <summary>
    /// Proposals with a vote, comment, refresh or decision (by any process) after <paramref name="sinceUtc"/>, with
    /// their version, oldest activity first, at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<(long Id, long Version)>> ActiveSinceAsync(DateTime sinceUtc, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Proposals.AsNoTracking()
            .Where(p => p.ActivityUtc > sinceUtc)
            .OrderBy(p => p.ActivityUtc)
            .Take(limit)
            .Select(p => new { p.Id, p.Version })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => (r.Id, r.Version))];
    }

    /// <summary>Proposals matching <paramref name="query"/>, each with its staleness (open ones only can be stale).</summary>
    public async Task<IReadOnlyList<ProposalSummary>> ListAsync(ProposalQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = database.CreateContext();
        var rows = db.Proposals.AsNoTracking();
        if (query.Status is { } status)
        {
            rows = rows.Where(p => p.Status == status);
        }

        if (query.Kind is { } kind)
        {
            rows = rows.Where(p => p.Kind == kind);
        }

        if (!string.IsNullOrEmpty(query.Scheme))
        {
            rows = rows.Where(p => p.SchemeIri == query.Scheme);
        }

        if (!string.IsNullOrEmpty(query.Lang))
        {
            var lang = query.Lang.ToLowerInvariant();
            rows = rows.Where(p => (" " + p.Languages + " ").Contains(" " + lang + " "));
        }

        if (!string.IsNullOrEmpty(query.AuthorId))
        {
            rows = rows.Where(p => p.AuthorId == query.AuthorId);
        }

        if (!string.IsNullOrEmpty(query.ConceptIri))
        {
            rows = rows.Where(p => p.ConceptIri == query.ConceptIri);
        }

        rows = query.Sort switch
        {
            "newest" => rows.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
            "votes" => rows.OrderByDescending(p => p.Score).ThenBy(p => p.CreatedUtc).ThenBy(p => p.Id),
            "activity" => rows.OrderByDescending(p => p.ActivityUtc).ThenByDescending(p => p.Id),
            _ => rows.OrderBy(p => p.CreatedUtc).ThenBy(p => p.Id),
        };
        var proposals = await rows.Take(Math.Clamp(query.Limit, 1, 500)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var operations = proposals.ToDictionary(p => p.Id, OperationsOf);
        var touched = proposals.Where(p => p.Status == ProposalStatus.Open).ToDictionary(
            p => p.Id, p => operations[p.Id].SelectMany(o => o.Touches()).Distinct(StringComparer.Ordinal).Select(i => "<" + i + ">").ToList());
        var lastChanged = await LastChangedAsync(db, proposals, touched, cancellationToken).ConfigureAwait(false);
        return proposals.Select(p => new ProposalSummary(p,
            touched.TryGetValue(p.Id, out var subjects) && subjects.Any(s => lastChanged.TryGetValue(s, out var seq) && seq > p.BaseSeq),
            operations[p.Id])).ToList();
    }

    /// <summary>
    /// For the subjects the open proposals touch (<paramref name="touched"/>, by proposal): the last change-log sequence
    /// that added or removed a statement about each, since the oldest base among them. One query for the whole page
    /// instead of one per proposal.
    /// </summary>
    private static async Task<Dictionary<string, long>> LastChangedAsync(
        VocabDbContext db, IReadOnlyList<Proposal> proposals, Dictionary<long, List<string>> touched, CancellationToken cancellationToken)
    {
        if (touched.Count == 0)
        {
            return [];
        }

        var since = proposals.Where(p => touched.ContainsKey(p.Id)).Min(p => p.BaseSeq);
        var subjects = touched.Values.SelectMany(s => s).Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.Statements.AsNoTracking()
            .Where(s => subjects.Contains(s.Subject) && (s.AddedIn > since || (s.RemovedIn != null && s.RemovedIn > since)))
            .GroupBy(s => s.Subject)
            .Select(g => new { Subject = g.Key, Added = g.Max(s => s.AddedIn), Removed = g.Max(s => s.RemovedIn ?? 0) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Subject, r => Math.Max(r.Added, r.Removed), StringComparer.Ordinal);
    }

    /// <summary>The votes a user cast, newest first, with their proposals.</summary>
    public async Task<IReadOnlyList<(ProposalVote Vote, Proposal Proposal)>> VotesByAsync(string userId, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await (from v in db.Votes.AsNoTracking()
                          join p in db.Proposals.AsNoTracking() on v.ProposalId equals p.Id
                          where v.UserId == userId
                          orderby v.UpdatedUtc descending
                          select new { v, p }).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(r => (r.v, r.p));
    }

    /// <summary>Proposals per ISO week (Monday, UTC) and state, for the dashboard: the last <paramref name="weeks"/> weeks.</summary>
    public async Task<IReadOnlyList<(DateOnly Week, ProposalStatus Status, int Count)>> ProposalsPerWeekAsync(int weeks = 12, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var since = DateTime.UtcNow.Date.AddDays(-7 * weeks);
        var rows = await db.Proposals.AsNoTracking().Where(p => p.CreatedUtc >= since)
            .Select(p => new { p.CreatedUtc, p.Status }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows
            .GroupBy(r => (Week: DateOnly.FromDateTime(r.CreatedUtc.Date.AddDays(-(((int)r.CreatedUtc.DayOfWeek + 6) % 7))), r.Status))
            .Select(g => (g.Key.Week, g.Key.Status, g.Count()))
            .OrderBy(r => r.Week).ToList();
    }

    /// <summary>Warnings for labels of the patch that an editor rejected before.</summary>
    public async Task<IReadOnlyList<PatchIssue>> RejectedBeforeAsync(IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var labels = operations.Select((o, i) => (Op: o, Index: i)).Where(x => x.Op.Op == PatchOp.AddLabel && !string.IsNullOrWhiteSpace(x.Op.Text)).ToList();
        if (labels.Count == 0)
        {
            return [];
        }

        var keys = labels.Select(x => PatchValidator.KeyOf(x.Op.Text!)).Distinct().ToList();
        await using var db = database.CreateContext();
        var rejected = await db.RejectedLabels.AsNoTracking().Where(r => keys.Contains(r.Key)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var issues = new List<PatchIssue>();
        foreach (var (op, index) in labels)
        {
            var key = PatchValidator.KeyOf(op.Text!);
            foreach (var r in rejected.Where(r => r.Key == key && string.Equals(r.Lang, op.Lang, StringComparison.OrdinalIgnoreCase)).Take(1))
            {
                issues.Add(new PatchIssue(PatchSeverity.Warning, "label.rejected-before",
                    $"“{r.Text}”@{r.Lang} was rejected before (proposal #{r.ProposalId}): {r.Reason}", index, "text"));
            }
        }

        return issues;
    }
}
