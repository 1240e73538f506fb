using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vocab.Core.Curation;

namespace Vocab.Data;

/// <summary>Run-time settings an admin changes (registration open or invite-only) and registration invitations.</summary>
public sealed class SiteSettingsService(VocabDatabase database)
{
    private const string RegistrationKey = "registration";

    /// <summary>True when anyone may register; false when registration needs an invitation.</summary>
    public async Task<bool> IsRegistrationOpenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var value = await db.Settings.AsNoTracking().Where(s => s.Key == RegistrationKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return value != "invite";
    }

    /// <summary>Opens registration or makes it invite-only.</summary>
    public async Task SetRegistrationOpenAsync(bool open, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Key == RegistrationKey, cancellationToken).ConfigureAwait(false);
        if (setting is null)
        {
            db.Settings.Add(new SiteSetting { Key = RegistrationKey, Value = open ? "open" : "invite" });
        }
        else
        {
            setting.Value = open ? "open" : "invite";
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates an invitation for <paramref name="role"/>, valid for <paramref name="validFor"/>; returns its code (shown once).</summary>
    public async Task<string> InviteAsync(string createdById, string role, TimeSpan validFor, CancellationToken cancellationToken = default)
    {
        if (!Roles.IsKnown(role))
        {
            throw new ArgumentException($"unknown role '{role}'", nameof(role));
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await using var db = database.CreateContext();
        db.Invitations.Add(new Invitation
        {
            CodeHash = HashOf(code)!,
            Role = role,
            CreatedById = createdById,
            CreatedUtc = DateTime.UtcNow,
            ExpiresUtc = DateTime.UtcNow + validFor,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return code;
    }

    /// <summary>Marks an unused, unexpired invitation used by <paramref name="userId"/>; returns its role, or null when the code does not work.</summary>
    public async Task<string?> RedeemAsync(string code, string userId, CancellationToken cancellationToken = default)
    {
        if (HashOf(code) is not { } hash)
        {
            return null;
        }

        await using var db = database.CreateContext();
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.CodeHash == hash, cancellationToken).ConfigureAwait(false);
        if (invitation is null || invitation.UsedById is not null || invitation.ExpiresUtc <= DateTime.UtcNow)
        {
            return null;
        }

        invitation.UsedById = userId;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return invitation.Role;
    }

    /// <summary>True when <paramref name="code"/> is an unused, unexpired invitation (checked before the account is created).</summary>
    public async Task<bool> IsValidInvitationAsync(string code, CancellationToken cancellationToken = default)
    {
        if (HashOf(code) is not { } hash)
        {
            return false;
        }

        await using var db = database.CreateContext();
        return await db.Invitations.AnyAsync(i => i.CodeHash == hash && i.UsedById == null && i.ExpiresUtc > DateTime.UtcNow, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored form of an invitation code (as typed: trimmed, any case); null for what cannot be a code.</summary>
    private static byte[]? HashOf(string? code) =>
        string.IsNullOrWhiteSpace(code) || code.Length > 100 ? null : SHA256.HashData(Encoding.ASCII.GetBytes(code.Trim().ToLowerInvariant()));
}
