using static Microsoft.Playwright.Assertions;

namespace Vocab.Browser.Tests;

public sealed class LanguageTests(AppFixture app) : IAsyncDisposable
{
    /// <summary>Closes this test's pages (see <see cref="AppFixture.CloseTestPagesAsync"/>).</summary>
    public ValueTask DisposeAsync() => app.CloseTestPagesAsync();

    [Fact]
    public async Task Switching_to_Japanese_translates_the_ui_and_survives_a_reload()
    {
        var page = await app.NewPageAsync("en-US");
        await app.GotoInteractiveAsync(page, "/concept/technique/HAADFSTEM");
        await Expect(page.Locator("nav.nav a").First).ToHaveTextAsync("Search");

        await page.Locator(".langs a[hreflang=ja]").ClickAsync();
        await page.WaitForURLAsync("**/concept/technique/HAADFSTEM");
        await AppFixture.WaitInteractiveAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        await Expect(page.Locator("nav.nav a").First).ToHaveTextAsync("検索");
        await Expect(page.Locator("h1")).ToHaveTextAsync("高角度環状暗視野走査透過電子顕微鏡法");

        await page.ReloadAsync();
        await AppFixture.WaitInteractiveAsync(page);
        await Expect(page.Locator("#labels-heading")).ToHaveTextAsync("ラベル");
        await Expect(page.Locator(".langs a[hreflang=ja]")).ToHaveAttributeAsync("aria-current", "true");

        await page.Locator(".langs a[hreflang=en]").ClickAsync();
        await AppFixture.WaitInteractiveAsync(page);
        await Expect(page.Locator("#labels-heading")).ToHaveTextAsync("Labels");
    }

    [Fact]
    public async Task Japanese_labels_in_the_English_ui_reach_the_interactive_circuit_too()
    {
        var page = await app.NewPageAsync("en-US");
        await app.GotoInteractiveAsync(page, "/search");

        // The choice in the footer: a full load sets it; then what the circuit renders (suggestions while typing)
        // must follow it as the prerendered page does, with the menus still in English.
        await page.Locator("#content-lang").SelectOptionAsync("ja");
        await page.RunAndWaitForResponseAsync(() => page.Locator(".content-lang button").ClickAsync(), r => r.Request.IsNavigationRequest && r.Url.EndsWith("/search", StringComparison.Ordinal));
        await AppFixture.WaitInteractiveAsync(page);
        await page.Locator("#q").PressSequentiallyAsync("HAADF", new() { Delay = 30 });
        await Expect(page.Locator("#suggestions")).ToHaveAttributeAsync("data-for", "HAADF");
        await Expect(page.Locator("#suggestions a[href='/concept/technique/HAADFSTEM']")).ToHaveTextAsync("高角度環状暗視野走査透過電子顕微鏡法");
        await Expect(page.Locator("nav.nav a").First).ToHaveTextAsync("Search");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.Locator("#content-lang").SelectOptionAsync("auto");
        await page.RunAndWaitForResponseAsync(() => page.Locator(".content-lang button").ClickAsync(), r => r.Request.IsNavigationRequest && r.Url.EndsWith("/search", StringComparison.Ordinal));
        await AppFixture.WaitInteractiveAsync(page);
        await page.Locator("#q").PressSequentiallyAsync("HAADF", new() { Delay = 30 });
        await Expect(page.Locator("#suggestions")).ToHaveAttributeAsync("data-for", "HAADF");
        await Expect(page.Locator("#suggestions a[href='/concept/technique/HAADFSTEM']")).ToHaveTextAsync("high-angle annular dark-field scanning transmission electron microscopy");
    }

    [Fact]
    public async Task Host_runs_like_vocab_serve_in_Production_and_is_interactive()
    {
        var page = await app.NewPageAsync();
        await app.GotoInteractiveAsync(page, "/");

        // The static web assets of Vocab.Server are not wired for this entry assembly in Production: the script and
        // stylesheet must still come (from the assembly), or the circuit would never have connected above.
        Assert.Equal("Production", app.EnvironmentName);
        var css = await page.APIRequest.GetAsync(app.BaseUrl + "app.css");
        Assert.Equal(200, css.Status);
    }
}
