using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Data;

namespace Vocab.Server.Tests.Curation;

/// <summary>
/// The real server over a fresh store (<see cref="TestStore"/>), plus a test-only <c>/test/sign-in?user=</c> that signs a user in through
/// the real SignInManager (so the cookie carries the same claims as a form sign-in), and users of every role.
/// </summary>
public sealed class CurationPagesFactory : WebApplicationFactory<Program>
{
    private readonly TestStore _store = TestStore.Create("vocab-curation-pages");
    private readonly SemaphoreSlim _users = new(1, 1);

    /// <summary>A client signed in as a user holding <paramref name="role"/> (created once per name), not following redirects.</summary>
    public async Task<HttpClient> SignedInClientAsync(string role, string? name = null, CancellationToken cancellationToken = default)
    {
        var user = await EnsureUserAsync(name ?? role + "-user", role);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/test/sign-in?user=" + Uri.EscapeDataString(user.UserName!), cancellationToken);
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>The user named <paramref name="name"/>, created with <paramref name="role"/> when missing.</summary>
    public async Task<VocabUser> EnsureUserAsync(string name, string role)
    {
        await _users.WaitAsync();
        try
        {
            return await EnsureUserAsync(Services, name, role);
        }
        finally
        {
            _users.Release();
        }
    }

    /// <summary>The user named <paramref name="name"/> in the store behind <paramref name="services"/> (any test server), created with <paramref name="role"/> when missing.</summary>
    public static async Task<VocabUser> EnsureUserAsync(IServiceProvider services, string name, string role)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VocabUser>>();
        if (await users.FindByNameAsync(name) is { } existing)
        {
            return existing;
        }

        var user = new VocabUser { UserName = name, DisplayName = name, Role = role, CreatedUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, "correct-horse-battery");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>The curation actor of a user.</summary>
    public static CurationActor ActorOf(VocabUser user) => new(user.Id, user.DisplayName, user.Role);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Vocab:Db", _store.Db);
        builder.UseSetting("Vocab:Seed", "true");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestSignIn>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _users.Dispose();
            _store.Dispose();
        }
    }

    private sealed class TestSignIn : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, proceed) =>
            {
                if (context.Request.Path != "/test/sign-in")
                {
                    await proceed();
                    return;
                }

                var users = context.RequestServices.GetRequiredService<UserManager<VocabUser>>();
                var user = await users.FindByNameAsync(context.Request.Query["user"].ToString());
                if (user is null)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await context.RequestServices.GetRequiredService<SignInManager<VocabUser>>().SignInAsync(user, isPersistent: false);
                context.Response.StatusCode = StatusCodes.Status204NoContent;
            });
            next(app);
        };
    }
}
