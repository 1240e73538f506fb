namespace Vocab.Core.Curation;

/// <summary>A rule that refuses an action, with a stable code (for translations and tests) and an English message.</summary>
public sealed record RuleViolation(string Code, string Message);

/// <summary>
/// Who may do what with a proposal. Pure functions of the proposal's state and the caller's role, so pages, endpoints
/// and the service that writes all apply the same rules (the service checks again inside its transaction).
/// </summary>
public static class CurationRules
{
    /// <summary>Contributors and above propose.</summary>
    public static RuleViolation? CanPropose(string? role) =>
        Roles.AtLeast(role, Roles.Contributor) ? null : new("role.contributor", "proposing needs the contributor role or higher");

    /// <summary>Contributors and above comment, on open and decided proposals alike.</summary>
    public static RuleViolation? CanComment(string? role) =>
        Roles.AtLeast(role, Roles.Contributor) ? null : new("role.contributor", "commenting needs the contributor role or higher");

    /// <summary>Experts vote, once per proposal (a later vote replaces theirs), until it is decided, never on their own.</summary>
    public static RuleViolation? CanVote(ProposalStatus status, string authorId, string voterId, string? voterRole)
    {
        if (!Roles.AtLeast(voterRole, Roles.Expert))
        {
            return new("role.expert", "voting needs the expert role or higher");
        }

        if (status != ProposalStatus.Open)
        {
            return new("proposal.decided", "the proposal is decided: votes can no longer change");
        }

        return string.Equals(authorId, voterId, StringComparison.Ordinal)
            ? new("vote.own", "you cannot vote on your own proposal")
            : null;
    }

    /// <summary>Editors accept or reject open proposals, never their own.</summary>
    public static RuleViolation? CanDecide(ProposalStatus status, string authorId, string deciderId, string? deciderRole)
    {
        if (!Roles.AtLeast(deciderRole, Roles.Editor))
        {
            return new("role.editor", "deciding needs the editor role or higher");
        }

        if (status != ProposalStatus.Open)
        {
            return new("proposal.decided", "the proposal is decided already");
        }

        return string.Equals(authorId, deciderId, StringComparison.Ordinal)
            ? new("decide.own", "you cannot accept or reject your own proposal")
            : null;
    }

    /// <summary>Only the author withdraws, and only while the proposal is open.</summary>
    public static RuleViolation? CanWithdraw(ProposalStatus status, string authorId, string userId)
    {
        if (status != ProposalStatus.Open)
        {
            return new("proposal.decided", "the proposal is decided already");
        }

        return string.Equals(authorId, userId, StringComparison.Ordinal) ? null : new("withdraw.not-author", "only the author can withdraw a proposal");
    }
}

/// <summary>A vote as the rules see it: +1 or -1, and whether the voter held the expert role (or higher) when voting.</summary>
public readonly record struct CastVote(int Value, bool ByExpert);

/// <summary>
/// The rule that accepts a proposal without an editor: at least <see cref="NetExpertVotes"/> more expert votes for than
/// against, and (when <see cref="BlockedByExpertObjection"/>) not a single expert against. Configurable; off when
/// <see cref="Enabled"/> is false.
/// </summary>
public sealed record AutoAcceptRule(bool Enabled = true, int NetExpertVotes = 3, bool BlockedByExpertObjection = true)
{
    /// <summary>True when the votes satisfy the rule.</summary>
    public bool IsSatisfied(IEnumerable<CastVote> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        if (!Enabled)
        {
            return false;
        }

        int up = 0, down = 0;
        foreach (var vote in votes)
        {
            if (!vote.ByExpert)
            {
                continue;
            }

            if (vote.Value > 0)
            {
                up++;
            }
            else if (vote.Value < 0)
            {
                down++;
            }
        }

        return up - down >= NetExpertVotes && !(BlockedByExpertObjection && down > 0);
    }
}
