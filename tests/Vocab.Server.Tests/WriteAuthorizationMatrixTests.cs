using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary>
/// Every endpoint that takes a POST (or any other non-GET method), for anonymous callers, every role's session and
/// every token scope: who gets past authorization. A new write route without a line here fails the coverage test.
/// Requests carry harmless bodies (an unknown proposal, an empty document), so a caller that is let in gets a 2xx or a
/// 4xx about the input, never 401/403.
/// </summary>
public sealed class WriteAuthorizationMatrixTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private const string Anyone = "anonymous";
    private const string Curate = "token:curate";
    private const string ImportAdmin = "token:import+admin";
    private const string Forms = "forms";

    // Route pattern → a sample request and who may pass authorization.
    private static readonly Dictionary<string, (string Url, string Body, string ContentType, string Who)> Matrix = new(StringComparer.Ordinal)
    {
        ["POST /api/v1/normalize"] = ("/api/v1/normalize", """{"labels":["HAADF"]}""", "application/json", Anyone),
        ["POST /api/v1/datasets/normalize"] = ("/api/v1/datasets/normalize", """{"format":"json","content":"{}"}""", "application/json", Anyone),
        ["POST /reconcile"] = ("/reconcile", "queries=%7B%7D", "application/x-www-form-urlencoded", Anyone),
        ["POST /api/v1/proposals"] = ("/api/v1/proposals", """{"kind":"AddLabel","operations":[]}""", "application/json", Curate),
        ["POST /api/v1/proposals/{id:long}/votes"] = ("/api/v1/proposals/999999/votes", """{"value":1}""", "application/json", Curate),
        ["POST /api/v1/proposals/{id:long}/comments"] = ("/api/v1/proposals/999999/comments", """{"body":"x"}""", "application/json", Curate),
        ["POST /api/v1/proposals/{id:long}/decision"] = ("/api/v1/proposals/999999/decision", """{"accept":false,"reason":"x"}""", "application/json", Curate),
        ["POST /api/v1/proposals/{id:long}/withdraw"] = ("/api/v1/proposals/999999/withdraw", "{}", "application/json", Curate),
        ["POST /api/v1/proposals/{id:long}/refresh"] = ("/api/v1/proposals/999999/refresh", "{}", "application/json", Curate),
        ["POST /api/v1/import"] = ("/api/v1/import", "", "text/turtle", ImportAdmin),

        // Server-rendered forms: guarded by antiforgery (a post without the token is refused before anything runs).
        ["POST /Account/Logout"] = ("/Account/Logout", "", "application/x-www-form-urlencoded", Forms),
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Matrix_coversEveryWriteRoute()
    {
        _ = factory.Server;
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m != "GET" && m != "HEAD")
                .Select(m => m + " " + (e.RoutePattern.RawText is { Length: > 1 } r ? r.TrimEnd('/') : e.RoutePattern.RawText)))
            .Where(r => !r.Contains(" /_", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        // The reconciliation service's CORS preflight answers anyone by design (the W3C API is public).
        var missing = routes.Where(r => !Matrix.ContainsKey(r) && r != "OPTIONS /reconcile/{**path}").ToList();
        Assert.True(missing.Count == 0, "write routes without a line in the matrix: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task EveryWriteRoute_forEverySessionAndToken_letsInExactlyWhoItShould()
    {
        var callers = new List<(string Name, HttpClient Client)> { (Anyone, NoRedirect()) };
        foreach (var role in new[] { Roles.Reader, Roles.Contributor, Roles.Expert, Roles.Editor, Roles.Admin })
        {
            callers.Add(("session:" + role, await factory.SignedInClientAsync(role)));
        }

        foreach (var scope in TokenScopes.All)
        {
            foreach (var role in new[] { Roles.Contributor, Roles.Admin })
            {
                var client = NoRedirect();
                client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(role, [scope]));
                callers.Add(($"token:{scope}:{role}", client));
            }
        }

        var failures = new List<string>();
        foreach (var (name, client) in callers)
        {
            foreach (var (route, (url, body, type, who)) in Matrix)
            {
                var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, type), Ct);
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString() is { } to && to.Contains("/Account/", StringComparison.Ordinal));
                var shouldPass = who switch
                {
                    Anyone => true,
                    Curate => name.StartsWith("token:curate:", StringComparison.Ordinal),
                    ImportAdmin => name == "token:import:" + Roles.Admin,
                    _ => false,
                };

                // A form post without its antiforgery token is a 400 for everyone: nothing runs.
                if (who == Forms)
                {
                    refused = response.StatusCode == HttpStatusCode.BadRequest || refused;
                }

                // The curate routes answer 403 problem JSON for rule refusals too (a contributor deciding): only 401 or a
                // 403 without a problem body is an authorization refusal there.
                if (who == Curate && shouldPass && response.StatusCode == HttpStatusCode.Forbidden
                    && response.Content.Headers.ContentType?.MediaType == "application/problem+json")
                {
                    refused = false;
                }

                if (refused == shouldPass)
                {
                    failures.Add($"{name} {route}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/propose")]
    [InlineData("/review")]
    [InlineData("/admin")]
    [InlineData("/account/tokens")]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Register")]
    public async Task PageFormPost_withoutAntiforgeryToken_isRefusedForEveryone(string page)
    {
        // Pages take their own form posts (server-rendered forms); without the antiforgery token nothing runs, whoever posts.
        foreach (var client in new[] { NoRedirect(), await factory.SignedInClientAsync(Roles.Admin) })
        {
            var response = await client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "x" }), Ct);
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Redirect,
                $"POST {page}: {(int)response.StatusCode}");
            Assert.False(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/Account/", StringComparison.Ordinal) != true,
                $"POST {page} redirected to {response.Headers.Location}");
        }
    }

    private HttpClient NoRedirect() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
