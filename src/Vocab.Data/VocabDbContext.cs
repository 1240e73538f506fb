using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Vocab.Data;

/// <summary>
/// The store's EF Core model, shared by both providers. Each provider has its own thin subclass so that each gets
/// its own migrations and model snapshot. Accounts are ASP.NET Core Identity's tables (<see cref="SqliteVocabDbContext"/>, <see cref="PostgresVocabDbContext"/>).
/// </summary>
public abstract class VocabDbContext(DbContextOptions options) : IdentityDbContext<VocabUser>(options)
{
    /// <summary>The temporal statements table.</summary>
    public DbSet<Statement> Statements => Set<Statement>();

    /// <summary>The append-only change log.</summary>
    public DbSet<Change> Changes => Set<Change>();

    /// <summary>Labels pipelines sent that matched no concept or several, by normalized key.</summary>
    public DbSet<UnmatchedLabel> UnmatchedLabels => Set<UnmatchedLabel>();

    /// <summary>Daily normalization outcomes (the match rate over time).</summary>
    public DbSet<NormalizationDay> NormalizationDays => Set<NormalizationDay>();

    /// <summary>Proposed changes.</summary>
    public DbSet<Proposal> Proposals => Set<Proposal>();

    /// <summary>Votes on proposals.</summary>
    public DbSet<ProposalVote> Votes => Set<ProposalVote>();

    /// <summary>Discussion of proposals.</summary>
    public DbSet<ProposalComment> Comments => Set<ProposalComment>();

    /// <summary>Labels of rejected proposals.</summary>
    public DbSet<RejectedLabel> RejectedLabels => Set<RejectedLabel>();

    /// <summary>API tokens (hashed).</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>Registration invitations (hashed).</summary>
    public DbSet<Invitation> Invitations => Set<Invitation>();

    /// <summary>Changes to accounts and to registration, with who made them.</summary>
    public DbSet<AccountEvent> AccountEvents => Set<AccountEvent>();

    /// <summary>Run-time site settings.</summary>
    public DbSet<SiteSetting> Settings => Set<SiteSetting>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        CurationConfiguration.Apply(builder);
        builder.ApplyConfiguration(new StatementConfiguration());
        builder.ApplyConfiguration(new ChangeConfiguration());
        builder.ApplyConfiguration(new UnmatchedLabelConfiguration());
    }
}
