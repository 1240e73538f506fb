using System.Net.Http.Json;
using System.Text.Json;
using Vocab.Data;
using Vocab.Rdf;

namespace Vocab.Server.Tests;

/// <summary>A curated mapping (<c>vdef:mappedLabel</c>) written to the store is matched by normalize as "curated".</summary>
public sealed class CuratedMappingApiTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private const string AccelerationVoltage = "https://w3id.org/vocab/parameter/AccelerationVoltage";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_labelAnExpertMapped_isMatchedAsCurated()
    {
        const string label = "Gun HT setpoint";
        Assert.NotEqual("matched", (await PostAsync(label)).GetProperty("status").GetString());

        // A second store instance on the same data stands in for the import (the CLI) or an accepted proposal.
        var other = new VocabStore(new VocabDatabase(StoreOptions.Parse(factory.Db)));
        await other.OpenAsync(Ct);
        await using (var w = await other.BeginChangeAsync(new ChangeInfo("test", "curated mapping test", "import"), Ct))
        {
            w.Add(new Quad(new Iri(AccelerationVoltage), new Iri(Core.Iris.Vocab.MappedLabel), Literal.LangString(label, "en"), new Iri("https://example.org/g")));
            await w.CommitAsync(Ct);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        JsonElement result;
        do
        {
            await Task.Delay(100, Ct);
            result = await PostAsync(label);
        }
        while (result.GetProperty("status").GetString() != "matched" && DateTime.UtcNow < deadline);

        Assert.Equal("matched", result.GetProperty("status").GetString());
        var best = result.GetProperty("best");
        Assert.Equal(AccelerationVoltage, best.GetProperty("id").GetString());
        Assert.Equal("curated", best.GetProperty("matchType").GetString());
        Assert.Equal(label, best.GetProperty("matchedLabel").GetString());
        Assert.Equal("acceleration voltage", best.GetProperty("prefLabel").GetString());
    }

    private async Task<JsonElement> PostAsync(string label)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/normalize", new { labels = new[] { label }, lang = "en" }, Ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return body.GetProperty("results")[0];
    }
}
