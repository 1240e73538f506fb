using Vocab.Rdf;

namespace Vocab.Data.Tests;

/// <summary>Short constructors for test statements.</summary>
internal static class Quads
{
    public const string Ex = "http://example.org/";
    public static readonly Iri Graph = new(Ex + "graph");

    public static Iri I(string local) => new(Ex + local);

    public static Quad Label(string subject, string text, string lang = "en", Iri? graph = null) =>
        new(I(subject), new Iri("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal.LangString(text, lang), graph ?? Graph);

    public static Quad Link(string subject, string predicate, string obj, Iri? graph = null) =>
        new(I(subject), I(predicate), I(obj), graph ?? Graph);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static async Task<List<Quad>> CurrentAsync(VocabStore store, string? graph = null)
    {
        var quads = new List<Quad>();
        await foreach (var statement in store.ReadCurrentAsync(graph, TestContext.Current.CancellationToken))
        {
            quads.Add(statement.Quad);
        }

        return quads;
    }

    public static async Task<ChangeEntry> CommitAsync(VocabStore store, IEnumerable<Quad> add, IEnumerable<Quad>? remove = null, string kind = "edit")
    {
        var ct = TestContext.Current.CancellationToken;
        await using var writer = await store.BeginChangeAsync(new ChangeInfo("tester", "test", kind), ct);
        foreach (var quad in remove ?? [])
        {
            writer.Remove(quad);
        }

        foreach (var quad in add)
        {
            writer.Add(quad);
        }

        return await writer.CommitAsync(ct);
    }
}
