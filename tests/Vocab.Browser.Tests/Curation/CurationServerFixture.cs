using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Vocab.Data;
using Vocab.Server;

namespace Vocab.Browser.Tests.Curation;

/// <summary>
/// A server of its own for the curation walk (started as <c>vocab serve</c> starts it, on a fresh SQLite file), so the
/// walk can create users of every role through UserManager and record unmatched labels without touching the store the
/// other browser tests read.
/// </summary>
public sealed class CurationServerFixture : IAsyncLifetime
{
    /// <summary>Every walk user's password.</summary>
    public const string Password = "walk-password-123";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "vocab-curation-walk-" + Guid.NewGuid().ToString("N")[..12]);
    private WebApplication? _app;

    /// <summary>Where the server listens, ending in "/".</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The server's services.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(AppFixture.ChromiumPath))
        {
            return;
        }

        Directory.CreateDirectory(_dir);
        _app = VocabHost.Build([], new VocabServerOptions
        {
            Store = Vocab.Data.StoreOptions.Parse(Path.Combine(_dir, "store.db")),
            Seed = true,
            Urls = "http://127.0.0.1:0",
        });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/') + "/";
    }

    /// <summary>Creates a user with a role (display name = user name).</summary>
    public Task CreateUserAsync(string name, string role) => TestUsers.EnsureAsync(Services, name, role, Password);

    /// <summary>The sign-in cookie of a user (see <see cref="TestUsers.SignInCookieAsync"/>).</summary>
    public Task<(string Name, string Value)> SignInCookieAsync(string name) => TestUsers.SignInCookieAsync(Services, name);

    /// <summary>A fresh page in <paramref name="app"/>'s browser, signed in here as a new user holding <paramref name="role"/>.</summary>
    public async Task<IPage> SignInAsync(AppFixture app, string name, string role, string locale = "en-US")
    {
        var page = await app.NewPageAsync(locale);
        await CreateUserAsync(name, role);
        await TestUsers.SignInAsync(page, Services, BaseUrl, name);
        return page;
    }

    /// <summary>Opens <paramref name="path"/> on this server and waits until the page is interactive.</summary>
    public async Task GotoAsync(IPage page, string path)
    {
        await page.GotoAsync(BaseUrl + path.TrimStart('/'));
        await AppFixture.WaitInteractiveAsync(page);
    }

    /// <summary>Creates a user and returns the curation actor it acts as.</summary>
    public Task<CurationActor> CreateAndActorAsync(string name, string role) => TestUsers.ActorAsync(Services, name, role, Password);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            // Open Blazor circuits (the shared browser's pages) would keep Kestrel's graceful stop waiting for its full timeout.
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(stop.Token);
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
