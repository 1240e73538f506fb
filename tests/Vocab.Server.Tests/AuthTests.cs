using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary>Sign-in, registration, role checks on pages and APIs, and API tokens.</summary>
public sealed class AuthTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient NoRedirect() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Login_rightPassword_setsCookieAndShowsTheUser()
    {
        var client = await factory.SignedInClientAsync(Roles.Expert);

        var home = await client.GetStringAsync("/search", Ct);

        Assert.Contains("Test expert", home, StringComparison.Ordinal);
        Assert.Contains("action=\"/Account/Logout\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_wrongPassword_showsErrorAndSetsNoCookie()
    {
        var user = await factory.CreateUserAsync(Roles.Expert);
        var client = NoRedirect();

        var response = await client.PostAsync("/Account/Login", await ServerAuth.LoginFormAsync(client, user.UserName!, "not the password"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("login-error", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("vocab.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_withoutAntiforgeryToken_isRejected()
    {
        var user = await factory.CreateUserAsync(Roles.Expert);
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "login", ["Input.UserName"] = user.UserName!, ["Input.Password"] = ServerAuth.Password });

        var response = await NoRedirect().PostAsync("/Account/Login", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/account/tokens")]
    public async Task GuardedPage_anonymous_redirectsToSignIn(string path)
    {
        var response = await NoRedirect().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_nonAdmin_isDenied_admin_isServed()
    {
        var editor = await factory.SignedInClientAsync(Roles.Editor);
        var denied = await editor.GetAsync("/admin", Ct);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("http://localhost/Account/AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);

        var admin = await factory.SignedInClientAsync(Roles.Admin);
        var page = await admin.GetAsync("/admin", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"users\"", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_withoutAntiforgeryToken_isRejected()
    {
        var client = await factory.SignedInClientAsync(Roles.Contributor);

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unmatched_anonymous_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await NoRedirect().GetAsync("/api/v1/unmatched", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("reports", HttpStatusCode.OK)]
    [InlineData("normalize", HttpStatusCode.Forbidden)]
    public async Task Unmatched_token_needsReportsScope(string scope, HttpStatusCode expected)
    {
        var token = await factory.CreateTokenAsync(Roles.Contributor, [scope]);
        var client = NoRedirect();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(expected, (await client.GetAsync("/api/v1/unmatched", Ct)).StatusCode);
    }

    [Fact]
    public async Task Unmatched_expertSession_200_contributorSession_403()
    {
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignedInClientAsync(Roles.Expert)).GetAsync("/api/v1/unmatched", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInClientAsync(Roles.Contributor)).GetAsync("/api/v1/unmatched", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("revoked")]
    [InlineData("expired")]
    [InlineData("tampered")]
    [InlineData("disabled")]
    public async Task Token_revokedExpiredTamperedOrOwnerDisabled_401(string how)
    {
        var tokens = factory.Services.GetRequiredService<ApiTokenService>();
        var user = await factory.CreateUserAsync(Roles.Expert);
        var created = await tokens.CreateAsync(user.Id, "pipe", [TokenScopes.Reports], how == "expired" ? DateTime.UtcNow.AddSeconds(-1) : null, Ct);
        var secret = created!.Value.Secret;
        if (how == "revoked")
        {
            Assert.True(await tokens.RevokeAsync(user.Id, created.Value.Token.Id, cancellationToken: Ct));
        }
        else if (how == "tampered")
        {
            secret = secret[..^2] + (secret[^2] == 'A' ? "BB" : "AA");
        }
        else if (how == "disabled")
        {
            await using var db = factory.Services.GetRequiredService<VocabDatabase>().CreateContext();
            var row = await db.Users.FindAsync([user.Id], Ct);
            row!.Disabled = true;
            await db.SaveChangesAsync(Ct);
        }

        var client = NoRedirect();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/unmatched", Ct)).StatusCode);
    }

    [Fact]
    public async Task Token_isStoredOnlyAsItsHash()
    {
        var token = await factory.CreateTokenAsync(Roles.Contributor, [TokenScopes.Normalize]);
        // vcb_<id>_<secret>: the secret is base64url and may itself contain '_'.
        var secret = token[(token.IndexOf('_', "vcb_".Length) + 1)..];

        // The SQLite file and WAL byte for byte, or every row of every PostgreSQL table.
        var stored = await factory.Store.ReadEverythingAsync(Ct);

        Assert.Contains("pipeline-" + Roles.Contributor, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Normalize_withToken_recordsTheTokenAsSource()
    {
        var token = await factory.CreateTokenAsync(Roles.Contributor, [TokenScopes.Normalize]);
        var client = NoRedirect();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.PostAsJsonAsync("/api/v1/normalize", new { labels = new[] { "zzqx unheard-of label" }, source = "run-7" }, Ct);
        response.EnsureSuccessStatusCode();
        var recorder = factory.Services.GetRequiredService<UnmatchedLabelRecorder>();
        await recorder.FlushAsync(Ct);

        var entry = (await recorder.ReadTopAsync(1000, 0, Ct)).Single(e => e.Samples.Contains("zzqx unheard-of label"));
        Assert.Contains("token:pipeline-contributor/run-7", entry.Sources.Keys);
    }

    [Fact]
    public async Task Register_inviteOnly_needsAValidCode()
    {
        using var server = new VocabServerFactory();
        var settings = server.Services.GetRequiredService<SiteSettingsService>();
        await settings.SetRegistrationOpenAsync(false, Ct);
        var client = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var refused = await client.PostAsync("/Account/Register", await RegisterFormAsync(client, "newcomer", null), Ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("register-errors", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var code = await settings.InviteAsync("admin", Roles.Expert, TimeSpan.FromDays(1), Ct);
        var accepted = await client.PostAsync("/Account/Register", await RegisterFormAsync(client, "newcomer", code), Ct);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await using var db = server.Services.GetRequiredService<VocabDatabase>().CreateContext();
        Assert.Equal(Roles.Expert, db.Users.Single(u => u.UserName == "newcomer").Role);

        // An invitation works once.
        var other = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var again = await other.PostAsync("/Account/Register", await RegisterFormAsync(other, "second", code), Ct);
        Assert.Contains("register-errors", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_open_createsAContributor()
    {
        var client = NoRedirect();
        var name = "reg-" + Guid.NewGuid().ToString("N")[..8];

        var response = await client.PostAsync("/Account/Register", await RegisterFormAsync(client, name, null), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Services.GetRequiredService<VocabDatabase>().CreateContext();
        Assert.Equal(Roles.Contributor, db.Users.Single(u => u.UserName == name).Role);
    }

    private static Task<FormUrlEncodedContent> RegisterFormAsync(HttpClient client, string name, string? invitation)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.UserName"] = name,
            ["Input.DisplayName"] = name,
            ["Input.Password"] = ServerAuth.Password,
            ["Input.ConfirmPassword"] = ServerAuth.Password,
        };
        if (invitation is not null)
        {
            fields["Input.Invitation"] = invitation;
        }

        return ServerAuth.FormAsync(client, "/Account/Register", "register", fields);
    }
}
