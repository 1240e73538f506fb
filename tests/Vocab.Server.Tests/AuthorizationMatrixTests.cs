using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core.Curation;

namespace Vocab.Server.Tests;

/// <summary>
/// Every GET endpoint and page, for anonymous callers and every role: who is let in and who is refused. A route that is
/// added without a line here fails <see cref="Matrix_coversEveryGetRoute"/>, so nothing new ships unchecked.
/// </summary>
public sealed class AuthorizationMatrixTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private const string Anyone = "anonymous";
    private const string SignedIn = "signed-in";

    /// <summary>Token-only routes: no session opens them, a token with this scope does.</summary>
    private const string CurateToken = "token:curate";

    // Route pattern → a sample URL and the least role that may open it.
    private static readonly Dictionary<string, (string Url, string Least)> Matrix = new(StringComparer.Ordinal)
    {
        ["/"] = ("/", Anyone),
        ["/search"] = ("/search?q=HAADF", Anyone),
        ["/browse"] = ("/browse", Anyone),
        ["/browse/{*Scheme}"] = ("/browse/technique", Anyone),
        ["/concept/{*Id}"] = ("/concept/technique/HAADFSTEM", Anyone),
        ["/dashboard"] = ("/dashboard", Anyone),
        ["/proposals/{Id:long}"] = ("/proposals/999999", Anyone),
        ["/propose"] = ("/propose", Roles.Contributor),
        ["/review"] = ("/review", Roles.Expert),
        ["/unmatched"] = ("/unmatched", Roles.Expert),
        ["/me"] = ("/me", SignedIn),
        ["/account/tokens"] = ("/account/tokens", SignedIn),
        ["/admin"] = ("/admin", Roles.Admin),
        ["/Account/Login"] = ("/Account/Login", Anyone),
        ["/Account/Register"] = ("/Account/Register", Anyone),
        ["/Account/AccessDenied"] = ("/Account/AccessDenied", Anyone),
        ["/culture"] = ("/culture?c=ja&redirect=/", Anyone),
        ["/content-language"] = ("/content-language?l=ja&redirect=/", Anyone),
        ["/health"] = ("/health", Anyone),
        ["/ready"] = ("/ready", Anyone),
        ["/metrics"] = ("/metrics", Anyone),
        ["/openapi/{documentName}.json"] = ("/openapi/v1.json", Anyone),
        ["/api/v1/changes"] = ("/api/v1/changes?since=0&limit=1", Anyone),
        ["/api/v1/changes/{seq:long}"] = ("/api/v1/changes/1", Anyone),
        ["/not-found"] = ("/not-found", Anyone),
        ["/api/v1/concepts/{**id}"] = ("/api/v1/concepts/technique/HAADFSTEM", Anyone),
        ["/vocab/{**path}"] = ("/vocab/technique/HAADFSTEM?format=ttl", Anyone),
        ["/concepts/{**path}"] = ("/concepts/technique/HAADFSTEM?format=ttl", Anyone),
        ["/api/v1/normalize"] = ("/api/v1/normalize?label=HAADF", Anyone),
        ["/api/v1/search"] = ("/api/v1/search?q=HAADF", Anyone),
        ["/api/v1/autocomplete"] = ("/api/v1/autocomplete?prefix=HA", Anyone),
        ["/api/v1/unmatched"] = ("/api/v1/unmatched", Roles.Expert),
        ["/api/v1/proposals"] = ("/api/v1/proposals", CurateToken),
        ["/api/v1/proposals/{id:long}"] = ("/api/v1/proposals/999999", CurateToken),
        ["/reconcile"] = ("/reconcile", Anyone),
        ["/reconcile/suggest/entity"] = ("/reconcile/suggest/entity?prefix=HA", Anyone),
        ["/reconcile/preview"] = ("/reconcile/preview?id=https%3A%2F%2Fw3id.org%2Fvocab%2Ftechnique%2FHAADFSTEM", Anyone),
    };

    private static readonly string[] Callers = [Anyone, Roles.Reader, Roles.Contributor, Roles.Expert, Roles.Editor, Roles.Admin];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Matrix_coversEveryGetRoute()
    {
        _ = factory.Server;
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>() is { } methods && methods.HttpMethods.Contains("GET"))
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(r => !r.StartsWith("/_", StringComparison.Ordinal) && !r.StartsWith('_'))
            .Select(r => r.Length > 1 ? r.TrimEnd('/') : r)
            .Distinct()
            .ToList();

        var missing = routes.Where(r => !Matrix.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, "routes without a line in the matrix: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task EveryRoute_forEveryCaller_letsInExactlyTheRolesItShould()
    {
        var failures = new List<string>();
        foreach (var caller in Callers)
        {
            var client = caller == Anyone
                ? factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                : await factory.SignedInClientAsync(caller);
            foreach (var (route, (url, least)) in Matrix)
            {
                var response = await client.GetAsync(url, Ct);
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString() is { } to
                        && (to.Contains("/Account/Login", StringComparison.Ordinal) || to.Contains("/Account/AccessDenied", StringComparison.Ordinal)));
                var shouldPass = least switch
                {
                    Anyone => true,
                    SignedIn => caller != Anyone,
                    CurateToken => false,
                    _ => caller != Anyone && Roles.AtLeast(caller, least),
                };

                // The access-denied page answers 403 by design, to everyone.
                if (route == "/Account/AccessDenied")
                {
                    refused = response.StatusCode != HttpStatusCode.Forbidden;
                }

                if (refused == shouldPass)
                {
                    failures.Add($"{caller} GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("normalize")]
    [InlineData("reports")]
    [InlineData("curate")]
    [InlineData("import")]
    public async Task EveryRoute_forAnApiToken_opensPublicRoutesAndItsScopeOnly(string scope)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(Roles.Admin, [scope]));
        var failures = new List<string>();
        foreach (var (route, (url, least)) in Matrix.Where(m => m.Key != "/Account/AccessDenied"))
        {
            var response = await client.GetAsync(url, Ct);
            var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString() is { } to && to.Contains("/Account/", StringComparison.Ordinal));

            // A token never acts as its owner in the web app, even an admin's; it opens public routes and its scope.
            var shouldPass = least == Anyone || (route == "/api/v1/unmatched" && scope == "reports") || (least == CurateToken && scope == "curate");
            if (refused == shouldPass)
            {
                failures.Add($"token[{scope}] GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.Empty(failures);
    }
}
