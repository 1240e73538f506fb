using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Vocab.Data;

namespace Vocab.Server.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer vcb_…</c> API tokens. The principal carries the owner's id, the token's name
/// and scopes, and the owner's current role under its own claim type (never a role claim): a token can only do what its
/// scopes allow, and never act as its owner in the web app.
/// </summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var validated = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted).ConfigureAwait(false);
        if (validated is null)
        {
            return AuthenticateResult.Fail("the API token is unknown, revoked or expired");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, validated.User.Id),
            new(ClaimTypes.Name, validated.User.UserName ?? validated.User.Id),
            new(Policies.TokenNameClaim, validated.Token.Name),
            new(Policies.TokenOwnerRoleClaim, validated.User.Role),
            new(ClaimTypes.GivenName, validated.User.DisplayName is { Length: > 0 } display ? display : validated.User.UserName ?? validated.User.Id),
        };
        claims.AddRange(validated.Token.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(Policies.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Policies.TokenAuthenticationType));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"vocab\"";
        return Task.CompletedTask;
    }
}
