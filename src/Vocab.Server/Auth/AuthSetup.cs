using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Vocab.Core.Curation;
using Vocab.Data;
using Vocab.Server.Hosting;

namespace Vocab.Server.Auth;

/// <summary>
/// Accounts and authorization: ASP.NET Core Identity on the store (cookies for the web app), API tokens for pipelines,
/// one policy per curation role, the curation service and the first admin from configuration.
/// </summary>
public static class AuthSetup
{
    private const string SelectorScheme = "vocab";

    /// <summary>Adds authentication, authorization, Identity, API tokens and curation.</summary>
    public static IServiceCollection AddVocabAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultChallengeScheme = SelectorScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(SelectorScheme, "cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/Account/Login";
                o.LogoutPath = "/Account/Logout";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.Cookie.Name = "vocab.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromDays(14);

                // APIs answer 401/403; only pages redirect to the sign-in form.
                o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
            }));

        services.AddVocabIdentityCore()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<VocabClaimsFactory>()
            .AddDefaultTokenProviders();

        // A disabled account or a role change takes effect within a minute on every open session.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingAuthState>();

        // Replicas behind one proxy must read each other's cookies and antiforgery tokens: give them one key ring.
        var dataProtection = services.AddDataProtection().SetApplicationName("vocab");
        if (configuration["Vocab:DataProtection:KeysPath"] is { Length: > 0 } keys)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        // A plain [Authorize] means a signed-in person: an API token is authenticated too, but never opens a page.
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(c => c.User.Identity?.AuthenticationType != Policies.TokenAuthenticationType)
                .Build())
            .AddPolicy(Policies.Contributor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Contributor))
            .AddPolicy(Policies.Expert, p => p.RequireAuthenticatedUser().RequireRole(Roles.Expert))
            .AddPolicy(Policies.Editor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Editor))
            .AddPolicy(Policies.Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .AddPolicy(Policies.Reports, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                c.User.HasClaim(Policies.ScopeClaim, TokenScopes.Reports)
                || (c.User.Identity?.AuthenticationType != Policies.TokenAuthenticationType && c.User.IsInRole(Roles.Expert))))
            // The JSON write APIs take API tokens only: no cookie, so no cross-site request can reach them.
            .AddPolicy(Policies.Curate, p => p.RequireAuthenticatedUser().RequireAssertion(c => Policies.TokenActorOf(c.User) is not null))
            .AddPolicy(Policies.Import, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                c.User.Identity?.AuthenticationType == Policies.TokenAuthenticationType
                && c.User.HasClaim(Policies.ScopeClaim, TokenScopes.Import)
                && c.User.HasClaim(Policies.TokenOwnerRoleClaim, Roles.Admin)));

        var autoAccept = configuration.GetSection("Vocab:Curation:AutoAccept");
        services.AddSingleton<ILabelLookup, IndexLabelLookup>();
        services.AddVocabCuration(new CurationOptions
        {
            AutoAccept = new AutoAcceptRule(
                autoAccept.GetValue("Enabled", true),
                autoAccept.GetValue("NetExpertVotes", 3),
                autoAccept.GetValue("BlockedByExpertObjection", true)),
        }, Web.Curation.ProposalTitleText.English);
        services.AddHostedService<FirstAdmin>();
        return services;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (Operations.OperationsSetup.IsPublicApi(context.Request.Path))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Finds label owners through the label index (normalized and exact tiers), for the clash check.</summary>
internal sealed class IndexLabelLookup(LabelIndexService index) : ILabelLookup
{
    public IEnumerable<string> ConceptsWithKey(string key)
    {
        if (!index.Ready)
        {
            return [];
        }

        var result = index.Index.Match(key, new Vocab.Index.MatchOptions { Limit = 50 });
        return result.Candidates
            .Where(c => c.MatchType is Vocab.Index.MatchType.Exact or Vocab.Index.MatchType.Normalized)
            .Select(c => c.ConceptIri);
    }
}
