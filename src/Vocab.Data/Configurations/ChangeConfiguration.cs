using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vocab.Data;

/// <summary>Maps <see cref="Change"/> to the <c>changes</c> table.</summary>
internal sealed class ChangeConfiguration : IEntityTypeConfiguration<Change>
{
    public void Configure(EntityTypeBuilder<Change> builder)
    {
        builder.ToTable("changes");
        builder.HasKey(c => c.Seq);

        // Assigned as max+1 under the write lock, never by the database, so the log has no gaps.
        builder.Property(c => c.Seq).HasColumnName("seq").ValueGeneratedNever();

        // SQLite hands DateTime back unspecified; the column always holds UTC.
        builder.Property(c => c.TimestampUtc).HasColumnName("timestamp_utc")
            .HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(c => c.Actor).HasColumnName("actor").IsRequired();
        builder.Property(c => c.Reason).HasColumnName("reason").IsRequired();
        builder.Property(c => c.ProposalId).HasColumnName("proposal_id");
        builder.Property(c => c.Kind).HasColumnName("kind").IsRequired();
        builder.Property(c => c.Source).HasColumnName("source");
        builder.Property(c => c.AddedCount).HasColumnName("added_count");
        builder.Property(c => c.RemovedCount).HasColumnName("removed_count");
        builder.Property(c => c.SummaryJson).HasColumnName("summary_json");
        builder.HasIndex(c => c.ProposalId).HasDatabaseName("ix_changes_proposal_id");
    }
}
