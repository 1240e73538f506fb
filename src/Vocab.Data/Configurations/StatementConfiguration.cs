using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vocab.Data;

/// <summary>Maps <see cref="Statement"/> to the <c>statements</c> table; column names are fixed because the write path uses SQL.</summary>
internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.ToTable("statements");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(s => s.Graph).HasColumnName("graph").IsRequired();
        builder.Property(s => s.Subject).HasColumnName("subject").IsRequired();
        builder.Property(s => s.Predicate).HasColumnName("predicate").IsRequired();
        builder.Property(s => s.Object).HasColumnName("object").IsRequired();
        builder.Property(s => s.Hash).HasColumnName("hash").IsRequired();
        builder.Property(s => s.AddedIn).HasColumnName("added_in");
        builder.Property(s => s.RemovedIn).HasColumnName("removed_in");

        // At most one current row per statement; removed rows keep their hash for history.
        builder.HasIndex(s => s.Hash).IsUnique().HasFilter("removed_in IS NULL").HasDatabaseName("ix_statements_current_hash");
        builder.HasIndex(s => s.AddedIn).HasDatabaseName("ix_statements_added_in");
        // Only history rows: current rows (removed_in NULL) are found by the scans that need them, and leaving them out
        // spares a big import one index insert per statement.
        builder.HasIndex(s => s.RemovedIn).HasFilter("removed_in IS NOT NULL").HasDatabaseName("ix_statements_removed_in");
        builder.HasIndex(s => s.Subject).HasDatabaseName("ix_statements_subject");
        builder.HasIndex(s => s.Graph).HasDatabaseName("ix_statements_graph");
    }
}
