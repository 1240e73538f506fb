using static Microsoft.Playwright.Assertions;

namespace Vocab.Browser.Tests;

/// <summary>Register, sign out and sign in through the real forms (static server-rendered pages with antiforgery tokens).</summary>
public sealed class AccountFlowTests(AppFixture app) : IAsyncDisposable
{
    /// <summary>Closes this test's pages (see <see cref="AppFixture.CloseTestPagesAsync"/>).</summary>
    public ValueTask DisposeAsync() => app.CloseTestPagesAsync();

    [Fact]
    public async Task Register_signOut_signIn_throughTheForms()
    {
        var page = await app.NewPageAsync("en-US");
        var name = "walker" + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync(app.BaseUrl + "Account/Register");
        await page.FillAsync("#username", name);
        await page.FillAsync("#displayname", "Walker " + name);
        await page.FillAsync("#password", "a long enough passphrase");
        await page.FillAsync("#confirm", "a long enough passphrase");
        await page.ClickAsync("button[type=submit].primary");
        await AppFixture.WaitInteractiveAsync(page);
        await Expect(page.Locator(".account .who")).ToContainTextAsync("Walker " + name);

        await page.ClickAsync("#sign-out");
        await Expect(page.Locator("#sign-in")).ToBeVisibleAsync();

        await page.GotoAsync(app.BaseUrl + "Account/Login");
        await page.FillAsync("#username", name);
        await page.FillAsync("#password", "wrong password!");
        await page.ClickAsync("button[type=submit].primary");
        await Expect(page.Locator("#login-error")).ToBeVisibleAsync();

        await page.FillAsync("#username", name);
        await page.FillAsync("#password", "a long enough passphrase");
        await page.ClickAsync("button[type=submit].primary");
        await AppFixture.WaitInteractiveAsync(page);
        await Expect(page.Locator(".account .who")).ToContainTextAsync("Walker " + name);
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ScreenshotDirectory, "signed-in-en.png"), FullPage = true });
    }
}
