using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary>Accounts, sign-in and API tokens for server tests: real Identity users, the real login form, real tokens.</summary>
public static partial class ServerAuth
{
    public const string Password = "correct horse battery";

    /// <summary>Creates a user with <paramref name="role"/> (name unique per call unless given).</summary>
    public static async Task<VocabUser> CreateUserAsync(this WebApplicationFactory<Program> factory, string role, string? name = null)
    {
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VocabUser>>();
        var user = new VocabUser { UserName = name ?? role + "-" + Guid.NewGuid().ToString("N")[..8], DisplayName = "Test " + role, Role = role, CreatedUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>A client signed in through the real login form (antiforgery token included), cookies kept.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> factory, string role)
    {
        var user = await factory.CreateUserAsync(role);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsync("/Account/Login", await LoginFormAsync(client, user.UserName!, Password), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The login form's fields, with the antiforgery token from a GET of the page.</summary>
    public static Task<FormUrlEncodedContent> LoginFormAsync(HttpClient client, string userName, string password) =>
        FormAsync(client, "/Account/Login", "login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });

    /// <summary>A server-rendered form's post: <paramref name="fields"/>, its handler name and the page's antiforgery token.</summary>
    public static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return new FormUrlEncodedContent(fields);
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string AntiforgeryToken(string html) =>
        WebUtility.HtmlDecode(TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery token on the page"));

    /// <summary>Creates an API token for a new user of <paramref name="role"/>.</summary>
    public static async Task<string> CreateTokenAsync(this WebApplicationFactory<Program> factory, string role, string[] scopes, DateTime? expiresUtc = null)
    {
        var user = await factory.CreateUserAsync(role);
        var tokens = factory.Services.GetRequiredService<ApiTokenService>();
        var created = await tokens.CreateAsync(user.Id, "pipeline-" + role, scopes, expiresUtc, TestContext.Current.CancellationToken);
        return created!.Value.Secret;
    }

    /// <summary>A client (no redirects followed) that sends a new API token of a new user of <paramref name="role"/>.</summary>
    public static async Task<HttpClient> TokenClientAsync(this WebApplicationFactory<Program> factory, string role, params string[] scopes)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(role, scopes));
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
