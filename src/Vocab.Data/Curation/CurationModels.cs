using Vocab.Core.Curation;

namespace Vocab.Data;

/// <summary>Who acts: a signed-in user's id, display name and role.</summary>
public sealed record CurationActor(string UserId, string Name, string Role);

/// <summary>What a contributor proposes: the kind, the patch steps and the rationale (Markdown).</summary>
public sealed record ProposalDraft(ProposalKind Kind, IReadOnlyList<PatchOperation> Operations, string Rationale);

/// <summary>How a curation action ended.</summary>
public enum CurationStatus
{
    /// <summary>Done.</summary>
    Ok,

    /// <summary>No such proposal.</summary>
    NotFound,

    /// <summary>A rule refuses it (role, own proposal, decided already).</summary>
    Refused,

    /// <summary>The input or the patch is invalid; nothing was written.</summary>
    Invalid,

    /// <summary>The concepts the patch touches changed since it was checked: refresh it first.</summary>
    Stale,
}

/// <summary>The outcome of a curation action; on anything but <see cref="CurationStatus.Ok"/> nothing was written.</summary>
public sealed record CurationOutcome(
    CurationStatus Status,
    long? ProposalId = null,
    RuleViolation? Violation = null,
    IReadOnlyList<PatchIssue>? Issues = null,
    long? AppliedSeq = null)
{
    /// <summary>True for <see cref="CurationStatus.Ok"/>.</summary>
    public bool Succeeded => Status == CurationStatus.Ok;

    /// <summary>One line for logs and messages.</summary>
    public string Message => Violation?.Message
        ?? (Issues is { Count: > 0 } ? string.Join("; ", Issues.Where(i => i.IsError).Select(i => i.Message)) : Status.ToString());

    internal static CurationOutcome Refuse(RuleViolation violation) => new(CurationStatus.Refused, Violation: violation);

    internal static CurationOutcome Invalid(string code, string message) =>
        new(CurationStatus.Invalid, Issues: [new PatchIssue(PatchSeverity.Error, code, message)]);
}

/// <summary>Curation settings: limits and the auto-accept rule (configuration section <c>Vocab:Curation</c>).</summary>
public sealed record CurationOptions
{
    /// <summary>When votes alone accept a proposal.</summary>
    public AutoAcceptRule AutoAccept { get; init; } = new();

    /// <summary>Longest rationale or comment, in characters.</summary>
    public int MaxTextLength { get; init; } = 20_000;
}

/// <summary>A proposal with its patch, votes and discussion, and whether its base has changed.</summary>
public sealed record ProposalDetails(
    Proposal Proposal,
    IReadOnlyList<PatchOperation> Operations,
    IReadOnlyList<ProposalVote> Votes,
    IReadOnlyList<ProposalComment> Comments,
    bool Stale);

/// <summary>Filters and order of the review queue.</summary>
public sealed record ProposalQuery
{
    /// <summary>Only proposals in this state (null: all).</summary>
    public ProposalStatus? Status { get; init; } = ProposalStatus.Open;

    /// <summary>Only this scheme.</summary>
    public string? Scheme { get; init; }

    /// <summary>Only patches using this language.</summary>
    public string? Lang { get; init; }

    /// <summary>Only this kind.</summary>
    public ProposalKind? Kind { get; init; }

    /// <summary>Only by this author.</summary>
    public string? AuthorId { get; init; }

    /// <summary>Only about this concept.</summary>
    public string? ConceptIri { get; init; }

    /// <summary>oldest, newest, votes or activity.</summary>
    public string Sort { get; init; } = "oldest";

    /// <summary>Page size.</summary>
    public int Limit { get; init; } = 50;
}

/// <summary>One row of a proposal list, with its staleness and its patch operations.</summary>
public sealed record ProposalSummary(Proposal Proposal, bool Stale, IReadOnlyList<PatchOperation> Operations);
