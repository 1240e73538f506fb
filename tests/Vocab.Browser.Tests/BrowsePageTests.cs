using static Microsoft.Playwright.Assertions;

namespace Vocab.Browser.Tests;

public sealed class BrowsePageTests(AppFixture app) : IAsyncDisposable
{
    /// <summary>Closes this test's pages (see <see cref="AppFixture.CloseTestPagesAsync"/>).</summary>
    public ValueTask DisposeAsync() => app.CloseTestPagesAsync();

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("ja-JP", "ja")]
    public async Task Scheme_tree_opens_lazily_node_by_node(string locale, string name)
    {
        var page = await app.NewPageAsync(locale);
        await app.GotoInteractiveAsync(page, "/browse");
        var scheme = page.Locator("li.node[data-iri='https://w3id.org/vocab/technique']");
        await Expect(scheme.Locator(":scope > .count")).ToBeVisibleAsync();
        Assert.Equal(0, await scheme.Locator("ul").CountAsync());

        await scheme.Locator(":scope > button.twisty").ClickAsync();
        var top = scheme.Locator(":scope > ul[role=group] > li.node").Filter(new() { Has = page.Locator(":scope > button.twisty") }).First;
        await Expect(top).ToBeVisibleAsync();
        await top.Locator(":scope > button.twisty").ClickAsync();
        await Expect(top.Locator(":scope > ul[role=group] > li").First).ToBeVisibleAsync();
        await Expect(top.Locator(":scope > button.twisty")).ToHaveAttributeAsync("aria-expanded", "true");
        await app.ScreenshotAsync(page, "browse-" + name);

        await scheme.Locator(":scope > button.twisty").ClickAsync();
        await Expect(scheme.Locator(":scope > ul")).ToHaveCountAsync(0);
    }
}
