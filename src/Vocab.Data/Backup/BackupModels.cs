namespace Vocab.Data;

/// <summary>What a backup holds, written as <c>manifest.json</c>.</summary>
/// <param name="Format">The backup format's version.</param>
/// <param name="CreatedUtc">When it was taken.</param>
/// <param name="Provider">The provider it was taken from (restorable into either).</param>
/// <param name="Sequence">The last change-log entry it includes.</param>
/// <param name="Statements">Statement rows, history included.</param>
/// <param name="CurrentStatements">Of which current (also in <c>thesaurus.nq</c>).</param>
/// <param name="Changes">Change-log entries.</param>
/// <param name="Users">Accounts.</param>
/// <param name="Proposals">Proposals.</param>
public sealed record BackupManifest(
    int Format, DateTime CreatedUtc, string Provider, long Sequence, long Statements, long CurrentStatements, long Changes, int Users, int Proposals);

/// <summary>Everything of the store that is not RDF: accounts, curation, tokens, settings, pipeline reports.</summary>
public sealed class CurationDump
{
    /// <summary>Accounts, with password hashes and security stamps (so sign-ins keep working).</summary>
    public List<VocabUser> Users { get; set; } = [];

    /// <summary>Proposals.</summary>
    public List<Proposal> Proposals { get; set; } = [];

    /// <summary>Votes.</summary>
    public List<ProposalVote> Votes { get; set; } = [];

    /// <summary>Comments.</summary>
    public List<ProposalComment> Comments { get; set; } = [];

    /// <summary>Labels of rejected proposals.</summary>
    public List<RejectedLabel> RejectedLabels { get; set; } = [];

    /// <summary>API tokens (hashes only; there are no secrets to back up).</summary>
    public List<ApiToken> ApiTokens { get; set; } = [];

    /// <summary>Invitations (hashes only).</summary>
    public List<Invitation> Invitations { get; set; } = [];

    /// <summary>Changes to accounts and registration (absent from backups made before they were recorded).</summary>
    public List<AccountEvent> AccountEvents { get; set; } = [];

    /// <summary>Site settings.</summary>
    public List<SiteSetting> Settings { get; set; } = [];

    /// <summary>Unmatched labels reported by pipelines.</summary>
    public List<UnmatchedLabel> UnmatchedLabels { get; set; } = [];

    /// <summary>Daily normalization outcomes.</summary>
    public List<NormalizationDay> NormalizationDays { get; set; } = [];
}

/// <summary>A backup that cannot be restored (missing or malformed file, non-empty target store).</summary>
public sealed class BackupException(string message) : Exception(message);
