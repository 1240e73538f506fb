using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vocab.Data;

/// <summary>Maps <see cref="UnmatchedLabel"/> to <c>unmatched_labels</c>; column names are fixed because the upsert is SQL.</summary>
internal sealed class UnmatchedLabelConfiguration : IEntityTypeConfiguration<UnmatchedLabel>
{
    public void Configure(EntityTypeBuilder<UnmatchedLabel> builder)
    {
        builder.ToTable("unmatched_labels");
        builder.HasKey(u => u.Key);
        builder.Property(u => u.Key).HasColumnName("key");
        builder.Property(u => u.Status).HasColumnName("status").IsRequired();
        builder.Property(u => u.Count).HasColumnName("count");

        // SQLite hands DateTime back unspecified; the columns always hold UTC.
        builder.Property(u => u.FirstSeenUtc).HasColumnName("first_seen_utc")
            .HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(u => u.LastSeenUtc).HasColumnName("last_seen_utc")
            .HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(u => u.SamplesJson).HasColumnName("samples").IsRequired();
        builder.Property(u => u.SourcesJson).HasColumnName("sources").IsRequired();

        // The API lists the most frequent first.
        builder.HasIndex(u => u.Count).HasDatabaseName("ix_unmatched_labels_count");
    }
}
