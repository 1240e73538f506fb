using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Auth;

/// <summary>
/// Puts the user's curation role into the cookie as role claims for that role and every lower one, so
/// <c>[Authorize(Roles = "expert")]</c> admits editors and admins too, plus the display name.
/// </summary>
internal sealed class VocabClaimsFactory(UserManager<VocabUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<VocabUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(VocabUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(Policies.CurationRoleClaim, user.Role));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? user.Id : user.DisplayName));
        foreach (var role in Roles.All.Where(r => Roles.AtLeast(user.Role, r)))
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        return identity;
    }
}
