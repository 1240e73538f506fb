using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vocab.Core;
using Vocab.Core.Curation;

namespace Vocab.Data;

/// <summary>
/// Proposals, votes, comments and decisions. Every write checks the rules again (pages check them too, for display);
/// accepting a proposal writes its statements, its change-log entry and its new state in one transaction under the
/// store's write lock, then advances the snapshot so the label index and every page see it at once.
/// </summary>
public sealed partial class CurationService(
    VocabDatabase database,
    VocabStore store,
    ThesaurusSnapshotService snapshot,
    CurationOptions options,
    ProposalTitleWording englishTitles,
    ILabelLookup? lookup = null)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // PostgreSQL text cannot hold NUL (SQLite's can): texts with one are refused on both stores alike, not a 500 on one.
    private static readonly CurationOutcome NulRefused = CurationOutcome.Invalid("text.nul", "the text contains a NUL character");

    /// <summary>Raised after a proposal's vote, comment, refresh, withdrawal or decision is committed in this process.</summary>
    public event Action<long>? ProposalChanged;

    /// <summary>The settings in force (the auto-accept rule is shown on proposal pages).</summary>
    public CurationOptions Options => options;

    /// <summary>Checks a draft without writing: errors block submission, warnings inform (used live by the propose form).</summary>
    public async Task<IReadOnlyList<PatchIssue>> CheckAsync(IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        await EnsureSnapshotAsync(cancellationToken).ConfigureAwait(false);
        operations = await MintAsync(operations, cancellationToken).ConfigureAwait(false);
        var issues = snapshot.Read(t => PatchValidator.Validate(t, operations, lookup)).ToList();
        issues.AddRange(await RejectedBeforeAsync(operations, cancellationToken).ConfigureAwait(false));
        return issues;
    }

    /// <summary>Opens a proposal. A new concept without an IRI gets one minted under its scheme (never a used one).</summary>
    public async Task<CurationOutcome> ProposeAsync(CurationActor actor, ProposalDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        if (CurationRules.CanPropose(actor.Role) is { } refused)
        {
            return CurationOutcome.Refuse(refused);
        }

        if (draft.Rationale.Length > options.MaxTextLength)
        {
            return CurationOutcome.Invalid("rationale.too-long", $"the rationale is longer than {options.MaxTextLength} characters");
        }

        if (HasNul(draft.Rationale) || draft.Operations.Any(o => HasNul(o.Concept) || HasNul(o.Text) || HasNul(o.Target)))
        {
            return NulRefused;
        }

        var operations = await MintAsync(draft.Operations, cancellationToken).ConfigureAwait(false);
        await EnsureSnapshotAsync(cancellationToken).ConfigureAwait(false);
        var (issues, sequence, title, scheme) = snapshot.Read(t =>
            (PatchValidator.Validate(t, operations, lookup), t.Sequence, ProposalTitles.Stored(t, draft.Kind, operations, englishTitles), SchemeOf(t, operations)));
        if (issues.Any(i => i.IsError))
        {
            return new CurationOutcome(CurationStatus.Invalid, Issues: issues);
        }

        var patchJson = JsonSerializer.Serialize(operations, Json);
        await using var db = database.CreateContext();

        // Double submission (a second click, a retried request) returns the proposal the first one opened.
        var twin = await db.Proposals.AsNoTracking()
            .Where(p => p.AuthorId == actor.UserId && p.Status == ProposalStatus.Open && p.PatchJson == patchJson)
            .Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (twin is { } existing)
        {
            return new CurationOutcome(CurationStatus.Ok, existing, Issues: issues);
        }

        var now = DateTime.UtcNow;
        var proposal = new Proposal
        {
            Kind = draft.Kind,
            Status = ProposalStatus.Open,
            Title = title,
            ConceptIri = operations[0].Concept,
            SchemeIri = scheme,
            Languages = string.Join(' ', operations.Where(o => o.Lang is not null).Select(o => o.Lang!.ToLowerInvariant()).Distinct()),
            PatchJson = patchJson,
            Rationale = draft.Rationale.Trim(),
            AuthorId = actor.UserId,
            AuthorName = actor.Name,
            CreatedUtc = now,
            ActivityUtc = now,
            BaseSeq = sequence,
        };
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CurationOutcome(CurationStatus.Ok, proposal.Id, Issues: issues);
    }

    /// <summary>Adds a comment (Markdown) to a proposal's discussion.</summary>
    public async Task<CurationOutcome> CommentAsync(CurationActor actor, long proposalId, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (CurationRules.CanComment(actor.Role) is { } refused)
        {
            return CurationOutcome.Refuse(refused);
        }

        body = body?.Trim() ?? "";
        if (body.Length == 0 || body.Length > options.MaxTextLength)
        {
            return CurationOutcome.Invalid("comment.length", $"a comment has 1 to {options.MaxTextLength} characters");
        }

        if (HasNul(body))
        {
            return NulRefused;
        }

        await using var db = database.CreateContext();
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken).ConfigureAwait(false);
        if (proposal is null)
        {
            return new CurationOutcome(CurationStatus.NotFound);
        }

        db.Comments.Add(new ProposalComment { ProposalId = proposalId, AuthorId = actor.UserId, AuthorName = actor.Name, Body = body, CreatedUtc = DateTime.UtcNow });
        proposal.CommentCount++;
        proposal.ActivityUtc = DateTime.UtcNow;
        proposal.Version++;
        await SaveWithRetryAsync(db, cancellationToken).ConfigureAwait(false);
        return Notify(new CurationOutcome(CurationStatus.Ok, proposalId));
    }

    /// <summary>The author withdraws an open proposal.</summary>
    public async Task<CurationOutcome> WithdrawAsync(CurationActor actor, long proposalId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = database.CreateContext();
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken).ConfigureAwait(false);
        if (proposal is null)
        {
            return new CurationOutcome(CurationStatus.NotFound);
        }

        if (CurationRules.CanWithdraw(proposal.Status, proposal.AuthorId, actor.UserId) is { } refused)
        {
            return CurationOutcome.Refuse(refused);
        }

        proposal.Status = ProposalStatus.Withdrawn;
        proposal.DecidedById = actor.UserId;
        proposal.DecidedByName = actor.Name;
        proposal.DecidedUtc = proposal.ActivityUtc = DateTime.UtcNow;
        proposal.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CurationOutcome.Refuse(new("proposal.changed", "the proposal changed meanwhile: reload and try again"));
        }

        return Notify(new CurationOutcome(CurationStatus.Ok, proposalId));
    }

    private CurationOutcome Notify(CurationOutcome outcome)
    {
        if (outcome.Succeeded && outcome.ProposalId is { } id)
        {
            ProposalChanged?.Invoke(id);
        }

        return outcome;
    }

    private async Task EnsureSnapshotAsync(CancellationToken cancellationToken)
    {
        if (!snapshot.IsLoaded)
        {
            await snapshot.LoadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? SchemeOf(Thesaurus thesaurus, IReadOnlyList<PatchOperation> operations)
    {
        var first = operations[0];
        if (first.Op == PatchOp.CreateConcept)
        {
            return first.Target;
        }

        return thesaurus.TryGetConcept(first.Concept, out var concept) ? concept.Schemes.OrderBy(s => s, StringComparer.Ordinal).FirstOrDefault() : null;
    }

    /// <summary>Gives a new concept without an IRI one: its scheme's namespace plus an UpperCamel slug of its English label.</summary>
    private async Task<IReadOnlyList<PatchOperation>> MintAsync(IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken)
    {
        var create = operations.FirstOrDefault(o => o.Op == PatchOp.CreateConcept && o.Concept.Length == 0);
        if (create is null || !PatchValidator.IsHttpIri(create.Target))
        {
            return operations;
        }

        var label = operations.FirstOrDefault(o => o.Op == PatchOp.AddLabel && o.Concept.Length == 0 && o.LabelKind == LabelKind.Pref && o.Lang == "en")?.Text
            ?? operations.FirstOrDefault(o => o.Op == PatchOp.AddLabel && o.Concept.Length == 0)?.Text ?? "";
        var scheme = create.Target!;
        var prefix = scheme.EndsWith('/') || scheme.EndsWith('#') ? scheme : scheme + "/";
        var slug = Slug(label);
        await using var db = database.CreateContext();
        for (var n = 1; ; n++)
        {
            var iri = prefix + slug + (n == 1 ? "" : n.ToString(CultureInfo.InvariantCulture));
            var term = "<" + iri + ">";
            // Never reused: not by any statement ever (removed rows keep history) nor by another proposal.
            var used = await db.Statements.AnyAsync(s => s.Subject == term || s.Object == term, cancellationToken).ConfigureAwait(false)
                || await db.Proposals.AnyAsync(p => p.ConceptIri == iri, cancellationToken).ConfigureAwait(false);
            if (!used)
            {
                return operations.Select(o => o.Concept.Length == 0 ? o with { Concept = iri } : o).ToList();
            }
        }
    }

    private static string Slug(string label)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in label.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else if (c is ' ' or '-' or '_' or '/' or '.' or ',' or '(' or ')')
            {
                upper = true;
            }
        }

        // Labels without Latin letters (Japanese-only) get a neutral slug; the number suffix keeps it unique.
        return builder.Length == 0 ? "Concept" : builder.Length > 60 ? builder.ToString(0, 60) : builder.ToString();
    }

    private static async Task SaveWithRetryAsync(VocabDbContext db, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (DbUpdateConcurrencyException e) when (attempt < 5)
            {
                // Only counters changed under us: reload the proposal row and apply our increment again.
                foreach (var entry in e.Entries.Where(x => x.Entity is Proposal))
                {
                    var delta = ((Proposal)entry.Entity).CommentCount - (int)entry.OriginalValues[nameof(Proposal.CommentCount)]!;
                    await entry.ReloadAsync(cancellationToken).ConfigureAwait(false);
                    var proposal = (Proposal)entry.Entity;
                    proposal.CommentCount += delta;
                    proposal.ActivityUtc = DateTime.UtcNow;
                    proposal.Version++;
                }
            }
        }
    }

    private static bool HasNul(string? text) => text is not null && text.Contains('\0', StringComparison.Ordinal);
}
