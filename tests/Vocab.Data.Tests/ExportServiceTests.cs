using Vocab.Rdf;
using static Vocab.Data.Tests.Quads;

namespace Vocab.Data.Tests;

public sealed class ExportServiceTests : IAsyncDisposable
{
    private readonly SqliteBackend _backend = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _backend.DisposeAsync();

    private async Task<VocabStore> ImportBothAsync()
    {
        var store = _backend.CreateStore();
        await new ImportService(store).ImportAsync(
            [new ImportSource(Fixture("materials.ttl")), new ImportSource(Fixture("instruments.ttl"))], new ImportOptions("tester", "fixtures"), Ct);
        return store;
    }

    private static List<Quad> Parse(string nquads) => [.. new NQuadsParser().Parse(new StringReader(nquads))];

    [Fact]
    public async Task Export_withoutScheme_writesEveryCurrentStatementWithItsGraph()
    {
        var store = await ImportBothAsync();
        using var output = new StringWriter();

        var written = await new ExportService(store).ExportAsync(output, (w, o) => new NQuadsWriter(w, o), null, Ct);

        // Parsers scope blank node labels, so the parsed statements are compared up to blank node renaming.
        Assert.Equal(await store.CountAsync(null, Ct), written);
        Assert.True(GraphIsomorphism.AreIsomorphic(await CurrentAsync(store), Parse(output.ToString())));
        Assert.Contains("_:c1_0 ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_scheme_includesItsConceptsAndTheirXlLabelsOnly()
    {
        var store = await ImportBothAsync();
        using var output = new StringWriter();

        var written = await new ExportService(store).ExportAsync(output, (w, o) => new NQuadsWriter(w, o), "http://example.org/materials/scheme", Ct);

        var quads = Parse(output.ToString());
        Assert.Equal(written, quads.Count);
        Assert.Equal(await store.CountAsync("http://example.org/materials/scheme", Ct), written);
        Assert.DoesNotContain(quads, q => q.ToString().Contains("instruments", StringComparison.Ordinal));
        Assert.Contains(quads, q => q.Subject is BlankNode && q.Obj is Literal { Value: "HAADF" });
        Assert.All(quads.Select(q => q.Subject).OfType<BlankNode>(), b => Assert.StartsWith("c1_", b.Label, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_schemeWithIriXlLabels_followsTheLabelResources()
    {
        var store = await ImportBothAsync();
        using var output = new StringWriter();

        await new ExportService(store).ExportAsync(output, (w, o) => new NQuadsWriter(w, o), "http://example.org/instruments/scheme", Ct);

        var quads = Parse(output.ToString());
        Assert.Contains(quads, q => q.Subject is Iri { Value: "http://example.org/instruments/temLabel" } && q.Obj is Literal { Value: "TEM" });
        Assert.Equal(await store.CountAsync("http://example.org/instruments/scheme", Ct), quads.Count);
    }

    [Fact]
    public async Task Export_unknownScheme_writesNothing()
    {
        var store = await ImportBothAsync();
        using var output = new StringWriter();

        var written = await new ExportService(store).ExportAsync(new NTriplesWriter(output), "http://example.org/nothing", Ct);

        Assert.Equal(0, written);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Export_turtleWithDefaultPrefixes_parsesBackToTheSameTriples()
    {
        var store = await ImportBothAsync();
        using var output = new StringWriter();

        await new ExportService(store).ExportAsync(output, (w, o) => new TurtleWriter(w, o), null, Ct);

        Assert.Contains("@prefix skos: <http://www.w3.org/2004/02/skos/core#>", output.ToString(), StringComparison.Ordinal);
        var triples = new TurtleParser().Parse(new StringReader(output.ToString())).ToList();
        Assert.True(GraphIsomorphism.AreIsomorphic((await CurrentAsync(store)).Select(q => q.InGraph(null)).ToList(), triples));
    }
}
