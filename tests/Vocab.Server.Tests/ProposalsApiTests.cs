using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary>
/// <c>/api/v1/proposals</c>: the curation workflow over JSON with <c>curate</c> tokens, under the web app's rules; every
/// refusal is problem JSON and writes nothing.
/// </summary>
public sealed class ProposalsApiTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Proposal_proposedVotedAccepted_isNormalizedAtOnce()
    {
        var concept = await ConceptOfAsync("HAADF");
        var author = await factory.TokenClientAsync(Roles.Contributor, TokenScopes.Curate);
        var created = await author.PostAsJsonAsync("/api/v1/proposals", new
        {
            kind = "AddLabel",
            operations = new[] { new { op = "AddLabel", concept, text = "Z-contrast dark field api", lang = "en", labelKind = "Alt" } },
            rationale = "vendor **software** label",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var proposal = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = proposal.GetProperty("id").GetInt64();
        Assert.Equal("Open", proposal.GetProperty("status").GetString());
        Assert.Equal($"/api/v1/proposals/{id}", created.Headers.Location?.OriginalString);

        foreach (var value in new[] { 1, 1 })
        {
            var expert = await factory.TokenClientAsync(Roles.Expert, TokenScopes.Curate);
            var voted = await expert.PostAsJsonAsync($"/api/v1/proposals/{id}/votes", new { value, comment = "seen it on our JEOL" }, Ct);
            Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
        }

        var editor = await factory.TokenClientAsync(Roles.Editor, TokenScopes.Curate);
        var decided = await editor.PostAsJsonAsync($"/api/v1/proposals/{id}/decision", new { accept = true, reason = "common vendor label" }, Ct);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var accepted = await decided.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        Assert.True(accepted.GetProperty("appliedSeq").GetInt64() > 0);
        Assert.Equal(2, accepted.GetProperty("voteCount").GetInt32());
        Assert.Equal(2, accepted.GetProperty("votes").GetArrayLength());

        var normalized = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/normalize?label=Z-contrast%20dark%20field%20api", Ct);
        Assert.Equal("matched", normalized.GetProperty("status").GetString());
        Assert.Equal(concept, normalized.GetProperty("best").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Rules_selfVoteAndContributorDecision_areRefusedWithProblemJson()
    {
        var author = await factory.TokenClientAsync(Roles.Expert, TokenScopes.Curate);
        var id = await ProposeAsync(author, "self vote api label");

        var selfVote = await author.PostAsJsonAsync($"/api/v1/proposals/{id}/votes", new { value = 1 }, Ct);
        await AssertProblemAsync(selfVote, HttpStatusCode.Forbidden);

        var contributor = await factory.TokenClientAsync(Roles.Contributor, TokenScopes.Curate);
        await AssertProblemAsync(await contributor.PostAsJsonAsync($"/api/v1/proposals/{id}/decision", new { accept = true, reason = "x" }, Ct), HttpStatusCode.Forbidden);

        var reader = await factory.TokenClientAsync(Roles.Reader, TokenScopes.Curate);
        await AssertProblemAsync(await reader.PostAsJsonAsync($"/api/v1/proposals/{id}/votes", new { value = 1 }, Ct), HttpStatusCode.Forbidden);

        var details = await author.GetFromJsonAsync<JsonElement>($"/api/v1/proposals/{id}", Ct);
        Assert.Equal(0, details.GetProperty("voteCount").GetInt32());
        Assert.Equal("Open", details.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Access_withoutCurateTokenOrAnonymous_isRefused()
    {
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/proposals", Ct)).StatusCode);

        var normalizeOnly = await factory.TokenClientAsync(Roles.Editor, TokenScopes.Normalize);
        Assert.Equal(HttpStatusCode.Forbidden, (await normalizeOnly.GetAsync("/api/v1/proposals", Ct)).StatusCode);

        // A browser session never reaches the JSON write API (no cookie-authenticated writes, so no CSRF surface).
        var session = await factory.SignedInClientAsync(Roles.Editor);
        var status = (await session.PostAsJsonAsync("/api/v1/proposals", new { kind = "AddLabel" }, Ct)).StatusCode;
        Assert.Contains(status, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized });
    }

    [Fact]
    public async Task BadInput_isProblemJson_andWritesNothing()
    {
        var client = await factory.TokenClientAsync(Roles.Contributor, TokenScopes.Curate);
        var before = await CountProposalsAsync();
        var concept = await ConceptOfAsync("EELS");

        await AssertProblemAsync(await client.PostAsync("/api/v1/proposals", new StringContent("{\"kind\":", Encoding.UTF8, "application/json"), Ct), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.PostAsync("/api/v1/proposals", new StringContent("kind=AddLabel", Encoding.UTF8, "text/plain"), Ct), HttpStatusCode.UnsupportedMediaType);
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/proposals", new { kind = "Nonsense", operations = Array.Empty<object>() }, Ct), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/proposals", new { kind = "AddLabel", operations = Array.Empty<object>() }, Ct), HttpStatusCode.BadRequest);
        var badOp = await client.PostAsJsonAsync("/api/v1/proposals", new { kind = "AddLabel", operations = new[] { new { op = "Explode", concept } } }, Ct);
        Assert.Contains("operations[0]", (await AssertProblemAsync(badOp, HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/proposals", new { kind = "AddLabel", operations = new[] { new { op = "AddLabel", concept = "not an iri", text = "x", lang = "en" } } }, Ct), HttpStatusCode.BadRequest);

        // The patch validator's refusals come back with their issue codes: a second English prefLabel, an unknown language tag.
        var twoPrefs = await client.PostAsJsonAsync("/api/v1/proposals", new
        {
            kind = "AddLabel",
            operations = new[] { new { op = "AddLabel", concept, text = "second preferred label", lang = "en", labelKind = "Pref" } },
        }, Ct);
        Assert.True((await AssertProblemAsync(twoPrefs, HttpStatusCode.BadRequest)).TryGetProperty("issues", out _));
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/proposals", new
        {
            kind = "AddLabel",
            operations = new[] { new { op = "AddLabel", concept, text = "label", lang = "not_a_tag!", labelKind = "Alt" } },
        }, Ct), HttpStatusCode.BadRequest);

        var huge = new StringContent("{\"kind\":\"AddLabel\",\"rationale\":\"" + new string('x', 300_000) + "\"}", Encoding.UTF8, "application/json");
        await AssertProblemAsync(await client.PostAsync("/api/v1/proposals", huge, Ct), HttpStatusCode.RequestEntityTooLarge);

        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/proposals/999999/votes", new { value = 1 }, Ct), HttpStatusCode.NotFound);
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/proposals/999999/votes", new { value = 5 }, Ct), HttpStatusCode.BadRequest);
        Assert.Equal(before, await CountProposalsAsync());
    }

    [Fact]
    public async Task Votes_changeInsteadOfAdding_andListFilters()
    {
        var author = await factory.TokenClientAsync(Roles.Contributor, TokenScopes.Curate);
        var id = await ProposeAsync(author, "changed vote api label");
        var expert = await factory.TokenClientAsync(Roles.Expert, TokenScopes.Curate);
        await expert.PostAsJsonAsync($"/api/v1/proposals/{id}/votes", new { value = 1 }, Ct);
        var changed = await (await expert.PostAsJsonAsync($"/api/v1/proposals/{id}/votes", new { value = -1 }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(-1, changed.GetProperty("score").GetInt32());
        Assert.Equal(1, changed.GetProperty("voteCount").GetInt32());

        var list = await author.GetFromJsonAsync<JsonElement>("/api/v1/proposals?status=open&kind=AddLabel&sort=newest&limit=500", Ct);
        Assert.Contains(list.GetProperty("proposals").EnumerateArray(), p => p.GetProperty("id").GetInt64() == id);
        await AssertProblemAsync(await author.GetAsync("/api/v1/proposals?status=bogus", Ct), HttpStatusCode.BadRequest);
        // Names only: numbers and combinations are no names (an enum's numbers are not part of the API).
        foreach (var query in new[] { "status=1", "status=99", "kind=2", "kind=AddLabel,Merge", "status=Open,Accepted" })
        {
            await AssertProblemAsync(await author.GetAsync("/api/v1/proposals?" + query, Ct), HttpStatusCode.BadRequest);
        }

        Assert.Contains((await author.GetFromJsonAsync<JsonElement>("/api/v1/proposals?status=OPEN&kind=addlabel&limit=500", Ct)).GetProperty("proposals").EnumerateArray(),
            p => p.GetProperty("id").GetInt64() == id);

        var withdrawn = await author.PostAsync($"/api/v1/proposals/{id}/withdraw", null, Ct);
        Assert.Equal("Withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString());
        await AssertProblemAsync(await expert.PostAsJsonAsync($"/api/v1/proposals/{id}/votes", new { value = 1 }, Ct), HttpStatusCode.Forbidden);
    }

    private async Task<long> ProposeAsync(HttpClient client, string label)
    {
        var concept = await ConceptOfAsync("EDS");
        var response = await client.PostAsJsonAsync("/api/v1/proposals", new
        {
            kind = "AddLabel",
            operations = new[] { new { op = "AddLabel", concept, text = label, lang = "en", labelKind = "Hidden" } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
    }

    private async Task<string> ConceptOfAsync(string label)
    {
        var result = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/normalize?label=" + Uri.EscapeDataString(label), Ct);
        return result.GetProperty("best").GetProperty("id").GetString()!;
    }
    private async Task<int> CountProposalsAsync()
    {
        await using var db = factory.Services.GetRequiredService<VocabDatabase>().CreateContext();
        return await db.Proposals.CountAsync(Ct);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}
