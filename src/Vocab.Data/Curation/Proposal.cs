using Vocab.Core.Curation;

namespace Vocab.Data;

/// <summary>A proposed change to the thesaurus: its patch, rationale, state and decision.</summary>
public sealed class Proposal
{
    /// <summary>Proposal number (1, 2, 3, ...).</summary>
    public long Id { get; set; }

    /// <summary>What the proposal is about.</summary>
    public ProposalKind Kind { get; set; }

    /// <summary>Where it stands.</summary>
    public ProposalStatus Status { get; set; }

    /// <summary>A one-line summary, generated from the patch.</summary>
    public required string Title { get; set; }

    /// <summary>The main concept (the new concept's minted IRI for <see cref="ProposalKind.NewConcept"/>).</summary>
    public required string ConceptIri { get; set; }

    /// <summary>The scheme of <see cref="ConceptIri"/> when proposed (for filters).</summary>
    public string? SchemeIri { get; set; }

    /// <summary>The languages the patch's labels and definitions use, space-separated (for filters).</summary>
    public string Languages { get; set; } = "";

    /// <summary>The patch as JSON (a list of <see cref="PatchOperation"/>).</summary>
    public required string PatchJson { get; set; }

    /// <summary>The steps of <see cref="PatchJson"/>.</summary>
    public IReadOnlyList<PatchOperation> Operations() => CurationService.OperationsOf(this);

    /// <summary>Why, in Markdown.</summary>
    public string Rationale { get; set; } = "";

    /// <summary>The author's user id.</summary>
    public required string AuthorId { get; set; }

    /// <summary>The author's display name when proposed.</summary>
    public required string AuthorName { get; set; }

    /// <summary>When proposed (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>Last vote, comment, refresh or decision (UTC).</summary>
    public DateTime ActivityUtc { get; set; }

    /// <summary>The change-log sequence the patch was checked against; a later change to a concept it touches makes it stale.</summary>
    public long BaseSeq { get; set; }

    /// <summary>Who decided (user id), or "auto" for the auto-accept rule.</summary>
    public string? DecidedById { get; set; }

    /// <summary>The decider's display name.</summary>
    public string? DecidedByName { get; set; }

    /// <summary>When decided (UTC).</summary>
    public DateTime? DecidedUtc { get; set; }

    /// <summary>The editor's reason.</summary>
    public string? DecisionReason { get; set; }

    /// <summary>The change-log entry that applied it, once accepted.</summary>
    public long? AppliedSeq { get; set; }

    /// <summary>Sum of votes (+1/-1), kept with the votes in one transaction.</summary>
    public int Score { get; set; }

    /// <summary>Number of votes.</summary>
    public int VoteCount { get; set; }

    /// <summary>Number of comments.</summary>
    public int CommentCount { get; set; }

    /// <summary>Optimistic concurrency token: bumped by every write to the row.</summary>
    public int Version { get; set; }
}

/// <summary>One user's vote on a proposal; unique per (proposal, user).</summary>
public sealed class ProposalVote
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The proposal.</summary>
    public long ProposalId { get; set; }

    /// <summary>The voter's user id.</summary>
    public required string UserId { get; set; }

    /// <summary>The voter's display name.</summary>
    public required string UserName { get; set; }

    /// <summary>+1 or -1.</summary>
    public int Value { get; set; }

    /// <summary>Whether the voter held the expert role (or higher) when voting.</summary>
    public bool ByExpert { get; set; }

    /// <summary>An optional short comment with the vote (Markdown).</summary>
    public string? Comment { get; set; }

    /// <summary>When cast or last changed (UTC).</summary>
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>A comment in a proposal's discussion (Markdown, rendered without raw HTML).</summary>
public sealed class ProposalComment
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The proposal.</summary>
    public long ProposalId { get; set; }

    /// <summary>The author's user id.</summary>
    public required string AuthorId { get; set; }

    /// <summary>The author's display name.</summary>
    public required string AuthorName { get; set; }

    /// <summary>The text, Markdown.</summary>
    public required string Body { get; set; }

    /// <summary>When written (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}

/// <summary>A label a rejected proposal would have added, remembered so proposing it again is flagged.</summary>
public sealed class RejectedLabel
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The label's normalized key.</summary>
    public required string Key { get; set; }

    /// <summary>The label as proposed.</summary>
    public required string Text { get; set; }

    /// <summary>Its language.</summary>
    public required string Lang { get; set; }

    /// <summary>The concept it was proposed for.</summary>
    public required string ConceptIri { get; set; }

    /// <summary>The rejected proposal.</summary>
    public long ProposalId { get; set; }

    /// <summary>The editor's reason.</summary>
    public string Reason { get; set; } = "";

    /// <summary>When rejected (UTC).</summary>
    public DateTime RejectedUtc { get; set; }
}
