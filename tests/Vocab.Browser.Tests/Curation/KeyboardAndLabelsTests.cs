using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vocab.Core.Curation;
using Vocab.Data;
using static Microsoft.Playwright.Assertions;

namespace Vocab.Browser.Tests.Curation;

/// <summary>
/// Accessibility of the web app's forms in a real browser (issue 5): every visible control of every page has an
/// accessible name, the propose form can be filled and submitted with the keyboard alone, focus is visible, and votes
/// and comments on a proposal work without a mouse.
/// </summary>
public sealed partial class KeyboardAndLabelsTests(AppFixture app, CurationServerFixture server) : IClassFixture<CurationServerFixture>, IAsyncDisposable
{
    /// <summary>Closes this test's pages (see <see cref="AppFixture.CloseTestPagesAsync"/>).</summary>
    public ValueTask DisposeAsync() => app.CloseTestPagesAsync();

    private const string Haadf = "https://w3id.org/vocab/technique/HAADFSTEM";

    // The accessible name as the brief computation goes: aria-labelledby, aria-label, <label>s, a button's text or
    // value, title. Placeholders are not names. Returns how many controls it looked at and the ones without a name, as
    // "tag#id[name]:type".
    private const string UnnamedControls = """
        () => {
          const text = e => (e.innerText || e.textContent || '').trim();
          const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
          const name = e => {
            const by = (e.getAttribute('aria-labelledby') || '').split(/\s+/).map(id => document.getElementById(id)).filter(x => x);
            if (by.map(text).join(' ').trim()) return true;
            if ((e.getAttribute('aria-label') || '').trim()) return true;
            if (e.labels && Array.from(e.labels).map(text).join('').trim()) return true;
            if (e.tagName === 'BUTTON' && text(e)) return true;
            if (e.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(e.type) && e.value.trim()) return true;
            return !!(e.getAttribute('title') || '').trim();
          };
          const controls = Array.from(document.querySelectorAll('input, select, textarea, button')).filter(e => e.type !== 'hidden' && visible(e));
          return [String(controls.length), ...controls.filter(e => !name(e)).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[' + e.name + ']' : '') + (e.type ? ':' + e.type : ''))];
        }
        """;

    [Fact]
    public async Task EveryPage_visibleControls_haveAccessibleNames()
    {
        var id = await ProposalAsync("kb-names-author", "HAADF names label");
        var admin = await SignInAsync("kb-names-admin", Roles.Admin);
        var offenders = new List<string>();
        var seen = 0;
        foreach (var path in new[] { "/", "/search?q=HAADF", "/browse", "/concept/technique/HAADFSTEM", "/proposals/" + id, "/review",
                                     "/unmatched", "/dashboard", "/me", "/account/tokens", "/admin" })
        {
            await GotoAsync(admin, path);
            seen += await CollectAsync(admin, path, offenders);
        }

        // Every kind of the propose form, with a concept chosen (its own fields) and without (the concept picker).
        foreach (var query in new[] { "", "?concept=" + Uri.EscapeDataString(Haadf) })
        {
            await GotoAsync(admin, "/propose" + query);
            foreach (var kind in Enum.GetValues<ProposalKind>())
            {
                await admin.Locator("#kind").SelectOptionAsync(kind.ToString());
                await Expect(admin.Locator("#kind")).ToHaveValueAsync(kind.ToString());
                seen += await CollectAsync(admin, "/propose" + query + " kind=" + kind, offenders);
            }
        }

        var anonymous = await app.NewPageAsync();
        foreach (var path in new[] { "/Account/Login", "/Account/Register" })
        {
            // Sign-in and registration are plain server-rendered forms: no circuit to wait for.
            await anonymous.GotoAsync(server.BaseUrl + path.TrimStart('/'));
            await Expect(anonymous.Locator("main h1")).ToBeVisibleAsync();
            seen += await CollectAsync(anonymous, path, offenders);
        }

        Assert.True(seen > 100, $"only {seen} controls were found");
        Assert.True(offenders.Count == 0, "controls without an accessible name:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public async Task ProposeForm_keyboardOnly_fillsAndSubmits_withVisibleFocus()
    {
        var page = await SignInAsync("kb-walker", Roles.Contributor);
        await GotoAsync(page, "/propose");
        var before = await CountAsync();

        // From the top of the page to the kind select, then through the fields in order, never touching the mouse.
        await TabToAsync(page, "#kind");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#existing")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(page.Locator("#kind")).ToHaveValueAsync(nameof(ProposalKind.AddLabel));
        await page.Keyboard.PressAsync("Tab");
        await ExpectFocusedAsync(page, "#concept");
        await page.Keyboard.TypeAsync("HAADF-STEM");
        await Expect(page.Locator("#concept-list li.active")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".chosen code.iri")).ToHaveTextAsync(Haadf);

        // Focus stays in the picker (on its "change" button, which replaced the input), so Tab goes on to the next field.
        await ExpectFocusedAsync(page, ".picker .chosen button");
        await page.Keyboard.PressAsync("Tab");
        await ExpectFocusedAsync(page, "#lang");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("en");
        await page.Keyboard.PressAsync("Tab");
        await ExpectFocusedAsync(page, "#label-kind");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#label-kind")).ToHaveValueAsync(nameof(Vocab.Core.LabelKind.Hidden));
        await page.Keyboard.PressAsync("Tab");
        await ExpectFocusedAsync(page, "#text");
        await page.Keyboard.TypeAsync("HAADF keyboard walk label");
        await page.Keyboard.PressAsync("Tab");
        await ExpectFocusedAsync(page, "#rationale");
        await page.Keyboard.TypeAsync("Typed without a mouse.");
        await Expect(page.Locator(".messages li.error")).ToHaveCountAsync(0);
        await TabToAsync(page, "#submit");

        Assert.True(await FocusIsVisibleAsync(page), "the focused submit button looks the same as unfocused");
        await page.Keyboard.PressAsync("Space");

        await Expect(page).ToHaveURLAsync(ProposalUrl());
        await AppFixture.WaitInteractiveAsync(page);
        await Expect(page.Locator("ol.diff li.added")).ToContainTextAsync("HAADF keyboard walk label");
        Assert.Equal(before + 1, await CountAsync());

        // A link too: the first one Tab reaches on the proposal page.
        await page.Keyboard.PressAsync("Tab");
        await page.WaitForFunctionAsync("() => document.activeElement?.tagName === 'A'");
        Assert.True(await FocusIsVisibleAsync(page), "the focused link looks the same as unfocused");
    }

    [Fact]
    public async Task ProposalPage_voteAndComment_workByKeyboardOnly()
    {
        var id = await ProposalAsync("kb-vote-author", "HAADF keyboard vote label");
        var expert = await SignInAsync("kb-voter", Roles.Expert);
        await GotoAsync(expert, "/proposals/" + id);

        await TabToAsync(expert, "#vote-up");
        await expert.Keyboard.PressAsync("Enter");
        await Expect(expert.Locator("ul.votes li").Filter(new() { HasText = "kb-voter" })).ToContainTextAsync("+1");

        await TabToAsync(expert, "#vote-down");
        await expert.Keyboard.PressAsync("Space");
        await Expect(expert.Locator("ul.votes li").Filter(new() { HasText = "kb-voter" })).ToContainTextAsync("−1");

        await TabToAsync(expert, "#comment");
        await expert.Keyboard.TypeAsync("Commented with the keyboard.");
        await TabToAsync(expert, "#post-comment");
        await expert.Keyboard.PressAsync("Enter");
        await Expect(expert.Locator("ol.comments li")).ToContainTextAsync("Commented with the keyboard.");

        var details = await Curation.GetAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal(-1, Assert.Single(details!.Votes).Value);
    }

    private CurationService Curation => server.Services.GetRequiredService<CurationService>();

    private static async Task<int> CollectAsync(IPage page, string where, List<string> offenders)
    {
        var found = await page.EvaluateAsync<string[]>(UnnamedControls);
        offenders.AddRange(found.Skip(1).Select(control => where + ": " + control));
        return int.Parse(found[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    // Presses Tab until the selector has focus; returns the tag names passed on the way (fails after 60 presses).
    private static async Task<List<string>> TabToAsync(IPage page, string selector)
    {
        var passed = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("s => document.activeElement?.matches(s) ? '' : (document.activeElement?.tagName ?? '').toLowerCase()", selector);
            if (focused.Length == 0)
            {
                return passed;
            }

            passed.Add(focused);
        }

        Assert.Fail($"Tab never reached {selector}; passed {string.Join(' ', passed)}");
        return passed;
    }

    private static Task ExpectFocusedAsync(IPage page, string selector) => Expect(page.Locator(selector)).ToBeFocusedAsync();

    // The focused element's outline and shadow, compared with the same element after it loses focus.
    private static Task<bool> FocusIsVisibleAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => {
          const e = document.activeElement;
          const look = () => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor].join('|'); };
          const focused = look();
          const shown = getComputedStyle(e).outlineStyle !== 'none' || getComputedStyle(e).boxShadow !== 'none';
          e.blur();
          const blurred = look();
          e.focus();
          return shown && focused !== blurred;
        }
        """);

    private async Task<long> ProposalAsync(string author, string label)
    {
        var actor = await server.CreateAndActorAsync(author, Roles.Contributor);
        var outcome = await Curation.ProposeAsync(actor, new ProposalDraft(ProposalKind.AddLabel,
            [new PatchOperation(PatchOp.AddLabel, Haadf, label, "en", Vocab.Core.LabelKind.Alt)], "For the keyboard tests."), TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.ProposalId!.Value;
    }

    private async Task<int> CountAsync() =>
        (await Curation.ListAsync(new ProposalQuery { Status = null, Limit = 500 }, TestContext.Current.CancellationToken)).Count;

    private Task<IPage> SignInAsync(string name, string role) => server.SignInAsync(app, name, role);

    private Task GotoAsync(IPage page, string path) => server.GotoAsync(page, path);

    [GeneratedRegex("/proposals/([0-9]+)$")]
    private static partial Regex ProposalUrl();
}
