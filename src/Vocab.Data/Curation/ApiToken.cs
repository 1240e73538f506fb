namespace Vocab.Data;

/// <summary>
/// A token a user created for a pipeline. Only the SHA-256 of the secret is stored; the secret is shown once. A token
/// acts as its owner but only within its scopes, and stops working when revoked, expired or its owner is disabled.
/// </summary>
public sealed class ApiToken
{
    /// <summary>Row id; also the public part of the token (<c>vcb_{Id}_{secret}</c>), so lookup needs no scan.</summary>
    public long Id { get; set; }

    /// <summary>The owner's user id.</summary>
    public required string UserId { get; set; }

    /// <summary>A name the owner chose (shown as the source of unmatched labels).</summary>
    public required string Name { get; set; }

    /// <summary>SHA-256 of the secret part.</summary>
    public required byte[] SecretHash { get; set; }

    /// <summary>Scopes, space-separated (see <c>TokenScopes</c>).</summary>
    public required string Scopes { get; set; }

    /// <summary>When created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When it stops working (UTC); null for never.</summary>
    public DateTime? ExpiresUtc { get; set; }

    /// <summary>When revoked (UTC); null while active.</summary>
    public DateTime? RevokedUtc { get; set; }

    /// <summary>Last successful use (UTC), updated at most once a minute.</summary>
    public DateTime? LastUsedUtc { get; set; }
}

/// <summary>An invitation to register while registration is invite-only; only the code's hash is stored.</summary>
public sealed class Invitation
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>SHA-256 of the code.</summary>
    public required byte[] CodeHash { get; set; }

    /// <summary>The role the new account gets.</summary>
    public required string Role { get; set; }

    /// <summary>Who created it (user id).</summary>
    public required string CreatedById { get; set; }

    /// <summary>When created (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When it stops working (UTC).</summary>
    public DateTime ExpiresUtc { get; set; }

    /// <summary>The account that used it; an invitation works once.</summary>
    public string? UsedById { get; set; }
}

/// <summary>A site setting an admin changes at run time (registration mode, ...).</summary>
public sealed class SiteSetting
{
    /// <summary>The setting's name.</summary>
    public required string Key { get; set; }

    /// <summary>Its value.</summary>
    public required string Value { get; set; }
}
