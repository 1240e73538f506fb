using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Vocab.Data;

namespace Vocab.Server.Auth;

/// <summary>
/// Re-checks an open Blazor circuit's user every minute: a disabled account, or one whose role changed (the admin page
/// renews the security stamp), loses its old rights in open pages too, not only on the next request.
/// </summary>
internal sealed class RevalidatingAuthState(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VocabUser>>();
        var user = await users.GetUserAsync(authenticationState.User).ConfigureAwait(false);
        if (user is null || user.Disabled)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user).ConfigureAwait(false);
    }
}
