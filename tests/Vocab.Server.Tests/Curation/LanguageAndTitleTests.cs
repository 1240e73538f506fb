using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;
using Vocab.Server.Web.Curation;

namespace Vocab.Server.Tests.Curation;

/// <summary>
/// The content-language choice apart from the UI language, proposal titles in the UI language, and synonym
/// suggestions for unmatched labels that contain a known term.
/// </summary>
public sealed class LanguageAndTitleTests(CurationPagesFactory factory) : IClassFixture<CurationPagesFactory>
{
    private const string Haadf = "https://w3id.org/vocab/technique/HAADFSTEM";
    private const string HaadfJa = "高角度環状暗視野走査透過電子顕微鏡法";
    private const string HaadfEn = "high-angle annular dark-field scanning transmission electron microscopy";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ContentLanguage_switch_setsTheCookie_andOnlyRedirectsWithinTheSite()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var set = await client.GetAsync("/content-language?l=JA&redirect=%2Fconcept%2Ftechnique%2FHAADFSTEM", Ct);
        var offSite = await client.GetAsync("/content-language?l=ja&redirect=%2F%2Fevil.example", Ct);
        var auto = await client.GetAsync("/content-language?l=auto&redirect=%2F", Ct);
        var bad = await client.GetAsync("/content-language?l=%3Cscript%3E", Ct);

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/concept/technique/HAADFSTEM", set.Headers.Location!.OriginalString);
        Assert.Contains(set.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vocab.content=ja;", StringComparison.Ordinal));
        Assert.Equal("/", offSite.Headers.Location!.OriginalString);
        Assert.Contains(auto.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vocab.content=;", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task ConceptPage_japaneseContentInEnglishUi_showsJapaneseLabelsWithEnglishMenus()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", "vocab.content=ja");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/concept/technique/HAADFSTEM", Ct));

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1 lang=\"ja\">{HaadfJa}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">Browse</a>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ja\" lang=\"ja\" selected>日本語</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConceptPage_contentLanguageWithoutLabels_fallsBackToTheUiLanguage()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", "vocab.content=de; .AspNetCore.Culture=c%3Dja%7Cuic%3Dja");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/concept/technique/HAADFSTEM", Ct));

        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1 lang=\"ja\">{HaadfJa}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"de\" lang=\"de\" selected>Deutsch</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentLanguage_choices_offerALanguageOnceTheThesaurusHasItsLabels()
    {
        // 25 concepts with German preferred labels (an imported thesaurus such as STW): German joins the choices.
        var turtle = new System.Text.StringBuilder("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<https://example.org/de/s> a skos:ConceptScheme .\n");
        for (var i = 0; i < 25; i++)
        {
            turtle.Append(System.Globalization.CultureInfo.InvariantCulture, $"<https://example.org/de/c{i}> a skos:Concept ; skos:inScheme <https://example.org/de/s> ; skos:prefLabel \"Begriff {i}\"@de .\n");
        }

        var admin = await factory.TokenClientAsync(Roles.Admin, TokenScopes.Import);
        var imported = await admin.PostAsync("/api/v1/import?name=de.ttl", new StringContent(turtle.ToString(), System.Text.Encoding.UTF8, "text/turtle"), Ct);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync(Ct));

        // The list in hand is served while it is recounted in the background after a change.
        var client = factory.CreateClient();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        string html;
        while (!(html = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct))).Contains("<option value=\"de\" lang=\"de\">Deutsch</option>", StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "German was not offered");
            await Task.Delay(100, Ct);
        }

        Assert.Contains("<option value=\"en\" lang=\"en\">English</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ja\" lang=\"ja\">日本語</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProposalPage_inJapanese_titlesTheChangeInJapanese()
    {
        var author = await factory.EnsureUserAsync("title-author", Roles.Contributor);
        var outcome = await factory.Services.GetRequiredService<CurationService>().ProposeAsync(
            CurationPagesFactory.ActorOf(author),
            new ProposalDraft(ProposalKind.AddLabel, [new PatchOperation(PatchOp.AddLabel, Haadf, "HAADF像法タイトル", "ja", LabelKind.Alt)], ""),
            Ct);
        Assert.True(outcome.Succeeded, outcome.Message);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dja%7Cuic%3Dja");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/proposals/" + outcome.ProposalId, Ct));
        var english = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/proposals/" + outcome.ProposalId, Ct));

        Assert.Contains($"<h1>#{outcome.ProposalId} 「{HaadfJa}」に代替ラベル「HAADF像法タイトル」@ja を追加</h1>", html, StringComparison.Ordinal);
        Assert.Contains("賛成 0・反対 0", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>#{outcome.ProposalId} Add alternative label “HAADF像法タイトル”@ja to “{HaadfEn}”</h1>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_labelWithAKnownTermAndOtherWords_offersTheTermsConcepts()
    {
        _ = factory.CreateClient();
        var index = factory.Services.GetRequiredService<Vocab.Server.Hosting.LabelIndexService>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!index.Ready && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50, Ct);
        }

        var pages = factory.Services.GetRequiredService<CurationPages>();

        var suggestions = pages.Suggest("HAADF imaging mode zqxw", "en");

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.Equal("words", s.How));
        Assert.Contains(suggestions, s => s.Concept.Label.Contains("annular dark-field", StringComparison.Ordinal) || s.MatchedLabel.Contains("HAADF", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("HAADF imaging mode", new[] { "HAADF", "imaging", "mode" })]
    [InlineData("Det. HAADF (ch 2)", new[] { "Det", "HAADF", "ch" })]
    [InlineData("drift of the stage", new[] { "drift", "stage" })]
    [InlineData("4D-STEM", new[] { "4D-STEM" })]
    public void Words_splitsOnSpaceAndPunctuation_andDropsFunctionWordsAndNumbers(string label, string[] expected) =>
        Assert.Equal(expected, CurationPages.Words(label));
}
