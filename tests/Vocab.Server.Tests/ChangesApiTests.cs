using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Data;
using Vocab.Rdf;

namespace Vocab.Server.Tests;

/// <summary>Health, readiness and the change feed over a seeded store.</summary>
public sealed class ChangesApiTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_reports_the_loaded_snapshot_sequence()
    {
        var client = factory.CreateClient();

        var ready = await client.GetFromJsonAsync<JsonElement>("/ready", Ct);

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.True(ready.GetProperty("sequence").GetInt64() >= 1);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Ct)).StatusCode);
    }

    [Fact]
    public async Task Changes_feed_starts_with_the_seed_import()
    {
        var client = factory.CreateClient();

        var feed = await client.GetFromJsonAsync<JsonElement>("/api/v1/changes?since=0&limit=1", Ct);

        var first = feed.GetProperty("changes")[0];
        Assert.Equal(1, first.GetProperty("sequence").GetInt64());
        Assert.Equal("vocab", first.GetProperty("actor").GetString());
        Assert.Equal("import", first.GetProperty("kind").GetString());
        Assert.True(first.GetProperty("addedCount").GetInt64() > 10_000);
    }

    [Fact]
    public async Task One_change_lists_its_statements()
    {
        var client = factory.CreateClient();

        var change = await client.GetFromJsonAsync<JsonElement>("/api/v1/changes/1", Ct);

        Assert.Equal(change.GetProperty("change").GetProperty("addedCount").GetInt64(), change.GetProperty("added").GetArrayLength());
        Assert.Equal(0, change.GetProperty("removed").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/changes?since=-1")]
    [InlineData("/api/v1/changes?limit=0")]
    [InlineData("/api/v1/changes?limit=100000")]
    public async Task Bad_feed_queries_are_problem_json_400(string url)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("limit", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_change_is_problem_json_404()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/changes/999999", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_change_written_by_another_process_reaches_the_snapshot()
    {
        var client = factory.CreateClient();
        var snapshot = factory.Services.GetRequiredService<ThesaurusSnapshotService>();
        var before = snapshot.Sequence;

        // A second store instance on the same data stands in for another server process or the CLI.
        var other = new VocabStore(new VocabDatabase(StoreOptions.Parse(factory.Db)));
        await other.OpenAsync(Ct);
        await using (var w = await other.BeginChangeAsync(new ChangeInfo("test", "follow test", "edit"), Ct))
        {
            var concept = new Iri("https://example.org/followed");
            var graph = new Iri("https://example.org/g");
            w.Add(new Quad(concept, new Iri(Core.Iris.Rdf.Type), new Iri(Core.Iris.Skos.Concept), graph));
            w.Add(new Quad(concept, new Iri(Core.Iris.Skos.PrefLabel), Literal.LangString("followed", "en"), graph));
            await w.CommitAsync(Ct);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (snapshot.Sequence == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Ct);
        }

        Assert.Equal(before + 1, snapshot.Sequence);
        Assert.True(snapshot.Read(t => t.Concepts.ContainsKey("https://example.org/followed")));
        Assert.NotNull(client);
    }
}
