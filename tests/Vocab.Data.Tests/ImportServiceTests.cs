using Vocab.Rdf;
using Vocab.Rdf.Skos;
using static Vocab.Data.Tests.Quads;

namespace Vocab.Data.Tests;

public sealed class ImportServiceTests : IAsyncDisposable
{
    private readonly SqliteBackend _backend = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _backend.DisposeAsync();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_backend.Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<(VocabStore Store, ImportReport Report)> ImportAsync(ImportOptions? options = null, params string[] paths)
    {
        var store = _backend.CreateStore();
        var report = await new ImportService(store).ImportAsync(paths.Select(p => new ImportSource(p)).ToList(), options ?? new ImportOptions("tester", "test"), Ct);
        return (store, report);
    }

    [Fact]
    public async Task Import_blankNodes_getStoreUniqueLabelsPerFile()
    {
        var a = Write("a.nt", "_:b0 <http://example.org/p> \"one\" .\n_:b0 <http://example.org/q> _:b1 .\n");
        var b = Write("b.nt", "_:b0 <http://example.org/p> \"two\" .\n");

        var (store, report) = await ImportAsync(null, a, b);

        var subjects = (await CurrentAsync(store)).Select(q => q.Subject).OfType<BlankNode>().Select(n => n.Label).ToList();
        Assert.Equal(["c1_0", "c1_0", "c1_2"], subjects);
        Assert.Equal(3, report.StatementsAdded);
    }

    [Fact]
    public async Task Import_fileWithoutDeclaration_usesFileNameGraph()
    {
        var path = Write("plain data.nt", "<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n");

        var (store, report) = await ImportAsync(null, path);

        Assert.Equal("<urn:vocab:graph:plain%20data.nt>", Assert.Single(report.Files).Graph);
        Assert.Equal(1, await store.CountAsync("urn:vocab:graph:plain%20data.nt", Ct));
    }

    [Fact]
    public async Task Import_twoDeclaredSchemes_rereadsIntoFileNameGraph()
    {
        var path = Write("two.ttl", """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <http://example.org/s1> a skos:ConceptScheme .
            <http://example.org/c> skos:inScheme <http://example.org/s1> .
            <http://example.org/s2> a skos:ConceptScheme .
            <http://example.org/d> skos:inScheme <http://example.org/s2> .
            """);

        var (store, report) = await ImportAsync(null, path);

        var file = Assert.Single(report.Files);
        Assert.Equal(("<urn:vocab:graph:two.ttl>", 2), (file.Graph, file.Passes));
        Assert.Equal([new GraphInfo(new Iri("urn:vocab:graph:two.ttl"), 4)], await store.ListGraphsAsync(Ct));
        Assert.Equal(4, report.Change.AddedCount);
    }

    [Fact]
    public async Task Import_declarationAfterManyStatements_rereadsIntoSchemeGraph()
    {
        var lines = Enumerable.Range(0, 60_000).Select(i => $"<http://example.org/c{i}> <http://www.w3.org/2004/02/skos/core#inScheme> <http://example.org/late> .")
            .Append("<http://example.org/late> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#ConceptScheme> .");
        var path = Write("late.nt", string.Join('\n', lines) + "\n");

        var (store, report) = await ImportAsync(null, path);

        var file = Assert.Single(report.Files);
        Assert.Equal(("<http://example.org/late>", 2, 60_001L), (file.Graph, file.Passes, file.StatementsAdded));
        Assert.Equal(60_001, await store.CountAsync("http://example.org/late", Ct));
        Assert.Equal(60_001, report.Change.AddedCount);
    }

    [Fact]
    public async Task Import_graphOption_overridesDeclaredScheme()
    {
        var (store, report) = await ImportAsync(new ImportOptions("tester", "test") { Graph = "http://example.org/mine" }, Fixture("materials.ttl"));

        Assert.Equal("<http://example.org/mine>", Assert.Single(report.Files).Graph);
        Assert.Equal(report.StatementsAdded, await store.CountAsync("http://example.org/mine", Ct));
    }

    [Fact]
    public async Task Import_relativeGraphOption_isRejectedBeforeWriting()
    {
        var store = _backend.CreateStore();

        var error = await Assert.ThrowsAsync<ImportException>(() => new ImportService(store).ImportAsync(
            [new ImportSource(Fixture("materials.ttl"))], new ImportOptions("tester", "test") { Graph = "not an iri" }, Ct));

        Assert.Equal("the target graph must be an absolute IRI: not an iri", error.Message);
        Assert.Equal(0, await store.GetLastSequenceAsync(Ct));
    }

    [Fact]
    public async Task Import_nQuadsNamedGraphs_keepTheirNames()
    {
        var path = Write("g.nq", """
            <http://example.org/a> <http://example.org/p> "x" <http://example.org/g1> .
            <http://example.org/a> <http://example.org/p> "x" <http://example.org/g2> .
            <http://example.org/a> <http://example.org/p> "y" .
            """);

        var (store, _) = await ImportAsync(null, path);

        Assert.Equal(
            ["<http://example.org/g1>", "<http://example.org/g2>", "<urn:vocab:graph:g.nq>"],
            (await store.ListGraphsAsync(Ct)).Select(g => g.Graph.ToNTriples()));
    }

    [Fact]
    public async Task Import_owlOntology_derivesSkosIntoOntologyGraph()
    {
        var (store, report) = await ImportAsync(new ImportOptions("tester", "test") { Profile = ImportProfile.Owl }, Fixture("ontology.ttl"));

        var file = Assert.Single(report.Files);
        Assert.Equal("<http://example.org/onto>", file.Graph);
        Assert.Equal(ImportProfile.Owl, file.Summary.Profile);
        Assert.Equal(2, report.Concepts);
        Assert.True(report.DerivedStatements > 0);
        var current = await CurrentAsync(store, "http://example.org/onto");
        Assert.Contains(current, q => q.Predicate.Value == Vocab.Core.Iris.Skos.PrefLabel && q.Obj is Literal { Value: "scanning electron microscopy" });
        Assert.Equal(report.StatementsAdded, current.Count);
    }

    [Fact]
    public async Task Import_unknownExtension_failsBeforeWriting()
    {
        var path = Write("notes.txt", "hello");
        var store = _backend.CreateStore();

        var error = await Assert.ThrowsAsync<ImportException>(() =>
            new ImportService(store).ImportAsync([new ImportSource(Fixture("materials.ttl")), new ImportSource(path)], new ImportOptions("tester", "test"), Ct));

        Assert.Contains("unknown RDF file extension '.txt'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.GetLastSequenceAsync(Ct));
    }

    [Fact]
    public async Task Import_explicitFormat_readsAnyExtension()
    {
        var path = Write("data.txt", "<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n");
        var store = _backend.CreateStore();

        var report = await new ImportService(store).ImportAsync([new ImportSource(path, RdfFormats.FromName("n-triples"))], new ImportOptions("tester", "test"), Ct);

        Assert.Equal(1, report.StatementsAdded);
    }

    [Fact]
    public async Task Import_invalidUtf8_reportsByteOffsetAndWritesNothing()
    {
        var path = Path.Combine(_backend.Folder, "latin1.nt");
        var prefix = "<http://example.org/a> <http://example.org/p> \"caf"u8.ToArray();
        File.WriteAllBytes(path, [.. prefix, 0xE9, .. "\" .\n"u8.ToArray()]);
        var store = _backend.CreateStore();

        var error = await Assert.ThrowsAsync<ImportException>(() =>
            new ImportService(store).ImportAsync([new ImportSource(path)], new ImportOptions("tester", "test"), Ct));

        Assert.Equal($"{path}: not valid UTF-8 at byte offset {prefix.Length}", error.Message);
        Assert.Equal(0, await store.CountAsync(null, Ct));
    }

    [Fact]
    public async Task Import_progress_reachesFileLength()
    {
        var seen = new List<ImportProgress>();
        var progress = new SynchronousProgress(seen.Add);

        var (_, report) = await ImportAsync(new ImportOptions("tester", "test") { Progress = progress }, Fixture("materials.ttl"));

        var last = seen[^1];
        Assert.Equal((new FileInfo(Fixture("materials.ttl")).Length, 0, 1), (last.BytesRead, last.FileIndex, last.FileCount));
        Assert.Equal(last.TotalBytes, last.BytesRead);
        Assert.Contains("\"statementsRead\":17", report.Change.SummaryJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_cancelled_writesNothing()
    {
        var lines = Enumerable.Range(0, 20_000).Select(i => $"<http://example.org/c{i}> <http://example.org/p> \"{i}\" .");
        var path = Write("big.nt", string.Join('\n', lines));
        var store = _backend.CreateStore();
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.BytesRead > 0)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ImportService(store).ImportAsync([new ImportSource(path)], new ImportOptions("tester", "test") { Progress = progress }, cancel.Token));

        Assert.Equal(0, await store.CountAsync(null, Ct));
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
