using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Vocab.Data;

namespace Vocab.Browser.Tests;

/// <summary>Users of a running test server, and browser contexts signed in as them.</summary>
public static class TestUsers
{
    /// <summary>Creates a user with a role (display name = user name) unless one of that name exists.</summary>
    public static async Task EnsureAsync(IServiceProvider services, string name, string role, string password)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VocabUser>>();
        if (await users.FindByNameAsync(name) is not null)
        {
            return;
        }

        var result = await users.CreateAsync(new VocabUser { UserName = name, DisplayName = name, Role = role, CreatedUtc = DateTime.UtcNow }, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Creates a user unless it exists (as <see cref="EnsureAsync"/>) and returns the curation actor it acts as.</summary>
    public static async Task<CurationActor> ActorAsync(IServiceProvider services, string name, string role, string password)
    {
        await EnsureAsync(services, name, role, password);
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<VocabUser>>().FindByNameAsync(name);
        return new CurationActor(user!.Id, name, role);
    }

    /// <summary>
    /// The sign-in cookie of a user, made the way the cookie handler makes it (same claims factory, same data
    /// protection), so a browser context can start signed in without depending on the sign-in form.
    /// </summary>
    public static async Task<(string Name, string Value)> SignInCookieAsync(IServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<VocabUser>>();
        var user = await signIn.UserManager.FindByNameAsync(name) ?? throw new InvalidOperationException("no user " + name);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow }, IdentityConstants.ApplicationScheme);
        return (options.Cookie.Name!, options.TicketDataFormat.Protect(ticket));
    }

    /// <summary>Signs <paramref name="page"/>'s browser context in as <paramref name="name"/> on the server at <paramref name="baseUrl"/>.</summary>
    public static async Task SignInAsync(IPage page, IServiceProvider services, string baseUrl, string name)
    {
        var (cookie, value) = await SignInCookieAsync(services, name);
        await page.Context.AddCookiesAsync([new Cookie { Name = cookie, Value = value, Url = baseUrl, HttpOnly = true, SameSite = SameSiteAttribute.Lax }]);
    }
}
