using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Data;
using Vocab.Rdf;
using SkosIris = Vocab.Core.Iris;

namespace Vocab.Server.Tests;

/// <summary><c>GET /api/v1/concepts/{id}</c> and the linked-data IRIs, over the seeded shipped thesaurus.</summary>
public sealed class ConceptsApiTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private const string Base = "https://w3id.org/vocab/";
    private const string HaadfEn = "high-angle annular dark-field scanning transmission electron microscopy";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The shipped concept is found by its English label, so renaming its slug in ontology/ does not break these tests.
    private (string Iri, string Path, string BroaderIri) Haadf
    {
        get
        {
            _ = factory.CreateClient();
            return factory.Services.GetRequiredService<ThesaurusSnapshotService>().Read(t =>
            {
                var concept = t.Concepts.Values.Single(c => c.Labels.Contains(new Core.Label(HaadfEn, "en", Core.LabelKind.Pref)));
                return (concept.Iri, concept.Iri[Base.Length..], concept.Broader.Single());
            });
        }
    }

    [Fact]
    public async Task Concept_by_path_json_has_labels_relations_and_mappings()
    {
        var haadf = Haadf;
        var response = await factory.CreateClient().GetAsync("/api/v1/concepts/" + haadf.Path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var c = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(haadf.Iri, c.GetProperty("iri").GetString());
        Assert.Equal(HaadfEn, c.GetProperty("prefLabel").GetProperty("en").GetString());
        Assert.Equal("高角度環状暗視野走査透過電子顕微鏡法", c.GetProperty("prefLabel").GetProperty("ja").GetString());
        Assert.Contains("HAADF", Strings(c.GetProperty("altLabels").GetProperty("en")));
        Assert.Contains("HAADF法", Strings(c.GetProperty("altLabels").GetProperty("ja")));
        Assert.Contains("HADF", Strings(c.GetProperty("hiddenLabels").GetProperty("en")));
        Assert.StartsWith("ADF-STEM with inner collection angles", c.GetProperty("definitions").GetProperty("en")[0].GetString());
        var broader = Assert.Single(c.GetProperty("broader").EnumerateArray());
        Assert.Equal(haadf.BroaderIri, broader.GetProperty("iri").GetString());
        Assert.StartsWith("annular dark-field", broader.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", broader.GetProperty("lang").GetString());
        Assert.True(broader.GetProperty("prefLabel").TryGetProperty("ja", out _));
        Assert.Contains("https://w3id.org/vocab/instrument/HAADFDetector", c.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("iri").GetString()));
        Assert.Contains("https://w3id.org/vocab/technique", c.GetProperty("schemes").EnumerateArray().Select(r => r.GetProperty("iri").GetString()));
        Assert.Contains(
            ("exactMatch", "http://purl.obolibrary.org/obo/CHMO_0000730"),
            c.GetProperty("mappings").EnumerateArray().Select(m => (m.GetProperty("kind").GetString(), m.GetProperty("target").GetString())));
        Assert.False(c.GetProperty("deprecated").GetBoolean());
        Assert.Equal(0, c.GetProperty("replacedBy").GetArrayLength());
    }

    [Fact]
    public async Task Concept_by_encoded_full_iri_resolves_the_same_concept()
    {
        var haadf = Haadf;
        var c = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/concepts/" + Uri.EscapeDataString(haadf.Iri), Ct);

        Assert.Equal(haadf.Iri, c.GetProperty("iri").GetString());
    }

    [Fact]
    public async Task Concept_lang_ja_labels_linked_concepts_in_japanese()
    {
        var c = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/concepts/{Haadf.Path}?lang=ja", Ct);

        var broader = c.GetProperty("broader")[0];
        Assert.Equal("ja", broader.GetProperty("lang").GetString());
        Assert.Equal(broader.GetProperty("prefLabel").GetProperty("ja").GetString(), broader.GetProperty("label").GetString());
    }

    [Theory]
    [InlineData("text/turtle", RdfFormat.Turtle)]
    [InlineData("application/n-triples", RdfFormat.NTriples)]
    [InlineData("application/rdf+xml", RdfFormat.RdfXml)]
    [InlineData("application/ld+json", RdfFormat.JsonLd)]
    [InlineData("text/html;q=0.5, application/rdf+xml;q=0.9, */*;q=0.1", RdfFormat.RdfXml)]
    [InlineData("text/turtle; charset=utf-8, application/json;q=0.5", RdfFormat.Turtle)]
    public async Task Concept_rdf_accept_parses_back_with_its_pref_label(string accept, RdfFormat format)
    {
        var haadf = Haadf;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/concepts/" + haadf.Path);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await factory.CreateClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RdfFormats.MediaTypeOf(format), response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var quads = await ParseAsync(response, format);
        Assert.Contains(new Quad(new Iri(haadf.Iri), new Iri(SkosIris.Skos.PrefLabel), Literal.LangString(HaadfEn, "en")), quads);
        Assert.All(quads, q => Assert.True(q.Subject is BlankNode || q.Subject == new Iri(haadf.Iri)));
    }

    [Theory]
    [InlineData("ttl", RdfFormat.Turtle)]
    [InlineData("nt", RdfFormat.NTriples)]
    [InlineData("rdfxml", RdfFormat.RdfXml)]
    [InlineData("jsonld", RdfFormat.JsonLd)]
    public async Task Linked_data_iri_format_query_overrides_accept(string name, RdfFormat format)
    {
        var haadf = Haadf;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/vocab/{haadf.Path}?format={name}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await factory.CreateClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RdfFormats.MediaTypeOf(format), response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(new Quad(new Iri(haadf.Iri), new Iri(SkosIris.Skos.PrefLabel), Literal.LangString(HaadfEn, "en")), await ParseAsync(response, format));
    }

    [Theory]
    [InlineData("/vocab/", null)]
    [InlineData("/concepts/", "*/*")]
    [InlineData("/vocab/", "application/*")]
    public async Task Linked_data_iri_without_rdf_accept_is_json(string prefix, string? accept)
    {
        var haadf = Haadf;
        using var request = new HttpRequestMessage(HttpMethod.Get, prefix + haadf.Path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await factory.CreateClient().SendAsync(request, Ct);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(haadf.Iri, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("iri").GetString());
    }

    [Theory]
    [InlineData("/api/v1/concepts/technique/NoSuchThing", "technique/NoSuchThing")]
    [InlineData("/vocab/technique/NoSuchThing?format=ttl", "technique/NoSuchThing")]
    [InlineData("/api/v1/concepts/https%3A%2F%2Fexample.org%2Fnone", "example.org")]
    public async Task Unknown_concept_is_problem_json_404_naming_the_id(string url, string inDetail)
    {
        var response = await factory.CreateClient().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(inDetail, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unsupported_accept_is_problem_json_406_listing_the_types()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/vocab/" + Haadf.Path);
        request.Headers.TryAddWithoutValidation("Accept", "image/png, application/json;q=0");

        var response = await factory.CreateClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("text/turtle", problem.GetProperty("detail").GetString());
        Assert.Contains("application/ld+json", Strings(problem.GetProperty("supported")));
    }

    [Theory]
    [InlineData("?format=png", "format")]
    [InlineData("?lang=<b>", "lang")]
    public async Task Bad_format_or_lang_is_problem_json_400(string query, string inDetail)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/concepts/" + Haadf.Path + query, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(inDetail, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Html_request_is_sent_to_the_web_page_which_encodes_a_label_with_script()
    {
        const string iri = "https://w3id.org/vocab/technique/ScriptTest";
        await InsertAsync(
            new Quad(new Iri(iri), new Iri(SkosIris.Rdf.Type), new Iri(SkosIris.Skos.Concept)),
            new Quad(new Iri(iri), new Iri(SkosIris.Skos.PrefLabel), Literal.LangString("<script>alert(1)</script> & \"x\"", "en")),
            new Quad(new Iri(iri), new Iri(SkosIris.Skos.Related), new Iri("javascript:alert(2)")));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/vocab/technique/ScriptTest");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/concept/technique/ScriptTest", response.Headers.Location?.OriginalString);
        Assert.Contains("Accept", response.Headers.Vary);
        var html = await client.GetStringAsync(response.Headers.Location, Ct);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</h1>", html);
        Assert.Contains("href=\"/api/v1/concepts/technique/ScriptTest?format=ttl\"", html);
    }

    [Fact]
    public async Task Html_request_for_a_real_concept_redirects_to_its_page_by_path()
    {
        var haadf = Haadf;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/concepts/{Uri.EscapeDataString(haadf.Iri)}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/concept/" + haadf.Path, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Deprecated_concept_is_served_with_its_replacement_and_xl_labels()
    {
        const string iri = "https://w3id.org/vocab/technique/RetiredTest";
        var label = new Iri("https://w3id.org/vocab/label/RetiredTest-alt");
        await InsertAsync(
            new Quad(new Iri(iri), new Iri(SkosIris.Rdf.Type), new Iri(SkosIris.Skos.Concept)),
            new Quad(new Iri(iri), new Iri(SkosIris.Skos.PrefLabel), Literal.LangString("retired test technique", "en")),
            new Quad(new Iri(iri), new Iri(SkosIris.Owl.Deprecated), new Literal("true", Vocabulary.Xsd.Boolean)),
            new Quad(new Iri(iri), new Iri(SkosIris.Dct.IsReplacedBy), new Iri(Haadf.Iri)),
            new Quad(new Iri(iri), new Iri(SkosIris.SkosXl.AltLabel), label),
            new Quad(label, new Iri(SkosIris.SkosXl.LiteralForm), Literal.LangString("old name", "en")));
        var client = factory.CreateClient();

        var c = await client.GetFromJsonAsync<JsonElement>("/api/v1/concepts/technique/RetiredTest", Ct);
        var nt = await client.GetAsync("/vocab/technique/RetiredTest?format=nt", Ct);

        Assert.True(c.GetProperty("deprecated").GetBoolean());
        var replacement = Assert.Single(c.GetProperty("replacedBy").EnumerateArray());
        Assert.Equal(Haadf.Iri, replacement.GetProperty("iri").GetString());
        Assert.Equal(HaadfEn, replacement.GetProperty("label").GetString());
        Assert.Contains("old name", Strings(c.GetProperty("altLabels").GetProperty("en")));
        Assert.Contains(new Quad(label, new Iri(SkosIris.SkosXl.LiteralForm), Literal.LangString("old name", "en")), await ParseAsync(nt, RdfFormat.NTriples));
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());

    private static async Task<List<Quad>> ParseAsync(HttpResponseMessage response, RdfFormat format)
    {
        using var reader = new StringReader(await response.Content.ReadAsStringAsync(Ct));
        return RdfFormats.CreateParser(format).Parse(reader).Select(q => q.InGraph(null)).ToList();
    }

    // Writes through the host's own store, then waits for the follower to bring the snapshot up to that change.
    private async Task InsertAsync(params Quad[] quads)
    {
        _ = factory.CreateClient();
        var store = factory.Services.GetRequiredService<VocabStore>();
        var snapshot = factory.Services.GetRequiredService<ThesaurusSnapshotService>();
        var graph = new Iri("https://example.org/tests/concepts-api");
        ChangeEntry entry;
        await using (var writer = await store.BeginChangeAsync(new ChangeInfo("test", "concepts api test", "edit"), Ct))
        {
            foreach (var quad in quads)
            {
                writer.Add(quad.InGraph(graph));
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
