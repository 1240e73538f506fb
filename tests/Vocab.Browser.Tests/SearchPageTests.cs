using static Microsoft.Playwright.Assertions;

namespace Vocab.Browser.Tests;

public sealed class SearchPageTests(AppFixture app) : IAsyncDisposable
{
    /// <summary>Closes this test's pages (see <see cref="AppFixture.CloseTestPagesAsync"/>).</summary>
    public ValueTask DisposeAsync() => app.CloseTestPagesAsync();

    [Fact]
    public async Task Typing_HAADF_suggests_its_concepts_and_arrow_Enter_opens_one()
    {
        var page = await app.NewPageAsync();
        await app.GotoInteractiveAsync(page, "/");

        await page.Locator("#q").PressSequentiallyAsync("HAADF", new() { Delay = 30 });
        var options = page.Locator("#suggestions [role=option]");
        await Expect(options.First).ToBeVisibleAsync();
        await Expect(page.Locator("#suggestions a[href='/concept/technique/HAADFSTEM']")).ToBeVisibleAsync();
        await Expect(page.Locator("#q")).ToHaveAttributeAsync("aria-expanded", "true");

        // The list shown is the one for the whole word (an earlier prefix's list may still be on screen a moment).
        await Expect(page.Locator("#suggestions")).ToHaveAttributeAsync("data-for", "HAADF");
        await page.Locator("#q").PressAsync("ArrowDown");
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        var href = await options.First.Locator("a").GetAttributeAsync("href");
        var label = await options.First.Locator("a").InnerTextAsync();
        await page.Locator("#q").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(app.BaseUrl + href!.TrimStart('/'));
        await Expect(page.Locator("h1")).ToHaveTextAsync(label);
    }

    [Fact]
    public async Task Submitted_English_search_lists_the_concept_with_the_label_that_matched()
    {
        var page = await app.NewPageAsync();
        await app.GotoInteractiveAsync(page, "/");

        await page.Locator("#q").FillAsync("HAADF");
        await page.Locator("form.search button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "search?q=HAADF");
        var hit = page.Locator(".hits li").Filter(new() { Has = page.Locator("a.concept[href='/concept/technique/HAADFSTEM']") });
        await Expect(hit).ToBeVisibleAsync();
        await Expect(hit.Locator("mark")).ToHaveTextAsync("HAADF");
        await Expect(hit.Locator(".scheme")).ToHaveTextAsync("measurement techniques", new() { IgnoreCase = true, UseInnerText = true });
        await app.ScreenshotAsync(page, "search-en");
    }

    [Fact]
    public async Task Japanese_search_finds_terms_inside_labels_and_folds_kana_and_width()
    {
        var page = await app.NewPageAsync("ja-JP");
        await app.GotoInteractiveAsync(page, "/");

        // A Japanese term is usually in the middle of a longer label: suggestions must still come.
        await page.Locator("#q").PressSequentiallyAsync("高角度", new() { Delay = 30 });
        await Expect(page.Locator("#suggestions a[href='/concept/technique/HAADFSTEM']")).ToBeVisibleAsync();
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q=%E9%AB%98%E8%A7%92%E5%BA%A6$", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Expect(page.Locator(".hits a.concept[href='/concept/technique/HAADFSTEM']")).ToBeVisibleAsync();

        await app.GotoInteractiveAsync(page, "/search?q=" + Uri.EscapeDataString("電子顕微鏡"));
        await Expect(page.Locator(".hits a.concept[href='/concept/instrument/ElectronMicroscope']")).ToHaveTextAsync("電子顕微鏡");
        Assert.True(await page.Locator(".hits li").CountAsync() >= 3);
        await app.ScreenshotAsync(page, "search-ja");

        // Hiragana finds the katakana label, full-width Latin finds the ASCII one.
        await app.GotoInteractiveAsync(page, "/search?q=" + Uri.EscapeDataString("ばっくぐらうんど除去"));
        await Expect(page.Locator(".hits a.concept[href='/concept/analysis/BackgroundSubtraction']")).ToBeVisibleAsync();
        await app.GotoInteractiveAsync(page, "/search?q=" + Uri.EscapeDataString("ＨＡＡＤＦ"));
        await Expect(page.Locator(".hits a.concept[href='/concept/technique/HAADFSTEM']")).ToBeVisibleAsync();
    }
}
