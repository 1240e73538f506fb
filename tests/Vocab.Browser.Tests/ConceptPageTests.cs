using static Microsoft.Playwright.Assertions;

namespace Vocab.Browser.Tests;

public sealed class ConceptPageTests(AppFixture app) : IAsyncDisposable
{
    /// <summary>Closes this test's pages (see <see cref="AppFixture.CloseTestPagesAsync"/>).</summary>
    public ValueTask DisposeAsync() => app.CloseTestPagesAsync();

    [Fact]
    public async Task Concept_page_shows_labels_in_both_languages_and_its_hierarchy()
    {
        var page = await app.NewPageAsync();
        await app.GotoInteractiveAsync(page, "/concept/instrument/HAADFDetector");

        await Expect(page.Locator("h1")).ToHaveTextAsync("HAADF detector");
        await Expect(page.Locator("table.labels tr").Filter(new() { HasText = "高角度環状暗視野検出器" }).Locator("th")).ToHaveTextAsync("ja");
        await Expect(page.Locator("table.labels td[lang=en]").First).ToHaveTextAsync("HAADF detector");
        await Expect(page.Locator(".crumbs a[href='/concept/instrument/AnnularDarkFieldDetector']")).ToBeVisibleAsync();
        await Expect(page.Locator("a[href='/api/v1/concepts/instrument/HAADFDetector?format=ttl']")).ToBeVisibleAsync();
        await Expect(page.Locator("table.history tbody tr").First).ToContainTextAsync("import");
        await app.ScreenshotAsync(page, "concept-en");
    }

    [Fact]
    public async Task Narrower_tree_expands_in_place_and_its_links_navigate()
    {
        var page = await app.NewPageAsync("ja-JP");
        await app.GotoInteractiveAsync(page, "/concept/technique/ElectronMicroscopy");
        await Expect(page.Locator("h1")).ToHaveTextAsync("電子顕微鏡法");

        var node = page.Locator("ul.tree > li.node").Filter(new() { Has = page.Locator(":scope > button.twisty") }).First;
        var twisty = node.Locator(":scope > button.twisty");
        await twisty.ClickAsync();
        await Expect(twisty).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(node.Locator(":scope > ul[role=group] > li").First).ToBeVisibleAsync();
        await app.ScreenshotAsync(page, "concept-ja");

        var child = node.Locator(":scope > ul[role=group] > li > a").First;
        var (href, label) = (await child.GetAttributeAsync("href"), await child.InnerTextAsync());
        await child.ClickAsync();
        await Expect(page).ToHaveURLAsync(app.BaseUrl + href!.TrimStart('/'));
        await Expect(page.Locator("h1")).ToHaveTextAsync(label);
    }
}
