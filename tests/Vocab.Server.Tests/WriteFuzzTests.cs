using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary>
/// Mutated RDF documents against <c>POST /api/v1/import</c> and malformed JSON against the curation API, from a fixed
/// seed: never a 5xx, and a refused request leaves the change log and the proposals exactly as they were.
/// </summary>
public sealed class WriteFuzzTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private const string Valid = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix ex: <https://example.org/fuzz/> .
        ex:s a skos:ConceptScheme ; skos:prefLabel "Fuzz"@en .
        ex:c1 a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel "fuzz one"@en , "ファズ"@ja ;
            skos:altLabel "f1" ; skos:broader ex:c2 ; skos:note "a \"quoted\" note"^^<http://www.w3.org/2001/XMLSchema#string> .
        ex:c2 a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel "fuzz two"@en ; skos:related [ skos:prefLabel "blank"@en ] .
        """;

    private static readonly string[] RdfFragments =
    [
        "<", ">", "\"", "\"\"\"", "@prefix", ".", ";", ",", "_:b", "^^", "@en", "@", "\\u00", "\\", "[", "]", "(", ")", "\n", "#",
        "ex:", ":", "skos:prefLabel", "<http://", "'", "\u0000", "\ud800", "高", "true", "1.5e", "a", " ",
    ];

    private static readonly string[] JsonFragments =
    [
        "{", "}", "[", "]", ":", ",", "null", "true", "\"kind\"", "\"AddLabel\"", "\"operations\"", "\"op\"", "\"concept\"", "\"text\"",
        "\"https://w3id.org/vocab/technique/HAADFSTEM\"", "\"lang\"", "\"xx-!!\"", "\"labelKind\"", "\"Pref\"", "\"value\"", "2", "-1",
        "\"\\ud800\"", "1e309", "\"", new string('b', 400),
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MutatedRdf_onImport_neverA5xx_andRefusedOnesWriteNothing()
    {
        var client = await factory.TokenClientAsync(Roles.Admin, TokenScopes.Import);
        var store = factory.Services.GetRequiredService<VocabStore>();
        var random = new Random(20261121);
        var failures = new List<string>();
        for (var i = 0; i < 150; i++)
        {
            var document = Mutate(Valid, random);
            var before = await store.GetLastSequenceAsync(Ct);
            var response = await client.PostAsync("/api/v1/import?name=fuzz" + i + ".ttl", new StringContent(document, Encoding.UTF8, "text/turtle"), Ct);
            var after = await store.GetLastSequenceAsync(Ct);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode}: {Shorten(document)}");
            }
            else if (response.StatusCode != HttpStatusCode.OK && after != before)
            {
                failures.Add($"refused with {(int)response.StatusCode} but the log moved {before} → {after}");
            }
            else if (response.StatusCode != HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{(int)response.StatusCode} without problem JSON");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task MalformedJson_onTheCurationApi_neverA5xx_andRefusedOnesWriteNothing()
    {
        var client = await factory.TokenClientAsync(Roles.Editor, TokenScopes.Curate);
        var random = new Random(1121);
        var failures = new List<string>();
        string[] paths = ["/api/v1/proposals", "/api/v1/proposals/1/votes", "/api/v1/proposals/1/comments", "/api/v1/proposals/1/decision"];
        for (var i = 0; i < 200; i++)
        {
            var body = new StringBuilder();
            for (var parts = random.Next(1, 16); parts > 0; parts--)
            {
                body.Append(JsonFragments[random.Next(JsonFragments.Length)]);
            }

            var before = await CountAsync();
            var path = paths[i % paths.Length];
            var response = await client.PostAsync(path, new StringContent(body.ToString(), Encoding.UTF8, "application/json"), Ct);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{path} {(int)response.StatusCode}: {Shorten(body.ToString())}");
            }
            else if (!response.IsSuccessStatusCode && await CountAsync() != before)
            {
                failures.Add($"{path} refused with {(int)response.StatusCode} but wrote: {Shorten(body.ToString())}");
            }
        }

        Assert.Empty(failures);
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 5); edits > 0; edits--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 12), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, RdfFragments[random.Next(RdfFragments.Length)]);
                    break;
                case 2:
                    builder.Length = Math.Max(1, at);
                    break;
                default:
                    builder[at] = RdfFragments[random.Next(RdfFragments.Length)][0];
                    break;
            }
        }

        return builder.ToString();
    }

    private async Task<(int Proposals, int Votes, int Comments, long Seq)> CountAsync()
    {
        await using var db = factory.Services.GetRequiredService<VocabDatabase>().CreateContext();
        return (await db.Proposals.CountAsync(Ct), await db.Votes.CountAsync(Ct), await db.Comments.CountAsync(Ct),
            await factory.Services.GetRequiredService<VocabStore>().GetLastSequenceAsync(Ct));
    }
    private static string Shorten(string body) => body.Length > 120 ? body[..120] + "…" : body;
}
