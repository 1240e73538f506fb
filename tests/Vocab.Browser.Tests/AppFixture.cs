using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Vocab.Data;
using Vocab.Server;

[assembly: AssemblyFixture(typeof(Vocab.Browser.Tests.AppFixture))]

namespace Vocab.Browser.Tests;

/// <summary>
/// The real server, started the way <c>vocab serve</c> starts it (VocabHost.Build with explicit options, the host's
/// default Production environment, Kestrel on a free 127.0.0.1 port, a fresh SQLite file seeded from ontology/ unless
/// <c>VOCAB_BROWSER_DB</c> names another store), and one
/// headless Debian Chromium, shared by every test of the run.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "vocab-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private WebApplication? _app;
    private IPlaywright? _playwright;
    // Every open browser context, with the unique id of the test that opened it.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IBrowserContext, string> _contexts = new();

    /// <summary>Where the server listens, ending in "/".</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The browser, or null when Chromium is not installed (tests then skip).</summary>
    public IBrowser? Browser { get; private set; }

    /// <summary>The environment the host runs in (Production unless ASPNETCORE_ENVIRONMENT says otherwise).</summary>
    public string EnvironmentName => _app?.Environment.EnvironmentName ?? "";

    /// <summary>The running server's services (to act as another user or process would, beside the browser).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("the server is not started");

    /// <summary>Screenshots go to artifacts/screenshots at the repository root (git-ignored).</summary>
    public string ScreenshotDirectory { get; } = FindScreenshotDirectory();

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        Directory.CreateDirectory(_dir);
        Directory.CreateDirectory(ScreenshotDirectory);
        // VOCAB_BROWSER_DB points the run at an existing store (e.g. one with EDICT imported) to measure a big one.
        var db = Environment.GetEnvironmentVariable("VOCAB_BROWSER_DB") is { Length: > 0 } given ? given : Path.Combine(_dir, "store.db");
        var options = new VocabServerOptions
        {
            Store = StoreOptions.Parse(db),
            Seed = true,
            Urls = "http://127.0.0.1:0",
        };
        _app = VocabHost.Build([], options);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/') + "/";

        // Generous: the machine may be busy building beside the tests; a passing expectation returns at once anyway.
        Assertions.SetDefaultExpectTimeout(45_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (own cookies) 1280 pixels wide, with the given browser language.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-US")
    {
        if (Browser is null)
        {
            Assert.Skip($"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium)");
        }

        var context = await Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 1280, Height = 800 } });
        _contexts[context] = TestContext.Current.Test?.UniqueID ?? "";
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(45_000);
        return page;
    }

    /// <summary>
    /// Closes the pages the current test opened; every test class calls it from its DisposeAsync. Left open, finished
    /// tests' pages piled up (75 Chromium processes by the end) and Chromium took 150–190 % of the two cores for most of
    /// the run, against 10–25 % for the servers under test; the run took three times as long. When the test failed, each
    /// page is saved first as artifacts/screenshots/failed/{test}-{n}.png.
    /// </summary>
    public async ValueTask CloseTestPagesAsync()
    {
        var test = TestContext.Current.Test;
        var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
        var n = 0;
        foreach (var (context, owner) in _contexts)
        {
            if (owner != (test?.UniqueID ?? "") || !_contexts.TryRemove(context, out _))
            {
                continue;
            }

            if (failed && test is not null)
            {
                foreach (var page in context.Pages)
                {
                    var name = string.Concat(test.TestDisplayName.Split(Path.GetInvalidFileNameChars())).Replace(' ', '_');
                    await ScreenshotAsync(page, Path.Combine("failed", $"{name[..Math.Min(name.Length, 120)]}-{++n}"));
                }
            }

            await context.CloseAsync();
        }
    }

    /// <summary>
    /// Closes every page still open, whichever test opened it: a measurement does this first, so that no other test's
    /// circuits share the two cores with it.
    /// </summary>
    public async Task CloseAllPagesAsync()
    {
        foreach (var context in _contexts.Keys)
        {
            if (_contexts.TryRemove(context, out _))
            {
                await context.CloseAsync();
            }
        }
    }

    /// <summary>Opens a page and waits until its circuit is connected; returns the time that took.</summary>
    public async Task<TimeSpan> GotoInteractiveAsync(IPage page, string path)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await page.GotoAsync(BaseUrl + path.TrimStart('/'));
        await WaitInteractiveAsync(page);
        return System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Waits for the layout's data-interactive flag: input before the circuit connects would be lost.</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        page.Locator(".app[data-interactive='true']").WaitForAsync();

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/{name}.png.</summary>
    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
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

    private static string FindScreenshotDirectory([CallerFilePath] string source = "")
    {
        // The build output may live outside the tree (--artifacts-path), so the source file's own path finds the root.
        foreach (var start in new[] { Path.GetDirectoryName(source), AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Vocab.sln")))
                {
                    return Path.Combine(dir.FullName, "artifacts", "screenshots");
                }
            }
        }

        return Path.Combine(Path.GetTempPath(), "vocab-screenshots");
    }
}
