using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Vocab.Data;

/// <summary>Maps users, proposals, votes, comments, rejected labels, tokens, invitations and settings.</summary>
internal static class CurationConfiguration
{
    // SQLite hands DateTime back unspecified; the columns always hold UTC.
    private static readonly ValueConverter<DateTime, DateTime> Utc = new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    private static readonly ValueConverter<DateTime?, DateTime?> UtcOrNull = new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : null);

    public static void Apply(ModelBuilder model)
    {
        model.Entity<VocabUser>(b =>
        {
            b.ToTable("users");
            b.Property(u => u.DisplayName).HasMaxLength(100).IsRequired();
            b.Property(u => u.Role).HasMaxLength(20).IsRequired();
            b.Property(u => u.CreatedUtc).HasConversion(Utc);
        });
        model.Entity<IdentityRole>().ToTable("roles");
        model.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        model.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        model.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        model.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        model.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");

        model.Entity<Proposal>(b =>
        {
            b.ToTable("proposals");
            b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(p => p.Title).HasMaxLength(400);
            b.Property(p => p.CreatedUtc).HasConversion(Utc);
            b.Property(p => p.ActivityUtc).HasConversion(Utc);
            b.Property(p => p.DecidedUtc).HasConversion(UtcOrNull);
            b.Property(p => p.Version).IsConcurrencyToken();
            b.HasIndex(p => new { p.Status, p.CreatedUtc });
            b.HasIndex(p => p.ConceptIri);
            b.HasIndex(p => p.AuthorId);
        });
        model.Entity<ProposalVote>(b =>
        {
            b.ToTable("proposal_votes");
            b.Property(v => v.UpdatedUtc).HasConversion(Utc);
            // One vote per user per proposal: the database enforces it, so concurrent clicks cannot count twice.
            b.HasIndex(v => new { v.ProposalId, v.UserId }).IsUnique();
            b.HasIndex(v => v.UserId);
            b.HasOne<Proposal>().WithMany().HasForeignKey(v => v.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ProposalComment>(b =>
        {
            b.ToTable("proposal_comments");
            b.Property(c => c.CreatedUtc).HasConversion(Utc);
            b.HasIndex(c => new { c.ProposalId, c.Id });
            b.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<RejectedLabel>(b =>
        {
            b.ToTable("rejected_labels");
            b.Property(r => r.RejectedUtc).HasConversion(Utc);
            b.HasIndex(r => r.Key);
        });
        model.Entity<ApiToken>(b =>
        {
            b.ToTable("api_tokens");
            b.Property(t => t.Name).HasMaxLength(100);
            b.Property(t => t.CreatedUtc).HasConversion(Utc);
            b.Property(t => t.ExpiresUtc).HasConversion(UtcOrNull);
            b.Property(t => t.RevokedUtc).HasConversion(UtcOrNull);
            b.Property(t => t.LastUsedUtc).HasConversion(UtcOrNull);
            b.HasIndex(t => t.UserId);
        });
        model.Entity<Invitation>(b =>
        {
            b.ToTable("invitations");
            b.Property(i => i.CreatedUtc).HasConversion(Utc);
            b.Property(i => i.ExpiresUtc).HasConversion(Utc);
            b.HasIndex(i => i.CodeHash).IsUnique();
        });
        model.Entity<AccountEvent>(b =>
        {
            b.ToTable("account_events");
            b.Property(e => e.AtUtc).HasConversion(Utc);
            b.Property(e => e.ActorName).HasMaxLength(256);
            b.Property(e => e.What).HasMaxLength(32);
            b.Property(e => e.UserName).HasMaxLength(256);
            b.Property(e => e.From).HasMaxLength(64);
            b.Property(e => e.To).HasMaxLength(64);
        });
        model.Entity<NormalizationDay>(b =>
        {
            b.ToTable("normalization_days");
            b.HasKey(d => d.Day);
            b.Property(d => d.Day).HasColumnName("day").HasMaxLength(10);
            b.Property(d => d.Matched).HasColumnName("matched");
            b.Property(d => d.Ambiguous).HasColumnName("ambiguous");
            b.Property(d => d.Unmatched).HasColumnName("unmatched");
        });
        model.Entity<SiteSetting>(b =>
        {
            b.ToTable("settings");
            b.HasKey(s => s.Key);
        });
    }
}
