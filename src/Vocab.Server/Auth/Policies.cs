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
}
