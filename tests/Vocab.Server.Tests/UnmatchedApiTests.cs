using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vocab.Data;
using Vocab.Server.Hosting;

namespace Vocab.Server.Tests;

/// <summary><c>GET /api/v1/unmatched</c> over the server's own recorder and store.</summary>
public sealed class UnmatchedApiTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unmatched_recordedLabels_listsMostFrequentFirst()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(Core.Curation.Roles.Expert, [TokenScopes.Reports]));
        var recorder = factory.Services.GetRequiredService<UnmatchedLabelRecorder>();
        foreach (var (raw, key, times) in new[] { ("Cryo EM", "cryo em", 2), ("HAADF-STEM", "haadf stem", 5), ("Nanoindent", "nanoindent", 1) })
        {
            for (var i = 0; i < times; i++)
            {
                recorder.Record(raw, key, i == 0 ? "unmatched" : "ambiguous", "test-pipeline");
            }
        }

        await recorder.FlushAsync(Ct);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/unmatched?limit=2", Ct);
        var labels = page.GetProperty("labels");
        Assert.Equal(["haadf stem", "cryo em"], labels.EnumerateArray().Select(l => l.GetProperty("key").GetString()));
        var top = labels[0];
        Assert.Equal(5, top.GetProperty("count").GetInt64());
        Assert.Equal("ambiguous", top.GetProperty("status").GetString());
        Assert.Equal("HAADF-STEM", top.GetProperty("samples")[0].GetString());
        Assert.Equal(5, top.GetProperty("sources").GetProperty("test-pipeline").GetInt64());
        Assert.True(page.GetProperty("more").GetBoolean());

        var rest = await client.GetFromJsonAsync<JsonElement>("/api/v1/unmatched?limit=2&offset=2", Ct);
        Assert.Equal("nanoindent", Assert.Single(rest.GetProperty("labels").EnumerateArray()).GetProperty("key").GetString());
        Assert.False(rest.GetProperty("more").GetBoolean());
    }

    [Fact]
    public async Task Writer_stop_flushesWhatIsStillQueued()
    {
        using var server = new VocabServerFactory();
        _ = server.CreateClient();
        var recorder = server.Services.GetRequiredService<UnmatchedLabelRecorder>();
        var writer = Assert.Single(server.Services.GetServices<IHostedService>().OfType<UnmatchedLabelWriter>());

        recorder.Record("XRD Rietveld", "xrd rietveld", "unmatched", "shutdown-test");
        await writer.StopAsync(Ct);

        Assert.Equal(0, recorder.Pending);
        var entry = Assert.Single(await recorder.ReadTopAsync(10, 0, Ct));
        Assert.Equal(("xrd rietveld", 1L), (entry.Key, entry.Count));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=1001")]
    [InlineData("offset=-1")]
    public async Task Unmatched_badPaging_is400Problem(string query)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(Core.Curation.Roles.Expert, [TokenScopes.Reports]));

        var response = await client.GetAsync($"/api/v1/unmatched?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
