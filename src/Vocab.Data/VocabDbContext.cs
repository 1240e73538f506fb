using Microsoft.EntityFrameworkCore;

namespace Vocab.Data;

/// <summary>
/// The store's EF Core model, shared by both providers. Each provider has its own thin subclass so that each gets
/// its own migrations and model snapshot (<see cref="SqliteVocabDbContext"/>, <see cref="PostgresVocabDbContext"/>).
/// </summary>
public abstract class VocabDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The temporal statements table.</summary>
    public DbSet<Statement> Statements => Set<Statement>();

    /// <summary>The append-only change log.</summary>
    public DbSet<Change> Changes => Set<Change>();

    /// <summary>Labels pipelines sent that matched no concept or several, by normalized key.</summary>
    public DbSet<UnmatchedLabel> UnmatchedLabels => Set<UnmatchedLabel>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new StatementConfiguration());
        modelBuilder.ApplyConfiguration(new ChangeConfiguration());
        modelBuilder.ApplyConfiguration(new UnmatchedLabelConfiguration());
    }
}
