using System.Net.Http.Json;
using System.Text.Json;

namespace Vocab.Server.Tests;

/// <summary>GET /api/v1/search and /api/v1/autocomplete over the shipped thesaurus, and their bad-input answers.</summary>
public sealed class SearchApiTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private static readonly string[] MatchKinds = ["pref", "alt", "hidden", "notation", "fuzzy"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_haadf_ranksTheTechniqueWithTheMatchedLabel()
    {
        var hits = await GetResultsAsync("/api/v1/search?q=HAADF&lang=en");

        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h.GetProperty("id").GetString()!.StartsWith("https://w3id.org/vocab/technique/", StringComparison.Ordinal));
        Assert.All(hits, h =>
        {
            Assert.Contains(h.GetProperty("matchKind").GetString(), MatchKinds);
            Assert.False(string.IsNullOrEmpty(h.GetProperty("prefLabel").GetString()));
            Assert.False(string.IsNullOrEmpty(h.GetProperty("matchedLabel").GetString()));
            Assert.True(h.TryGetProperty("matchedLang", out _));
            Assert.InRange(h.GetProperty("score").GetDouble(), 0, 1);
        });
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task Search_japanese_findsLabelsContainingTheQuery()
    {
        var hits = await GetResultsAsync("/api/v1/search?q=" + Uri.EscapeDataString("電子顕微鏡") + "&lang=ja&limit=5");

        Assert.InRange(hits.Length, 1, 5);
        Assert.Contains(hits, h => h.GetProperty("matchedLabel").GetString()!.Contains("電子顕微鏡", StringComparison.Ordinal));
        Assert.Contains(hits, h => h.GetProperty("lang").GetString() == "ja");
    }

    [Fact]
    public async Task Search_scheme_keepsOnlyThatScheme()
    {
        var hits = await GetResultsAsync("/api/v1/search?q=voltage&scheme=" + Uri.EscapeDataString("https://w3id.org/vocab/parameter"));

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.StartsWith("https://w3id.org/vocab/parameter/", h.GetProperty("id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Autocomplete_prefix_returnsLabelsStartingWithIt()
    {
        var hits = await GetResultsAsync("/api/v1/autocomplete?prefix=acc&lang=en&limit=5");

        Assert.InRange(hits.Length, 1, 5);
        Assert.All(hits, h => Assert.StartsWith("acc", h.GetProperty("matchedLabel").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Ready_reportsTheIndex()
    {
        var ready = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/ready", Ct);

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.True(ready.GetProperty("indexReady").GetBoolean());
    }

    [Theory]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/search?q=%20", "q")]
    [InlineData("/api/v1/search?q=HAADF&lang=en_GB!", "lang")]
    [InlineData("/api/v1/search?q=HAADF&limit=0", "limit")]
    [InlineData("/api/v1/search?q=HAADF&scheme=https%3A%2F%2Fexample.org%2Fnope", "https://example.org/nope")]
    [InlineData("/api/v1/autocomplete", "prefix")]
    [InlineData("/api/v1/autocomplete?prefix=ha&limit=51", "limit")]
    public async Task BadQuery_isProblemJson400(string url, string mentioned)
    {
        var response = await factory.CreateClient().GetAsync(url, Ct);

        await NormalizeApiTests.AssertProblemAsync(response, 400, mentioned);
    }

    [Fact]
    public async Task Search_overlongQuery_isProblemJson400()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/search?q=" + new string('a', 501), Ct);

        await NormalizeApiTests.AssertProblemAsync(response, 400, "500");
    }

    private async Task<JsonElement[]> GetResultsAsync(string url)
    {
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>(url, Ct);
        return [.. json.GetProperty("results").EnumerateArray()];
    }
}
