using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Data;
using Vocab.Rdf;
using SkosIris = Vocab.Core.Iris;

namespace Vocab.Server.Tests;

/// <summary>The web app's pages as served (prerendered HTML), its language switch and its static files.</summary>
public sealed class WebPagesTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_page_loads_the_blazor_script_which_is_served()
    {
        var client = factory.CreateClient();

        var html = await GetPageAsync("/");
        var script = System.Text.RegularExpressions.Regex.Match(html, "<script src=\"(_framework/blazor\\.web\\.js\\?v=[0-9a-f]+)\"").Groups[1].Value;
        var response = await client.GetAsync("/" + script, Ct);

        Assert.Contains("data-interactive=\"false\"", html);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync(Ct)).Length > 100_000);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Concept_page_in_Japanese_shows_labels_by_language_hierarchy_history_and_rdf_links()
    {
        var html = await GetPageAsync("/concept/technique/HAADFSTEM", "ja");

        Assert.Contains("<html lang=\"ja\">", html);
        Assert.Contains("<h1 lang=\"ja\">高角度環状暗視野走査透過電子顕微鏡法</h1>", html);
        Assert.Contains("<th scope=\"row\">en</th>", html);
        Assert.Contains("high-angle annular dark-field scanning transmission electron microscopy", html);
        Assert.Contains("HAADF法", html);
        Assert.Contains("href=\"/concept/technique/ADFSTEM\"", html);
        Assert.Contains("承認された変更の履歴", html);
        Assert.Contains("<table class=\"history\">", html);
        Assert.Contains("href=\"/api/v1/concepts/technique/HAADFSTEM?format=rdfxml\"", html);
    }

    [Fact]
    public async Task Unknown_concept_is_404_with_a_page()
    {
        var response = await factory.CreateClient().GetAsync("/concept/technique/NoSuchThing", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nothing lives at this address.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task Definition_markdown_with_script_payloads_is_shown_as_text()
    {
        const string iri = "https://w3id.org/vocab/technique/MarkdownXss";
        await InsertAsync(
            new Quad(new Iri(iri), new Iri(SkosIris.Rdf.Type), new Iri(SkosIris.Skos.Concept)),
            new Quad(new Iri(iri), new Iri(SkosIris.Skos.PrefLabel), Literal.LangString("markdown test", "en")),
            new Quad(new Iri(iri), new Iri(SkosIris.Skos.Definition), Literal.LangString(
                "**bold** <img src=x onerror=alert(1)> [click](javascript:alert(2)) [ok](https://example.org/a)", "en")));

        // Raw, not decoded: escaped markup must stay escaped in what the browser receives.
        var html = await GetPageAsync("/concept/technique/MarkdownXss", decode: false);

        Assert.Contains("<strong>bold</strong>", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://example.org/a\" rel=\"nofollow noopener\">ok</a>", html);
    }

    [Fact]
    public async Task Deprecated_concept_shows_its_replacement_and_the_proposal_of_its_change()
    {
        const string iri = "https://w3id.org/vocab/technique/RetiredWebTest";
        await InsertAsync(
            new ChangeInfo("editor1", "merged into HAADF-STEM", "merge", ProposalId: 42),
            new Quad(new Iri(iri), new Iri(SkosIris.Rdf.Type), new Iri(SkosIris.Skos.Concept)),
            new Quad(new Iri(iri), new Iri(SkosIris.Skos.PrefLabel), Literal.LangString("retired web test", "en")),
            new Quad(new Iri(iri), new Iri(SkosIris.Owl.Deprecated), new Literal("true", Vocabulary.Xsd.Boolean)),
            new Quad(new Iri(iri), new Iri(SkosIris.Dct.IsReplacedBy), new Iri("https://w3id.org/vocab/technique/HAADFSTEM")));

        var html = await GetPageAsync("/concept/technique/RetiredWebTest");

        Assert.Contains("This concept is deprecated.", html);
        Assert.Matches("Use instead:\\s*<a href=\"/concept/technique/HAADFSTEM\" lang=\"en\">high-angle annular dark-field", html);
        Assert.Contains("<a href=\"/proposals/42\">Proposal #42</a>", html);
        Assert.Contains("merged into HAADF-STEM", html);
        Assert.Contains("editor1", html);
    }

    [Fact]
    public async Task Search_page_renders_results_for_q_before_any_script_runs()
    {
        var html = await GetPageAsync("/search?q=HAADF");

        Assert.Contains("href=\"/concept/technique/HAADFSTEM\"", html);
        Assert.Contains("<mark lang=\"en\">HAADF</mark>", html);
    }

    [Fact]
    public async Task Browse_page_lists_every_scheme_with_its_concept_count()
    {
        var html = await GetPageAsync("/browse");

        Assert.Contains("data-iri=\"https://w3id.org/vocab/technique\"", html);
        Assert.Contains("href=\"/browse/technique\"", html);
        Assert.Matches("measurement techniques</a>\\s*<span class=\"count\">[0-9,]+ concepts</span>", html);
    }

    [Fact]
    public async Task Scheme_page_opens_its_top_concepts_and_an_unknown_scheme_is_404()
    {
        var html = await GetPageAsync("/browse/technique");
        var missing = await factory.CreateClient().GetAsync("/browse/nope", Ct);
        var missingHtml = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync(Ct));

        Assert.Contains("data-iri=\"https://w3id.org/vocab/technique/Microscopy\"", html);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Nothing lives at this address.", missingHtml);
    }

    [Theory]
    [InlineData("/culture?c=ja&redirect=/browse", HttpStatusCode.Redirect, "/browse")]
    [InlineData("/culture?c=en&redirect=//evil.example/x", HttpStatusCode.Redirect, "/")]
    [InlineData("/culture?c=en&redirect=https://evil.example/", HttpStatusCode.Redirect, "/")]
    [InlineData("/culture?c=en&redirect=/%5Cevil.example", HttpStatusCode.Redirect, "/")]
    [InlineData("/culture?c=fr&redirect=/", HttpStatusCode.BadRequest, null)]
    public async Task Culture_switch_sets_the_cookie_and_redirects_only_within_the_site(string url, HttpStatusCode status, string? location)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(url, Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
        if (location is not null)
        {
            Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3D", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Culture_cookie_wins_over_the_browser_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/browse");
        request.Headers.Add("Accept-Language", "en-US,en;q=0.9");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dja%7Cuic%3Dja");

        var response = await factory.CreateClient().SendAsync(request, Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Contains("<html lang=\"ja\">", html);
        Assert.Contains("スキームごとに閲覧", html);
        Assert.Contains("計測手法", html);
    }

    private async Task<string> GetPageAsync(string url, string language = "en", bool decode = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept-Language", language);
        var response = await factory.CreateClient().SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Blazor writes non-ASCII text as character references; decoded, assertions read like the page.
        var html = await response.Content.ReadAsStringAsync(Ct);
        return decode ? WebUtility.HtmlDecode(html) : html;
    }

    private Task InsertAsync(params Quad[] quads) => InsertAsync(new ChangeInfo("test", "web pages test", "edit"), quads);

    private async Task InsertAsync(ChangeInfo info, params Quad[] quads)
    {
        _ = factory.CreateClient();
        var store = factory.Services.GetRequiredService<VocabStore>();
        var snapshot = factory.Services.GetRequiredService<ThesaurusSnapshotService>();
        ChangeEntry entry;
        await using (var writer = await store.BeginChangeAsync(info, Ct))
        {
            foreach (var quad in quads)
            {
                writer.Add(quad.InGraph(new Iri("https://example.org/tests/web-pages")));
            }

            entry = await writer.CommitAsync(Ct);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (snapshot.Sequence < entry.Sequence && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }

        Assert.True(snapshot.Sequence >= entry.Sequence, "the snapshot did not catch up with the inserted change");
    }
}
