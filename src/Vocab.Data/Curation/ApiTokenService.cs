using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Vocab.Data;

/// <summary>What an API token may do.</summary>
public static class TokenScopes
{
    /// <summary>Normalization, reconciliation and dataset APIs (the token names the source of unmatched labels).</summary>
    public const string Normalize = "normalize";

    /// <summary>Reading reports: unmatched labels and curation statistics.</summary>
    public const string Reports = "reports";

    /// <summary>The curation API (propose, comment, vote, decide), acting with the owner's current role.</summary>
    public const string Curate = "curate";

    /// <summary>RDF import through the API; the owner must be an admin when the token is used.</summary>
    public const string Import = "import";

    /// <summary>Every scope.</summary>
    public static IReadOnlyList<string> All { get; } = [Normalize, Reports, Curate, Import];
}

/// <summary>A token that checked out: the row and its owner.</summary>
public sealed record ValidatedToken(ApiToken Token, VocabUser User)
{
    /// <summary>True when the token carries <paramref name="scope"/>.</summary>
    public bool HasScope(string scope) => Token.Scopes.Split(' ').Contains(scope, StringComparer.Ordinal);
}

/// <summary>
/// Creates, checks and revokes API tokens. A token reads <c>vcb_{id}_{secret}</c>: the id finds the row, the secret's
/// SHA-256 is compared in constant time. The secret is 32 random bytes, so a fast hash is enough (no password stretching
/// needed); only the hash is stored, and the full token is returned once, at creation.
/// </summary>
public sealed class ApiTokenService(VocabDatabase database)
{
    private const string Prefix = "vcb_";

    /// <summary>Most active tokens per user.</summary>
    public const int MaxTokensPerUser = 20;

    /// <summary>Creates a token for <paramref name="userId"/>; returns the row and the token text, which is never shown again.</summary>
    public async Task<(ApiToken Token, string Secret)?> CreateAsync(string userId, string name, IReadOnlyCollection<string> scopes, DateTime? expiresUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 100 || name.Contains('\0', StringComparison.Ordinal) || scopes.Count == 0 || scopes.Any(s => !TokenScopes.All.Contains(s)))
        {
            return null;
        }

        await using var db = database.CreateContext();
        var active = await db.ApiTokens.CountAsync(t => t.UserId == userId && t.RevokedUtc == null, cancellationToken).ConfigureAwait(false);
        if (active >= MaxTokensPerUser)
        {
            return null;
        }

        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            UserId = userId,
            Name = name,
            SecretHash = SHA256.HashData(Encoding.ASCII.GetBytes(secret)),
            Scopes = string.Join(' ', scopes.Distinct().Order(StringComparer.Ordinal)),
            CreatedUtc = DateTime.UtcNow,
            ExpiresUtc = expiresUtc,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (token, Prefix + token.Id.ToString(CultureInfo.InvariantCulture) + "_" + secret);
    }

    /// <summary>The token's row and owner when it is well-formed, known, matches, and is not revoked, expired or disabled.</summary>
    public async Task<ValidatedToken?> ValidateAsync(string text, CancellationToken cancellationToken = default)
    {
        if (text is null || text.Length > 200 || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = text.AsSpan(Prefix.Length);
        var split = rest.IndexOf('_');
        if (split <= 0 || !long.TryParse(rest[..split], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(rest[(split + 1)..].ToString()));
        await using var db = database.CreateContext();
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
        if (token is null || !CryptographicOperations.FixedTimeEquals(token.SecretHash, hash) || token.RevokedUtc is not null
            || (token.ExpiresUtc is { } expires && expires <= DateTime.UtcNow))
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == token.UserId, cancellationToken).ConfigureAwait(false);
        if (user is null || user.Disabled)
        {
            return null;
        }

        var now = DateTime.UtcNow;
        if (token.LastUsedUtc is null || now - token.LastUsedUtc > TimeSpan.FromMinutes(1))
        {
            token.LastUsedUtc = now;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return new ValidatedToken(token, user);
    }

    /// <summary>A user's tokens, newest first (hashes included; never the secrets, which are not stored).</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Revokes a token of <paramref name="userId"/> (or any token when <paramref name="asAdmin"/>); false when not found.</summary>
    public async Task<bool> RevokeAsync(string userId, long tokenId, bool asAdmin = false, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && (asAdmin || t.UserId == userId), cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return false;
        }

        token.RevokedUtc ??= DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
