using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Vocab.Server.Tests;

/// <summary><c>POST /api/v1/datasets/normalize</c> over the shipped thesaurus.</summary>
public sealed class DatasetsApiTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Csv_headers_are_mapped_to_concepts_and_rewritten()
    {
        var client = factory.CreateClient();
        var csv = "加速電圧(kV),Camera Length [mm],banana bread\n300,80,1\n";

        var response = await client.PostAsync("/api/v1/datasets/normalize?format=csv", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("csv", body.GetProperty("format").GetString());
        var statuses = body.GetProperty("mappings").EnumerateArray()
            .Select(m => m.GetProperty("match"))
            .ToDictionary(m => m.GetProperty("input").GetString()!, m => m.GetProperty("status").GetString());
        Assert.Equal("matched", statuses["加速電圧(kV)"]);
        Assert.Equal("matched", statuses["Camera Length [mm]"]);
        Assert.Equal("unmatched", statuses["banana bread"]);
        var normalized = body.GetProperty("normalized").GetString()!;
        Assert.StartsWith("acceleration voltage,camera length,banana bread", normalized, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_format_is_problem_json_400()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/v1/datasets/normalize?format=xlsx", new StringContent("a,b\n", Encoding.UTF8, "text/csv"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
