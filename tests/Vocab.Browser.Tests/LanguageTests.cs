using static Microsoft.Playwright.Assertions;

namespace Vocab.Browser.Tests;

public sealed class LanguageTests(AppFixture app)
{
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
