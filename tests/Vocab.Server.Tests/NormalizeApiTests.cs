using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Data;
using Vocab.Rdf;

namespace Vocab.Server.Tests;

/// <summary>POST and GET /api/v1/normalize over the shipped thesaurus, the bad-input answers, and the index following the log.</summary>
public sealed class NormalizeApiTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private const string Technique = "https://w3id.org/vocab/technique/";
    private const string Parameter = "https://w3id.org/vocab/parameter/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_haadf_isMatchedToTheStemTechnique()
    {
        var result = (await PostAsync(new { labels = new[] { "HAADF" }, lang = "en" }))[0];

        Assert.Equal("HAADF", result.GetProperty("input").GetString());
        Assert.Equal("matched", result.GetProperty("status").GetString());
        var best = result.GetProperty("best");
        Assert.StartsWith(Technique, best.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", best.GetProperty("lang").GetString());
        Assert.InRange(best.GetProperty("score").GetDouble(), 0.75, 1.0);
        Assert.Contains(best.GetProperty("matchType").GetString(), new[] { "exact", "normalized", "abbreviation", "fuzzy", "curated" });
        Assert.False(string.IsNullOrEmpty(best.GetProperty("matchedLabel").GetString()));
    }

    [Fact]
    public async Task Post_abbreviationOfSeveralConcepts_isAmbiguousWithoutBest()
    {
        // "CP" names cross-section polishing, the polisher, and more: the caller must choose.
        var result = (await PostAsync(new { labels = new[] { "CP" } }))[0];

        Assert.Equal("ambiguous", result.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("best").ValueKind);
        Assert.True(result.GetProperty("candidates").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Post_bananaBread_isUnmatched()
    {
        var result = (await PostAsync(new { labels = new[] { "banana bread" } }))[0];

        Assert.Equal("unmatched", result.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("best").ValueKind);
    }

    [Fact]
    public async Task Post_mixedBatch_answersInInputOrder()
    {
        string[] labels = ["banana bread", "Acc. Voltage [kV]", "加速電圧", "HAADF", "カメラ長(mm)"];

        var results = await PostAsync(new { labels, limit = 2 });

        Assert.Equal(labels, results.Select(r => r.GetProperty("input").GetString() ?? "").ToArray());
        Assert.Equal(new[] { "unmatched", "matched", "matched", "matched", "matched" }, results.Select(r => r.GetProperty("status").GetString() ?? "").ToArray());
        var voltage = results[1].GetProperty("best");
        Assert.Equal(Parameter + "AccelerationVoltage", voltage.GetProperty("id").GetString());
        var unit = voltage.GetProperty("unit");
        Assert.Equal("kV", unit.GetProperty("symbol").GetString());
        Assert.Equal("https://w3id.org/vocab/unit/Kilovolt", unit.GetProperty("id").GetString());
        Assert.Equal("kilovolt", unit.GetProperty("prefLabel").GetString());
        Assert.Equal(Parameter + "AccelerationVoltage", results[2].GetProperty("best").GetProperty("id").GetString());
        Assert.False(results[2].GetProperty("best").TryGetProperty("unit", out _));
        Assert.Equal(Parameter + "CameraLength", results[4].GetProperty("best").GetProperty("id").GetString());
        Assert.All(results, r => Assert.InRange(r.GetProperty("candidates").GetArrayLength(), 0, 2));
    }

    [Fact]
    public async Task Post_schemeFilter_keepsOnlyThatScheme()
    {
        var result = (await PostAsync(new { labels = new[] { "Acc. Voltage [kV]" }, scheme = "https://w3id.org/vocab/parameter" }))[0];

        Assert.Equal("matched", result.GetProperty("status").GetString());
        Assert.All(result.GetProperty("candidates").EnumerateArray(), c => Assert.StartsWith(Parameter, c.GetProperty("id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_oneLabel_returnsTheResultObject()
    {
        var result = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/normalize?label=" + Uri.EscapeDataString("加速電圧") + "&lang=ja&limit=1", Ct);

        Assert.Equal("加速電圧", result.GetProperty("input").GetString());
        Assert.Equal("matched", result.GetProperty("status").GetString());
        Assert.Equal(Parameter + "AccelerationVoltage", result.GetProperty("best").GetProperty("id").GetString());
        Assert.Equal("ja", result.GetProperty("best").GetProperty("lang").GetString());
    }

    [Theory]
    [InlineData("{\"labels\": []}", 400, "empty")]
    [InlineData("{\"labels\": [\"HAADF\"", 400, "JSON")]
    [InlineData("labels=HAADF", 400, "JSON")]
    [InlineData("", 400, "JSON")]
    [InlineData("{\"lang\": \"en\"}", 400, "labels")]
    [InlineData("{\"labels\": [\"HAADF\", null]}", 400, "labels[1]")]
    [InlineData("{\"labels\": [\"HAADF\"], \"lang\": \"en_US!\"}", 400, "lang")]
    [InlineData("{\"labels\": [\"HAADF\"], \"scheme\": \"https://example.org/no-such-scheme\"}", 400, "https://example.org/no-such-scheme")]
    [InlineData("{\"labels\": [\"HAADF\"], \"type\": \"https://example.org/no-such-type\"}", 400, "https://example.org/no-such-type")]
    [InlineData("{\"labels\": [\"HAADF\"], \"limit\": 0}", 400, "limit")]
    [InlineData("{\"labels\": [\"HAADF\"], \"limit\": 51}", 400, "limit")]
    public async Task Post_badInput_isProblemJson(string body, int status, string mentioned)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync("/api/v1/normalize", content, Ct);

        await AssertProblemAsync(response, status, mentioned);
    }

    [Fact]
    public async Task Post_labelOverMaxLength_isProblemJsonNamingTheIndex()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/normalize", new { labels = new[] { "HAADF", new string('x', 501) } }, Ct);

        await AssertProblemAsync(response, 400, "labels[1]");
    }

    [Fact]
    public async Task Post_overMaxBatch_isProblemJson413()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/normalize", new { labels = Enumerable.Repeat("HAADF", 10_001) }, Ct);

        await AssertProblemAsync(response, 413, "10000");
    }

    [Theory]
    [InlineData("/api/v1/normalize")]
    [InlineData("/api/v1/normalize?label=HAADF&lang=e%20n")]
    [InlineData("/api/v1/normalize?label=HAADF&scheme=https%3A%2F%2Fexample.org%2Fnope")]
    [InlineData("/api/v1/normalize?label=HAADF&limit=500")]
    public async Task Get_badInput_isProblemJson400(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Ct);

        await AssertProblemAsync(response, 400, "");
    }

    [Fact]
    public async Task Post_labelAddedThroughTheStore_becomesMatchable()
    {
        const string label = "quasi-periodic zig-zag twin boundary";
        var client = factory.CreateClient();
        Assert.Equal("unmatched", (await PostAsync(new { labels = new[] { label } }))[0].GetProperty("status").GetString());

        // A second store instance on the same data stands in for another server process or the CLI.
        var other = new VocabStore(new VocabDatabase(StoreOptions.Parse(factory.Db)));
        await other.OpenAsync(Ct);
        var concept = new Iri("https://example.org/zigzag-twin");
        await using (var w = await other.BeginChangeAsync(new ChangeInfo("test", "index follow test", "edit"), Ct))
        {
            var graph = new Iri("https://example.org/g");
            w.Add(new Quad(concept, new Iri(Core.Iris.Rdf.Type), new Iri(Core.Iris.Skos.Concept), graph));
            w.Add(new Quad(concept, new Iri(Core.Iris.Skos.PrefLabel), Literal.LangString(label, "en"), graph));
            await w.CommitAsync(Ct);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        JsonElement result;
        do
        {
            await Task.Delay(100, Ct);
            result = (await PostAsync(new { labels = new[] { label } }))[0];
        }
        while (result.GetProperty("status").GetString() != "matched" && DateTime.UtcNow < deadline);

        Assert.Equal("matched", result.GetProperty("status").GetString());
        Assert.Equal(concept.Value, result.GetProperty("best").GetProperty("id").GetString());
        Assert.Equal("exact", result.GetProperty("best").GetProperty("matchType").GetString());
        Assert.NotNull(client);
    }

    [Fact]
    public async Task Post_unmatchedLabels_areRecordedWithTheirSource_rejectedOnesAreNot()
    {
        var recorder = factory.Services.GetRequiredService<UnmatchedLabelRecorder>();
        await PostAsync(new { labels = new[] { "HAADF", "zebra pudding batter" }, source = "pipeline-a" });
        using var rejected = new StringContent("{\"labels\": [\"yak custard\"], \"lang\": \"??\"}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().PostAsync("/api/v1/normalize", rejected, Ct)).StatusCode);

        await recorder.FlushAsync(Ct);
        var entries = await recorder.ReadTopAsync(10_000, 0, Ct);

        var entry = Assert.Single(entries, e => e.Samples.Contains("zebra pudding batter"));
        Assert.Equal("unmatched", entry.Status);
        Assert.True(entry.Sources.ContainsKey("pipeline-a"));
        Assert.DoesNotContain(entries, e => e.Samples.Contains("yak custard") || e.Samples.Contains("HAADF"));
    }

    [Fact]
    public async Task OpenApi_document_listsTheLabelApis()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/normalize").TryGetProperty("post", out var post));
        Assert.True(post.TryGetProperty("requestBody", out _));
        Assert.True(paths.GetProperty("/api/v1/normalize").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/search").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/autocomplete").TryGetProperty("get", out _));
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, int status, string mentioned)
    {
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Contains(mentioned, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement[]> PostAsync(object body)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/normalize", body, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return [.. json.GetProperty("results").EnumerateArray()];
    }
}
