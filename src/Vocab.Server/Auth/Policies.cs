using System.Security.Claims;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Auth;

/// <summary>Authorization policy names: one per curation role (the role or higher), plus token-aware API policies.</summary>
public static class Policies
{
    /// <summary>Signed in with the contributor role or higher.</summary>
    public const string Contributor = Roles.Contributor;

    /// <summary>Signed in with the expert role or higher.</summary>
    public const string Expert = Roles.Expert;

    /// <summary>Signed in with the editor role or higher.</summary>
    public const string Editor = Roles.Editor;

    /// <summary>Signed in as an admin.</summary>
    public const string Admin = Roles.Admin;

    /// <summary>Report APIs: an expert's session, or an API token with the reports scope.</summary>
    public const string Reports = "api-reports";

    /// <summary>The claim type an API token's scopes travel in.</summary>
    public const string ScopeClaim = "scope";

    /// <summary>The curation API: an API token with the <c>curate</c> scope (acting with its owner's role).</summary>
    public const string Curate = "api-curate";

    /// <summary>The import API: an API token with the <c>import</c> scope whose owner is an admin.</summary>
    public const string Import = "api-import";

    /// <summary>The token owner's current role (read with the token on every request; deliberately not a role claim).</summary>
    public const string TokenOwnerRoleClaim = "vocab_token_owner_role";

    /// <summary>The authentication type of principals made from API tokens.</summary>
    public const string TokenAuthenticationType = "token";

    /// <summary>The claim that names the token (the source of unmatched labels).</summary>
    public const string TokenNameClaim = "token_name";

    /// <summary>The user's single curation role (the highest; role claims list it and every lower one).</summary>
    public const string CurationRoleClaim = "vocab_role";

    /// <summary>The role a principal holds: its curation role claim, else reader.</summary>
    public static string RoleOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true ? user.FindFirstValue(CurationRoleClaim) ?? Roles.Reader : Roles.Reader;
    }

    /// <summary>The curation actor of a signed-in session; null for anonymous callers and for API tokens.</summary>
    public static CurationActor? ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity is not { IsAuthenticated: true } identity || identity.AuthenticationType == TokenAuthenticationType)
        {
            return null;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null ? null : new CurationActor(id, user.FindFirstValue(ClaimTypes.GivenName) ?? user.Identity.Name ?? id, RoleOf(user));
    }

    /// <summary>
    /// The actor for a curation API call: the owner of an API token with the <c>curate</c> scope, with the owner's current
    /// role; null for anything else (sessions use <see cref="ActorOf"/>).
    /// </summary>
    public static CurationActor? TokenActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity is not { IsAuthenticated: true, AuthenticationType: TokenAuthenticationType } || !user.HasClaim(ScopeClaim, TokenScopes.Curate))
        {
            return null;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = user.FindFirstValue(TokenOwnerRoleClaim) ?? Roles.Reader;
        return id is null ? null : new CurationActor(id, user.FindFirstValue(ClaimTypes.GivenName) ?? user.Identity.Name ?? id, role);
    }
}
