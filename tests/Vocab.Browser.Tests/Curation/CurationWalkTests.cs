using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vocab.Core.Curation;
using Vocab.Data;
using static Microsoft.Playwright.Assertions;

namespace Vocab.Browser.Tests.Curation;

/// <summary>
/// The curation walk in a real browser: a contributor proposes a label (with live warnings), two experts vote, an
/// editor accepts, the concept page and the normalize API have it at once; a reader is refused the propose page; a
/// script payload in a comment stays text. Saves screenshots of the curation pages in English and Japanese.
/// </summary>
public sealed partial class CurationWalkTests(AppFixture app, CurationServerFixture server) : IClassFixture<CurationServerFixture>, IAsyncDisposable
{
    /// <summary>Closes this test's pages (see <see cref="AppFixture.CloseTestPagesAsync"/>).</summary>
    public ValueTask DisposeAsync() => app.CloseTestPagesAsync();

    private const string Haadf = "https://w3id.org/vocab/technique/HAADFSTEM";
    private const string NewLabel = "HAADF-STEM walkthrough label";
    private const string Xss = "<img src=x onerror=alert(1)> and [x](javascript:alert(1))";

    [Fact]
    public async Task Walk_proposeVoteAccept_reachesConceptPageAndNormalizeApi()
    {
        var contributor = await SignInAsync("walk-contributor", Roles.Contributor);
        await GotoAsync(contributor, "/propose");

        // The concept by autocomplete, then a label another concept has: a live warning before submitting.
        // Keyboard only: type, move through the suggestions with the arrow keys, Enter picks the highlighted one.
        var picker = contributor.Locator("#concept");
        await picker.FillAsync("high-angle annular dark-field scanning transmission electron microscopy");
        await Expect(contributor.Locator("#concept-list li.active")).ToBeVisibleAsync();
        for (var i = 0; i < 8 && !(await contributor.Locator("#concept-list li.active").InnerTextAsync()).StartsWith("high-angle annular dark-field scanning transmission electron microscopy", StringComparison.Ordinal); i++)
        {
            await picker.PressAsync("ArrowDown");
        }

        await picker.PressAsync("Enter");
        await Expect(contributor.Locator(".chosen code.iri")).ToHaveTextAsync(Haadf);
        await contributor.Locator("#text").FillAsync("HAADF detector");
        await Expect(contributor.Locator(".messages li.warning").First).ToContainTextAsync("HAADF detector");

        await contributor.Locator("#text").FillAsync(NewLabel);
        await contributor.Locator("#rationale").FillAsync("Used by **vendor software** for the same technique.");
        await Expect(contributor.Locator(".messages li")).ToHaveCountAsync(0);
        await app.ScreenshotAsync(contributor, "curation-propose-en");
        await contributor.Locator("#submit").DblClickAsync();
        await Expect(contributor).ToHaveURLAsync(ProposalUrl());
        var id = long.Parse(ProposalUrl().Match(contributor.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await AppFixture.WaitInteractiveAsync(contributor);
        await Expect(contributor.Locator("ol.diff li.added")).ToContainTextAsync(NewLabel);

        var mine = await Curation.ListAsync(new ProposalQuery { Status = null, ConceptIri = Haadf }, TestContext.Current.CancellationToken);
        Assert.Single(mine, p => p.Proposal.Title.Contains(NewLabel, StringComparison.Ordinal));

        foreach (var (expert, locale) in new[] { ("walk-expert-1", "en-US"), ("walk-expert-2", "ja-JP") })
        {
            var page = await SignInAsync(expert, Roles.Expert, locale);
            await GotoAsync(page, "/proposals/" + id);
            await page.Locator("#vote-up").ClickAsync();
            await Expect(page.Locator("ul.votes li").Filter(new() { HasText = expert })).ToHaveCountAsync(1);
        }

        var editor = await SignInAsync("walk-editor", Roles.Editor);
        await GotoAsync(editor, "/proposals/" + id);
        await Expect(editor.Locator("ul.votes li")).ToHaveCountAsync(2);
        await editor.Locator("#decision-reason").FillAsync("Common in vendor software.");
        await editor.Locator("#accept").ClickAsync();
        await Expect(editor.Locator(".decision .status.Accepted")).ToBeVisibleAsync();
        await Expect(editor.Locator(".decision a.applied")).ToBeVisibleAsync();
        await app.ScreenshotAsync(editor, "curation-proposal-en");

        await GotoAsync(editor, "/concept/technique/HAADFSTEM");
        await Expect(editor.Locator("table.labels")).ToContainTextAsync(NewLabel);
        await Expect(editor.Locator($"table.history a[href='/proposals/{id}']")).ToBeVisibleAsync();

        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var response = await http.PostAsJsonAsync("api/v1/normalize", new { labels = new[] { NewLabel } }, TestContext.Current.CancellationToken);
        var result = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("results")[0];
        Assert.Equal("matched", result.GetProperty("status").GetString());
        Assert.Contains("HAADFSTEM", result.GetProperty("best").GetProperty("id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_withScriptPayload_isShownAsText()
    {
        var author = await server.CreateAndActorAsync("walk-xss-author", Roles.Contributor);
        var outcome = await Curation.ProposeAsync(author, new ProposalDraft(ProposalKind.AddLabel,
            [new PatchOperation(PatchOp.AddLabel, Haadf, "HAADF xss walk", "en", Vocab.Core.LabelKind.Hidden)], "xss test"), TestContext.Current.CancellationToken);
        var page = await SignInAsync("walk-commenter", Roles.Contributor);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await GotoAsync(page, "/proposals/" + outcome.ProposalId);
        await page.Locator("#comment").FillAsync(Xss);
        await page.Locator("#post-comment").ClickAsync();
        await Expect(page.Locator("ol.comments li")).ToContainTextAsync("<img src=x onerror=alert(1)>");
        await page.ReloadAsync();
        await AppFixture.WaitInteractiveAsync(page);

        await Expect(page.Locator("ol.comments li")).ToContainTextAsync("<img src=x onerror=alert(1)>");
        await Expect(page.Locator("ol.comments img")).ToHaveCountAsync(0);
        await Expect(page.Locator("ol.comments a[href^='javascript']")).ToHaveCountAsync(0);
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Reader_isRefusedThePropositionPage()
    {
        var reader = await SignInAsync("walk-reader", Roles.Reader);

        await reader.GotoAsync(server.BaseUrl + "propose");

        await Expect(reader).ToHaveURLAsync(new Regex("/Account/AccessDenied"));
    }

    [Fact]
    public async Task Curation_pages_screenshots_inBothLanguages()
    {
        var recorder = server.Services.GetRequiredService<UnmatchedLabelRecorder>();
        foreach (var (raw, times) in new[] { ("HAADF imaging mode", 7), ("4D-STEM scan", 4), ("環状暗視野像", 3), ("Sample drift corr.", 2) })
        {
            for (var i = 0; i < times; i++)
            {
                recorder.Record(raw, Vocab.Core.Curation.PatchValidator.KeyOf(raw), "unmatched", i % 2 == 0 ? "pipeline-a" : "pipeline-b");
            }
        }

        await recorder.FlushAsync(TestContext.Current.CancellationToken);
        var author = await server.CreateAndActorAsync("walk-shots-author", Roles.Contributor);
        await Curation.ProposeAsync(author, new ProposalDraft(ProposalKind.AddLabel,
            [new PatchOperation(PatchOp.AddLabel, Haadf, "HAADF像法", "ja", Vocab.Core.LabelKind.Alt)], "用例: 装置マニュアル"), TestContext.Current.CancellationToken);

        foreach (var (locale, suffix) in new[] { ("en-US", "en"), ("ja-JP", "ja") })
        {
            var page = await SignInAsync("walk-shots-" + suffix, Roles.Expert, locale);
            await GotoAsync(page, "/review");
            await Expect(page.Locator("table.queue tbody tr").First).ToBeVisibleAsync();
            await app.ScreenshotAsync(page, "curation-review-" + suffix);

            await GotoAsync(page, "/unmatched");
            await Expect(page.Locator("a.as-new").First).ToBeVisibleAsync();
            await app.ScreenshotAsync(page, "curation-unmatched-" + suffix);

            await page.Locator("a.as-new").First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/propose\\?kind=NewConcept"));
            await AppFixture.WaitInteractiveAsync(page);
            await Expect(page.Locator("#pref-en")).ToHaveValueAsync("HAADF imaging mode");
            await app.ScreenshotAsync(page, "curation-propose-new-" + suffix);

            await GotoAsync(page, "/dashboard");
            await Expect(page.Locator("figure.chart svg").First).ToBeVisibleAsync();
            await app.ScreenshotAsync(page, "curation-dashboard-" + suffix);

            await GotoAsync(page, "/me");
            if (suffix == "ja")
            {
                var open = await Curation.ListAsync(new ProposalQuery { ConceptIri = Haadf }, TestContext.Current.CancellationToken);
                await GotoAsync(page, "/proposals/" + open[^1].Proposal.Id);
                await Expect(page.Locator("h1")).ToContainTextAsync("HAADF像法");
                await app.ScreenshotAsync(page, "curation-proposal-ja");
            }
        }

        // The author's own activity, and the admin's pages, in both languages.
        foreach (var (locale, suffix) in new[] { ("en-US", "en"), ("ja-JP", "ja") })
        {
            var mine = await app.NewPageAsync(locale);
            await TestUsers.SignInAsync(mine, server.Services, server.BaseUrl, "walk-shots-author");
            await GotoAsync(mine, "/me");
            await Expect(mine.Locator("table.mine tbody tr").First).ToBeVisibleAsync();
            await app.ScreenshotAsync(mine, "curation-me-" + suffix);

            var admin = await SignInAsync("walk-admin-" + suffix, Roles.Admin, locale);
            await GotoAsync(admin, "/admin");
            await Expect(admin.Locator("table").First).ToBeVisibleAsync();
            var rows = admin.Locator("#users tbody tr");
            await admin.Locator("#user-filter").FillAsync("WALK-ADMIN-" + suffix);
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows.First).ToContainTextAsync("walk-admin-" + suffix);
            await admin.Locator("#user-filter").FillAsync("");
            await Expect(rows.Nth(1)).ToBeVisibleAsync();

            // A role change is recorded with who made it, and shown in the UI language.
            var promoted = "walk-promoted-" + suffix;
            await server.CreateUserAsync(promoted, Roles.Contributor);
            await admin.ReloadAsync();
            await AppFixture.WaitInteractiveAsync(admin);
            await admin.Locator("#users tr").Filter(new() { HasText = promoted }).Locator("select").SelectOptionAsync(Roles.Expert);
            var latest = admin.Locator("#account-events tbody tr").First;
            await Expect(latest).ToContainTextAsync(promoted);
            await Expect(latest).ToContainTextAsync("walk-admin-" + suffix);
            await Expect(latest).ToContainTextAsync(suffix == "ja" ? "投稿者 → 専門家" : "contributor → expert");
            await app.ScreenshotAsync(admin, "admin-" + suffix);
            await GotoAsync(admin, "/account/tokens");
            await app.ScreenshotAsync(admin, "tokens-" + suffix);
        }
    }

    private CurationService Curation => server.Services.GetRequiredService<CurationService>();

    private Task<IPage> SignInAsync(string name, string role, string locale = "en-US") => server.SignInAsync(app, name, role, locale);

    private Task GotoAsync(IPage page, string path) => server.GotoAsync(page, path);

    [GeneratedRegex("/proposals/([0-9]+)$")]
    private static partial Regex ProposalUrl();
}
