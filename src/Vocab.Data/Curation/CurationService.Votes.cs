using Microsoft.EntityFrameworkCore;
using Vocab.Core.Curation;

namespace Vocab.Data;

/// <summary>Votes: one per user per proposal (a unique index), changeable until the proposal is decided.</summary>
public sealed partial class CurationService
{
    /// <summary>
    /// Casts or changes the actor's vote (+1 or -1, with an optional comment). The proposal's tally is recounted from the
    /// votes in the same transaction; when the auto-accept rule is then satisfied, the proposal is applied.
    /// </summary>
    public async Task<CurationOutcome> VoteAsync(CurationActor actor, long proposalId, int value, string? comment = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (value is not (1 or -1))
        {
            return CurationOutcome.Invalid("vote.value", "a vote is +1 or -1");
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > options.MaxTextLength)
        {
            return CurationOutcome.Invalid("comment.length", $"a comment has at most {options.MaxTextLength} characters");
        }

        if (HasNul(comment))
        {
            return NulRefused;
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var outcome = await VoteOnceAsync(actor, proposalId, value, comment, cancellationToken).ConfigureAwait(false);
                if (outcome.Succeeded)
                {
                    await AutoAcceptAsync(proposalId, cancellationToken).ConfigureAwait(false);
                }

                return Notify(outcome);
            }
            catch (DbUpdateException) when (attempt < 8)
            {
                // Another vote or a decision on the same proposal committed first (version or unique index): read again.
                await Task.Delay(Random.Shared.Next(5, 40) * (attempt + 1), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<CurationOutcome> VoteOnceAsync(CurationActor actor, long proposalId, int value, string? comment, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var proposal = await ReadForUpdateAsync(db, proposalId, cancellationToken).ConfigureAwait(false);
        if (proposal is null)
        {
            return new CurationOutcome(CurationStatus.NotFound);
        }

        if (CurationRules.CanVote(proposal.Status, proposal.AuthorId, actor.UserId, actor.Role) is { } refused)
        {
            return CurationOutcome.Refuse(refused);
        }

        var vote = await db.Votes.FirstOrDefaultAsync(v => v.ProposalId == proposalId && v.UserId == actor.UserId, cancellationToken).ConfigureAwait(false);
        if (vote is null)
        {
            vote = new ProposalVote { ProposalId = proposalId, UserId = actor.UserId, UserName = actor.Name };
            db.Votes.Add(vote);
        }

        vote.Value = value;
        vote.Comment = comment;
        vote.ByExpert = Roles.AtLeast(actor.Role, Roles.Expert);
        vote.UpdatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // Recounted, not incremented: the tally always equals the votes table.
        var tally = await db.Votes.Where(v => v.ProposalId == proposalId).GroupBy(_ => 1)
            .Select(g => new { Score = g.Sum(v => v.Value), Count = g.Count() }).FirstAsync(cancellationToken).ConfigureAwait(false);
        proposal.Score = tally.Score;
        proposal.VoteCount = tally.Count;
        proposal.ActivityUtc = DateTime.UtcNow;
        proposal.Version++;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CurationOutcome(CurationStatus.Ok, proposalId);
    }

    /// <summary>
    /// Reads the proposal inside the caller's transaction. On PostgreSQL the row is locked (FOR UPDATE), so concurrent votes
    /// on one proposal queue behind each other instead of failing the version check and retrying; SQLite serializes writers anyway.
    /// </summary>
    private async Task<Proposal?> ReadForUpdateAsync(VocabDbContext db, long proposalId, CancellationToken cancellationToken)
    {
        if (database.Options.Provider != StoreProvider.Postgres)
        {
            return await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken).ConfigureAwait(false);
        }

        var rows = await db.Proposals.FromSqlInterpolated($"SELECT * FROM proposals WHERE \"Id\" = {proposalId} FOR UPDATE")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    private async Task AutoAcceptAsync(long proposalId, CancellationToken cancellationToken)
    {
        if (!options.AutoAccept.Enabled)
        {
            return;
        }

        await using var db = database.CreateContext();
        var votes = await db.Votes.AsNoTracking().Where(v => v.ProposalId == proposalId)
            .Select(v => new CastVote(v.Value, v.ByExpert)).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (options.AutoAccept.IsSatisfied(votes))
        {
            // A stale or now-invalid patch stays open for an editor; the outcome is visible on the proposal page.
            await AcceptAsync(AutoActor, proposalId, AutoReason(options.AutoAccept), checkRules: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The actor recorded for decisions the auto-accept rule makes.</summary>
    public static CurationActor AutoActor { get; } = new("auto", "auto-accept rule", Roles.Editor);

    private static string AutoReason(AutoAcceptRule rule) =>
        $"accepted by the auto-accept rule: net +{rule.NetExpertVotes} expert votes" + (rule.BlockedByExpertObjection ? " and no expert against" : "");
}
