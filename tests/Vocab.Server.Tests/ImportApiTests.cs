using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary><c>POST /api/v1/import</c>: admin tokens with the import scope; atomic; RDF errors with line and column.</summary>
public sealed class ImportApiTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private const string Document = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix ex: <https://example.org/imported/> .
        ex:scheme a skos:ConceptScheme ; skos:prefLabel "Imported terms"@en .
        ex:ptycho a skos:Concept ; skos:inScheme ex:scheme ;
            skos:prefLabel "electron ptychography imported"@en , "電子タイコグラフィー輸入"@ja .
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_turtle_isOneChange_andNormalizedAtOnce()
    {
        var client = await factory.TokenClientAsync(Roles.Admin, TokenScopes.Import);
        var response = await client.PostAsync("/api/v1/import?name=ptycho.ttl&reason=facility%20terms", Turtle(Document), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(report.GetProperty("seq").GetInt64() > 0);
        Assert.Equal(6, report.GetProperty("statementsAdded").GetInt64());

        var normalized = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/normalize?label=electron%20ptychography%20imported", Ct);
        Assert.Equal("https://example.org/imported/ptycho", normalized.GetProperty("best").GetProperty("id").GetString());
        var seq = report.GetProperty("seq").GetInt64();
        var change = (await factory.Services.GetRequiredService<VocabStore>().ReadChangesAsync(seq - 1, 1, Ct)).Single();
        Assert.Equal(seq, change.Sequence);
        Assert.Equal("facility terms", change.Reason);
    }

    [Fact]
    public async Task Import_badTurtle_isProblemWithLineAndColumn_andWritesNothing()
    {
        var store = factory.Services.GetRequiredService<VocabStore>();
        var before = await store.GetLastSequenceAsync(Ct);
        var client = await factory.TokenClientAsync(Roles.Admin, TokenScopes.Import);
        var response = await client.PostAsync("/api/v1/import", Turtle(Document + "\nex:broken skos:prefLabel \"unterminated ;\n"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("line").GetInt32() >= 6);
        Assert.True(problem.GetProperty("column").GetInt32() > 0);
        Assert.DoesNotContain(Path.GetTempPath(), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await store.GetLastSequenceAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/import", Turtle(""), Ct)).StatusCode);
        var unknown = new StringContent("<a> <b> <c> .", Encoding.UTF8, "application/x-unknown");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PostAsync("/api/v1/import", unknown, Ct)).StatusCode);
        Assert.Equal(before, await store.GetLastSequenceAsync(Ct));
    }

    [Fact]
    public async Task Import_needsAnAdminOwnerAndTheImportScope()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsync("/api/v1/import", Turtle(Document), Ct)).StatusCode);
        var editor = await factory.TokenClientAsync(Roles.Editor, TokenScopes.Import);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/api/v1/import", Turtle(Document), Ct)).StatusCode);
        var adminWithoutScope = await factory.TokenClientAsync(Roles.Admin, TokenScopes.Curate);
        Assert.Equal(HttpStatusCode.Forbidden, (await adminWithoutScope.PostAsync("/api/v1/import", Turtle(Document), Ct)).StatusCode);
    }

    private static StringContent Turtle(string text) => new(text, Encoding.UTF8, "text/turtle");
}
