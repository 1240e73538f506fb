using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Vocab.Data;
using Vocab.Server.Web;

namespace Vocab.Server.Auth;

/// <summary>Account endpoints that are plain form posts rather than pages: sign-out.</summary>
public static class AccountEndpoints
{
    /// <summary>Maps <c>POST /Account/Logout</c> (antiforgery-checked form post; redirects to a local URL).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Binding a form field makes the antiforgery middleware validate the token: no cross-site sign-out.
        app.MapPost("/Account/Logout", async (SignInManager<VocabUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync().ConfigureAwait(false);
            return TypedResults.LocalRedirect(returnUrl is not null && WebSetup.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }).ExcludeFromDescription();
        return app;
    }
}
