using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vocab.Core.Curation;

namespace Vocab.Data;

/// <summary>Accepting (applying) and rejecting proposals, and refreshing stale ones.</summary>
public sealed partial class CurationService
{
    /// <summary>
    /// An editor accepts or rejects an open proposal, with a reason. Accepting re-checks the patch against the thesaurus
    /// under the write lock and applies it with its change-log entry in one transaction; a stale or invalid patch is
    /// not applied and the proposal stays open.
    /// </summary>
    public Task<CurationOutcome> DecideAsync(CurationActor actor, long proposalId, bool accept, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        reason = reason?.Trim() ?? "";
        if (reason.Length > options.MaxTextLength)
        {
            return Task.FromResult(CurationOutcome.Invalid("reason.too-long", $"the reason is longer than {options.MaxTextLength} characters"));
        }

        if (!accept && reason.Length == 0)
        {
            return Task.FromResult(CurationOutcome.Invalid("reason.empty", "say why the proposal is rejected"));
        }

        if (HasNul(reason))
        {
            return Task.FromResult(NulRefused);
        }

        return accept
            ? AcceptAsync(actor, proposalId, reason, checkRules: true, cancellationToken)
            : RejectAsync(actor, proposalId, reason, cancellationToken);
    }

    private async Task<CurationOutcome> RejectAsync(CurationActor actor, long proposalId, string reason, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken).ConfigureAwait(false);
        if (proposal is null)
        {
            return new CurationOutcome(CurationStatus.NotFound);
        }

        if (CurationRules.CanDecide(proposal.Status, proposal.AuthorId, actor.UserId, actor.Role) is { } refused)
        {
            return CurationOutcome.Refuse(refused);
        }

        var now = DateTime.UtcNow;
        proposal.Status = ProposalStatus.Rejected;
        proposal.DecidedById = actor.UserId;
        proposal.DecidedByName = actor.Name;
        proposal.DecidedUtc = proposal.ActivityUtc = now;
        proposal.DecisionReason = reason;
        proposal.Version++;
        RememberRejectedLabels(db, proposal, OperationsOf(proposal), reason, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CurationOutcome.Refuse(new("proposal.changed", "the proposal changed meanwhile (a vote or a decision): reload and decide again"));
        }

        return Notify(new CurationOutcome(CurationStatus.Ok, proposalId));
    }

    /// <summary>Re-checks a stale proposal against the thesaurus as it is now and, if it still holds, makes it current.</summary>
    public async Task<CurationOutcome> RefreshAsync(CurationActor actor, long proposalId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (CurationRules.CanPropose(actor.Role) is { } refused)
        {
            return CurationOutcome.Refuse(refused);
        }

        await using var db = database.CreateContext();
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken).ConfigureAwait(false);
        if (proposal is null)
        {
            return new CurationOutcome(CurationStatus.NotFound);
        }

        if (proposal.Status != ProposalStatus.Open)
        {
            return CurationOutcome.Refuse(new("proposal.decided", "the proposal is decided already"));
        }

        await snapshot.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        var operations = OperationsOf(proposal);
        var (issues, sequence) = snapshot.Read(t => (PatchValidator.Validate(t, operations, lookup), t.Sequence));
        if (issues.Any(i => i.IsError))
        {
            return new CurationOutcome(CurationStatus.Invalid, proposalId, Issues: issues);
        }

        proposal.BaseSeq = sequence;
        proposal.ActivityUtc = DateTime.UtcNow;
        proposal.Version++;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Notify(new CurationOutcome(CurationStatus.Ok, proposalId, Issues: issues));
    }

    private async Task<CurationOutcome> AcceptAsync(CurationActor actor, long proposalId, string reason, bool checkRules, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await AcceptOnceAsync(actor, proposalId, reason, checkRules, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // A vote landed between our read and our write: the whole change rolled back; decide again on fresh state.
            }
        }
    }

    private async Task<CurationOutcome> AcceptOnceAsync(CurationActor actor, long proposalId, string reason, bool checkRules, CancellationToken cancellationToken)
    {
        await using var writer = await store.BeginChangeAsync(
            new ChangeInfo(actor.Name, reason.Length > 0 ? reason : "accepted", "proposal", proposalId), cancellationToken).ConfigureAwait(false);
        var db = writer.Context;
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken).ConfigureAwait(false);
        if (proposal is null)
        {
            return new CurationOutcome(CurationStatus.NotFound);
        }

        if (checkRules && CurationRules.CanDecide(proposal.Status, proposal.AuthorId, actor.UserId, actor.Role) is { } refused)
        {
            return CurationOutcome.Refuse(refused);
        }

        if (proposal.Status != ProposalStatus.Open)
        {
            return CurationOutcome.Refuse(new("proposal.decided", "the proposal is decided already"));
        }

        var operations = OperationsOf(proposal);
        var now = DateTime.UtcNow;
        proposal.DecidedById = actor.UserId;
        proposal.DecidedByName = actor.Name;
        proposal.DecidedUtc = proposal.ActivityUtc = now;
        proposal.DecisionReason = reason;
        proposal.Version++;

        // We hold the write lock: after this catch-up the snapshot is exactly the store, and stays so until we commit.
        await snapshot.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        if (await IsStaleAsync(db, proposal.BaseSeq, operations, cancellationToken).ConfigureAwait(false))
        {
            return new CurationOutcome(CurationStatus.Stale, proposalId, new RuleViolation(
                "proposal.stale", "a concept this proposal touches has changed since it was checked: refresh it, then decide"));
        }

        var issues = snapshot.Read(t => PatchValidator.Validate(t, operations, lookup));
        if (issues.Any(i => i.IsError))
        {
            return new CurationOutcome(CurationStatus.Invalid, proposalId, Issues: issues);
        }

        var compiler = new PatchCompiler(store);
        await compiler.CompileAsync(operations, cancellationToken).ConfigureAwait(false);
        foreach (var quad in compiler.Removed)
        {
            writer.Remove(quad);
        }

        foreach (var quad in compiler.Added)
        {
            writer.Add(quad);
        }

        proposal.Status = ProposalStatus.Accepted;
        proposal.AppliedSeq = writer.Sequence;
        writer.SummaryJson = proposal.PatchJson;
        var entry = await writer.CommitAsync(cancellationToken).ConfigureAwait(false);

        // Seen at once by this process: the snapshot's Applied event updates the label index.
        await snapshot.CatchUpAsync(CancellationToken.None).ConfigureAwait(false);
        return Notify(new CurationOutcome(CurationStatus.Ok, proposalId, AppliedSeq: entry.Sequence));
    }

    /// <summary>True when a statement about a resource the patch touches was added or removed after <paramref name="baseSeq"/>.</summary>
    private static Task<bool> IsStaleAsync(VocabDbContext db, long baseSeq, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken)
    {
        var subjects = operations.SelectMany(o => o.Touches()).Distinct(StringComparer.Ordinal).Select(i => "<" + i + ">").ToList();
        return db.Statements.AnyAsync(
            s => subjects.Contains(s.Subject) && (s.AddedIn > baseSeq || (s.RemovedIn != null && s.RemovedIn > baseSeq)), cancellationToken);
    }

    private static void RememberRejectedLabels(VocabDbContext db, Proposal proposal, IReadOnlyList<PatchOperation> operations, string reason, DateTime now)
    {
        foreach (var op in operations.Where(o => o.Op == PatchOp.AddLabel))
        {
            db.RejectedLabels.Add(new RejectedLabel
            {
                Key = PatchValidator.KeyOf(op.Text!),
                Text = op.Text!,
                Lang = op.Lang!.ToLowerInvariant(),
                ConceptIri = op.Concept,
                ProposalId = proposal.Id,
                Reason = reason,
                RejectedUtc = now,
            });
        }
    }

    /// <summary>The patch operations stored with <paramref name="proposal"/>.</summary>
    internal static IReadOnlyList<PatchOperation> OperationsOf(Proposal proposal) =>
        JsonSerializer.Deserialize<List<PatchOperation>>(proposal.PatchJson, Json) ?? [];
}
