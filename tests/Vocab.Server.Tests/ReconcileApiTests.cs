using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary>The Reconciliation Service API 0.2 at <c>/reconcile</c> over the seeded shipped thesaurus; every body is schema-checked.</summary>
public sealed class ReconcileApiTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private const string TemEn = "transmission electron microscope";
    private const string TemJa = "透過電子顕微鏡";
    private const string SemEn = "scanning electron microscope";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Manifest_get_without_queries_is_valid_and_lists_schemes_as_types()
    {
        var client = await ClientAsync();
        var (json, body) = await ReadAsync(await client.GetAsync("/reconcile", Ct), HttpStatusCode.OK);

        await ReconcileSchemaValidator.AssertValidAsync("manifest.json", json, Ct);
        Assert.Contains("0.2", body.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Vocab", body.GetProperty("name").GetString());
        var schemes = Snapshot(t => t.Schemes.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(schemes, body.GetProperty("defaultTypes").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.All(body.GetProperty("defaultTypes").EnumerateArray(), t => Assert.False(string.IsNullOrEmpty(t.GetProperty("name").GetString())));
        Assert.Equal("http://localhost/api/v1/concepts/{{id}}", body.GetProperty("view").GetProperty("url").GetString());
        Assert.Equal("http://localhost/reconcile/preview?id={{id}}", body.GetProperty("preview").GetProperty("url").GetString());
        Assert.Equal("/suggest/entity", body.GetProperty("suggest").GetProperty("entity").GetProperty("service_path").GetString());
    }

    [Fact]
    public async Task Batch_form_post_with_english_and_japanese_matches_both()
    {
        var (tem, instruments) = Concept(TemEn);
        var queries = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["q0"] = new { query = TemEn },
            ["q1"] = new { query = TemJa },
        });

        var response = await (await ClientAsync()).PostAsync("/reconcile", new FormUrlEncodedContent([new("queries", queries)]), Ct);
        var (json, body) = await ReadAsync(response, HttpStatusCode.OK);

        await ReconcileSchemaValidator.AssertValidAsync("reconciliation-result-batch.json", json, Ct);
        foreach (var key in new[] { "q0", "q1" })
        {
            var result = body.GetProperty(key).GetProperty("result");
            var best = result[0];
            Assert.Equal(tem, best.GetProperty("id").GetString());
            Assert.Equal(TemEn, best.GetProperty("name").GetString());
            Assert.True(best.GetProperty("match").GetBoolean());
            Assert.InRange(best.GetProperty("score").GetDouble(), 75, 100);
            Assert.Single(result.EnumerateArray(), c => c.GetProperty("match").GetBoolean());
            Assert.Contains(instruments, best.GetProperty("type").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public async Task Batch_json_body_respects_limit_and_never_claims_two_matches()
    {
        using var content = new StringContent("""{"q0": {"query": "TEM", "limit": 2}}""", Encoding.UTF8, "application/json");
        var (json, body) = await ReadAsync(await (await ClientAsync()).PostAsync("/reconcile", content, Ct), HttpStatusCode.OK);

        await ReconcileSchemaValidator.AssertValidAsync("reconciliation-result-batch.json", json, Ct);
        var result = body.GetProperty("q0").GetProperty("result");
        Assert.InRange(result.GetArrayLength(), 1, 2);
        Assert.True(result.EnumerateArray().Count(c => c.GetProperty("match").GetBoolean()) <= 1);
        Assert.All(result.EnumerateArray(), c => Assert.InRange(c.GetProperty("score").GetDouble(), 0, 100));
    }

    [Fact]
    public async Task Batch_get_with_queries_parameter_answers_like_post()
    {
        var (sem, _) = Concept(SemEn);
        var queries = Uri.EscapeDataString(JsonSerializer.Serialize(new { a = new { query = SemEn } }));

        var (json, body) = await ReadAsync(await (await ClientAsync()).GetAsync("/reconcile?queries=" + queries, Ct), HttpStatusCode.OK);

        await ReconcileSchemaValidator.AssertValidAsync("reconciliation-result-batch.json", json, Ct);
        var best = body.GetProperty("a").GetProperty("result")[0];
        Assert.Equal(sem, best.GetProperty("id").GetString());
        Assert.True(best.GetProperty("match").GetBoolean());
    }

    [Fact]
    public async Task Batch_type_restricts_candidates_to_the_concept_scheme()
    {
        var (tem, instruments) = Concept(TemEn);
        var other = Snapshot(t => t.Schemes.Keys.First(s => s != instruments));
        var queries = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["in"] = new { query = TemEn, type = instruments },
            ["out"] = new { query = TemEn, type = other },
            ["unknown"] = new { query = TemEn, type = "https://example.org/no-such-scheme" },
        });

        var response = await (await ClientAsync()).PostAsync("/reconcile", new FormUrlEncodedContent([new("queries", queries)]), Ct);
        var (json, body) = await ReadAsync(response, HttpStatusCode.OK);

        await ReconcileSchemaValidator.AssertValidAsync("reconciliation-result-batch.json", json, Ct);
        var inside = body.GetProperty("in").GetProperty("result");
        Assert.Equal(tem, inside[0].GetProperty("id").GetString());
        Assert.All(inside.EnumerateArray(), c => Assert.Contains(instruments, TypeIds(c)));
        Assert.All(body.GetProperty("out").GetProperty("result").EnumerateArray(), c =>
        {
            Assert.NotEqual(tem, c.GetProperty("id").GetString());
            Assert.Contains(other, TypeIds(c));
        });
        Assert.Equal(0, body.GetProperty("unknown").GetProperty("result").GetArrayLength());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"q0": "TEM"}""")]
    [InlineData("""{"q0": {}}""")]
    [InlineData("""{"q0": {"query": "  "}}""")]
    [InlineData("""{"q0": {"query": "TEM", "limit": 0}}""")]
    [InlineData("""{"q0": {"query": "TEM", "limit": "3"}}""")]
    [InlineData("""{"q0": {"query": "TEM", "limit": 1.5}}""")]
    [InlineData("""{"q0": {"query": "TEM", "type": 7}}""")]
    public async Task Batch_invalid_queries_is_400_problem_json(string queries)
    {
        var client = await ClientAsync();
        foreach (var response in new[]
        {
            await client.PostAsync("/reconcile", new FormUrlEncodedContent([new("queries", queries)]), Ct),
            await client.GetAsync("/reconcile?queries=" + Uri.EscapeDataString(queries), Ct),
        })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.Equal("invalid queries", problem.GetProperty("title").GetString());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        }
    }

    [Fact]
    public async Task Batch_unmatched_label_is_recorded()
    {
        const string Raw = "zqxw unheard-of gadget 4711";
        using var content = new StringContent(JsonSerializer.Serialize(new { q0 = new { query = Raw } }), Encoding.UTF8, "application/json");
        var client = await ClientAsync();
        var (_, body) = await ReadAsync(await client.PostAsync("/reconcile", content, Ct), HttpStatusCode.OK);
        Assert.DoesNotContain(body.GetProperty("q0").GetProperty("result").EnumerateArray(), c => c.GetProperty("match").GetBoolean());

        var recorder = factory.Services.GetRequiredService<UnmatchedLabelRecorder>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var rows = await recorder.ReadTopAsync(1000, 0, Ct);
            if (rows.FirstOrDefault(r => r.Samples.Contains(Raw)) is { } row)
            {
                Assert.Equal("unmatched", row.Status);
                Assert.True(row.Sources.ContainsKey("reconcile"));
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the unmatched label was not recorded within 20 s");
            await Task.Delay(200, Ct);
        }
    }

    [Fact]
    public async Task Suggest_entity_prefix_is_valid_and_pages_by_cursor()
    {
        var client = await ClientAsync();
        var (json, body) = await ReadAsync(await client.GetAsync("/reconcile/suggest/entity?prefix=transmission", Ct), HttpStatusCode.OK);
        var (json2, body2) = await ReadAsync(await client.GetAsync("/reconcile/suggest/entity?prefix=transmission&cursor=1", Ct), HttpStatusCode.OK);

        await ReconcileSchemaValidator.AssertValidAsync("suggest-entities-response.json", json, Ct);
        await ReconcileSchemaValidator.AssertValidAsync("suggest-entities-response.json", json2, Ct);
        var first = body.GetProperty("result");
        Assert.True(first.GetArrayLength() > 1);
        Assert.Contains(first.EnumerateArray(), s => s.GetProperty("name").GetString()!.StartsWith("transmission", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(first[1].GetProperty("id").GetString(), body2.GetProperty("result")[0].GetProperty("id").GetString());

        var missing = await client.GetAsync("/reconcile/suggest/entity", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Preview_known_concept_is_html_and_unknown_is_404()
    {
        var (tem, _) = Concept(TemEn);
        var client = await ClientAsync();

        var response = await client.GetAsync("/reconcile/preview?id=" + Uri.EscapeDataString(tem), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1>" + TemEn + "</h1>", html, StringComparison.Ordinal);
        Assert.Contains(TemJa, html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var unknown = await client.GetAsync("/reconcile/preview?id=" + Uri.EscapeDataString("https://example.org/none"), Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Cors_get_and_preflight_allow_any_origin()
    {
        var client = await ClientAsync();
        using var get = new HttpRequestMessage(HttpMethod.Get, "/reconcile");
        get.Headers.Add("Origin", "https://openrefine.example");
        var manifest = await client.SendAsync(get, Ct);
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        Assert.Equal("*", manifest.Headers.GetValues("Access-Control-Allow-Origin").Single());

        foreach (var path in new[] { "/reconcile", "/reconcile/suggest/entity" })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
            preflight.Headers.Add("Origin", "https://openrefine.example");
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
            var response = await client.SendAsync(preflight, Ct);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
            Assert.Contains("content-type", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        }
    }

    private static IEnumerable<string?> TypeIds(JsonElement candidate) =>
        candidate.GetProperty("type").EnumerateArray().Select(t => t.GetProperty("id").GetString());

    private static async Task<(string Json, JsonElement Body)> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var json = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {json}");
        return (json, JsonDocument.Parse(json).RootElement.Clone());
    }

    // The label index is built once the snapshot has loaded; until then the endpoints answer 503.
    private async Task<HttpClient> ClientAsync()
    {
        var client = factory.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await client.GetAsync("/reconcile/suggest/entity?prefix=a", Ct)).StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            Assert.True(DateTime.UtcNow < deadline, "the label index was not ready within 60 s");
            await Task.Delay(100, Ct);
        }

        return client;
    }

    private T Snapshot<T>(Func<Core.Thesaurus, T> read)
    {
        _ = factory.CreateClient();
        return factory.Services.GetRequiredService<ThesaurusSnapshotService>().Read(read);
    }

    // Concepts are found by their English label, so renaming a slug in ontology/ does not break these tests.
    private (string Iri, string Scheme) Concept(string prefLabelEn) => Snapshot(t =>
    {
        var concept = t.Concepts.Values.Single(c => c.Labels.Contains(new Core.Label(prefLabelEn, "en", Core.LabelKind.Pref)));
        return (concept.Iri, concept.Schemes.Single());
    });
}
