using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Api.Curation;

/// <summary>A proposal to open: its kind, the patch operations and the rationale (Markdown).</summary>
/// <param name="Kind">NewConcept, AddLabel, ChangeLabel, RemoveLabel, Definition, Relation, Mapping, Deprecate or Merge.</param>
/// <param name="Operations">The patch, applied in order when accepted.</param>
/// <param name="Rationale">Why (Markdown; may be empty).</param>
internal sealed record ProposalRequest(string? Kind, List<OperationInput?>? Operations, string? Rationale);

/// <summary>One patch operation as sent; every enum is by name, case-insensitive.</summary>
/// <param name="Op">CreateConcept, AddLabel, RemoveLabel, SetDefinition, AddRelation, RemoveRelation, AddMapping, RemoveMapping, Deprecate or Merge.</param>
/// <param name="Concept">The concept IRI (for CreateConcept: a scheme IRI, the concept's IRI is minted).</param>
/// <param name="Text">Label or definition text.</param>
/// <param name="Lang">BCP 47 language tag of the text.</param>
/// <param name="LabelKind">Pref, Alt or Hidden.</param>
/// <param name="Relation">broader, narrower, related, or a mapping relation (exactMatch …).</param>
/// <param name="Target">The other concept or the external IRI.</param>
internal sealed record OperationInput(string? Op, string? Concept, string? Text, string? Lang, string? LabelKind, string? Relation, string? Target);

/// <summary>A vote: +1 or -1, with an optional comment.</summary>
internal sealed record VoteRequest(int? Value, string? Comment);

/// <summary>A comment (Markdown).</summary>
internal sealed record CommentRequest(string? Body);

/// <summary>An editor's decision with the reason the change log records.</summary>
internal sealed record DecisionRequest(bool? Accept, string? Reason);

/// <summary>A proposal as the API shows it.</summary>
internal sealed record ProposalView(
    long Id,
    string Kind,
    string Status,
    string Title,
    string Concept,
    string? Scheme,
    string Author,
    DateTime CreatedUtc,
    DateTime ActivityUtc,
    long BaseSeq,
    bool Stale,
    int Score,
    int VoteCount,
    int CommentCount,
    string? DecidedBy,
    DateTime? DecidedUtc,
    string? DecisionReason,
    long? AppliedSeq,
    string Rationale,
    IReadOnlyList<OperationView> Operations,
    IReadOnlyList<VoteView>? Votes,
    IReadOnlyList<CommentView>? Comments)
{
    public static ProposalView Of(Proposal p, IReadOnlyList<PatchOperation> operations, bool stale, IReadOnlyList<ProposalVote>? votes = null, IReadOnlyList<ProposalComment>? comments = null) => new(
        p.Id, p.Kind.ToString(), p.Status.ToString(), p.Title, p.ConceptIri, p.SchemeIri, p.AuthorName, p.CreatedUtc, p.ActivityUtc, p.BaseSeq, stale,
        p.Score, p.VoteCount, p.CommentCount, p.DecidedByName, p.DecidedUtc, p.DecisionReason, p.AppliedSeq, p.Rationale,
        operations.Select(OperationView.Of).ToList(),
        votes?.Select(v => new VoteView(v.UserName, v.Value, v.ByExpert, v.Comment, v.UpdatedUtc)).ToList(),
        comments?.Select(c => new CommentView(c.AuthorName, c.Body, c.CreatedUtc)).ToList());
}

/// <summary>A patch operation as the API shows it.</summary>
internal sealed record OperationView(string Op, string Concept, string? Text, string? Lang, string? LabelKind, string? Relation, string? Target)
{
    public static OperationView Of(PatchOperation o) => new(o.Op.ToString(), o.Concept, o.Text, o.Lang, o.LabelKind?.ToString(), o.Relation, o.Target);
}

/// <summary>One vote on a proposal.</summary>
internal sealed record VoteView(string User, int Value, bool ByExpert, string? Comment, DateTime UpdatedUtc);

/// <summary>One comment on a proposal.</summary>
internal sealed record CommentView(string Author, string Body, DateTime CreatedUtc);

/// <summary>A page of proposals.</summary>
internal sealed record ProposalList(IReadOnlyList<ProposalView> Proposals, int Limit);
