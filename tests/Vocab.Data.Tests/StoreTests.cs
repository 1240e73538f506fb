using Vocab.Rdf;
using static Vocab.Data.Tests.Quads;

namespace Vocab.Data.Tests;

/// <summary>The store's contract, run against every provider (see the subclasses at the end of the file).</summary>
public abstract class StoreTests(StoreBackend backend) : IAsyncDisposable
{
    protected StoreBackend Backend { get; } = backend;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return Backend.DisposeAsync();
    }

    [Fact]
    public async Task Commit_addedStatements_areCurrentAndLogged()
    {
        var store = Backend.CreateStore();
        var change = await CommitAsync(store, [Label("a", "alpha"), Label("b", "beta"), Link("a", "broader", "b")]);

        Assert.Equal(1, change.Sequence);
        Assert.Equal(3, change.AddedCount);
        Assert.Equal(0, change.RemovedCount);
        Assert.Equal(3, await store.CountAsync(null, Ct));
        var logged = Assert.Single(await store.ReadChangesAsync(0, 10, Ct));
        Assert.Equal(("tester", "test", "edit", 3L), (logged.Actor, logged.Reason, logged.Kind, logged.AddedCount));
        Assert.Equal(DateTimeKind.Utc, logged.TimestampUtc.Kind);
        Assert.InRange(logged.TimestampUtc, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Dispose_withoutCommit_writesNothing()
    {
        var store = Backend.CreateStore();
        await CommitAsync(store, [Label("a", "alpha")]);
        await using (var writer = await store.BeginChangeAsync(new ChangeInfo("tester", "abandoned", "edit"), Ct))
        {
            writer.Add(Label("b", "beta"));
            writer.Remove(Label("a", "alpha"));
            Assert.Equal(2, writer.Sequence);
        }

        Assert.Equal([Label("a", "alpha")], await CurrentAsync(store));
        Assert.Equal(1, await store.GetLastSequenceAsync(Ct));
        Assert.Single(await store.ReadChangesAsync(0, 10, Ct));
    }

    [Fact]
    public async Task Add_duplicateOfCurrentStatement_isSkippedAndNotCounted()
    {
        var store = Backend.CreateStore();
        await CommitAsync(store, [Label("a", "alpha")]);
        var change = await CommitAsync(store, [Label("a", "alpha"), Label("a", "alpha"), Label("b", "beta"), Label("b", "beta")]);

        Assert.Equal(1, change.AddedCount);
        Assert.Equal(2, await store.CountAsync(null, Ct));
    }

    [Fact]
    public async Task Add_sameStatementInTwoGraphs_keepsBoth()
    {
        var store = Backend.CreateStore();
        var other = I("other-graph");
        var change = await CommitAsync(store, [Label("a", "alpha"), Label("a", "alpha", graph: other)]);

        Assert.Equal(2, change.AddedCount);
        Assert.Equal(1, await store.CountAsync(other.Value, Ct));
        Assert.Equal(
            [new GraphInfo(Graph, 1), new GraphInfo(other, 1)],
            (await store.ListGraphsAsync(Ct)).OrderBy(g => g.Graph.ToNTriples(), StringComparer.Ordinal));
    }

    [Fact]
    public async Task Remove_statementNotCurrent_isIgnored()
    {
        var store = Backend.CreateStore();
        await CommitAsync(store, [Label("a", "alpha")]);
        var change = await CommitAsync(store, [], [Label("zzz", "never added"), Label("a", "alpha", "de")]);

        Assert.Equal((0L, 0L), (change.AddedCount, change.RemovedCount));
        Assert.Equal(1, await store.CountAsync(null, Ct));
    }

    [Fact]
    public async Task Remove_afterAddInSameChange_leavesNoTrace()
    {
        var store = Backend.CreateStore();
        await using var writer = await store.BeginChangeAsync(new ChangeInfo("tester", "test", "edit"), Ct);
        writer.Add(Label("a", "alpha"));
        writer.Add(Label("b", "beta"));
        writer.Remove(Label("a", "alpha"));
        var change = await writer.CommitAsync(Ct);

        Assert.Equal((1L, 0L), (change.AddedCount, change.RemovedCount));
        var statements = await store.ReadChangeStatementsAsync(change.Sequence, Ct);
        Assert.Equal([Label("b", "beta")], statements.Added);
        Assert.Empty(statements.Removed);
    }

    [Fact]
    public async Task ChangeLog_removeAndReAdd_replaysToCurrentState()
    {
        var store = Backend.CreateStore();
        await CommitAsync(store, [Label("a", "alpha"), Label("b", "beta"), Link("a", "related", "b")]);
        var second = await CommitAsync(store, [Label("c", "gamma")], [Label("a", "alpha"), Link("a", "related", "b")]);
        await CommitAsync(store, [Label("a", "alpha")], [Label("c", "gamma")]);
        await CommitAsync(store, [Label("a", "alpha", "ja"), Link("a", "related", "b")]);

        var secondStatements = await store.ReadChangeStatementsAsync(second.Sequence, Ct);
        Assert.Equal([Label("c", "gamma")], secondStatements.Added);
        Assert.Equal([Label("a", "alpha"), Link("a", "related", "b")], secondStatements.Removed);

        var replayed = new HashSet<Quad>();
        foreach (var change in await store.ReadChangesAsync(0, 100, Ct))
        {
            var statements = await store.ReadChangeStatementsAsync(change.Sequence, Ct);
            Assert.Equal((change.AddedCount, change.RemovedCount), ((long)statements.Added.Count, (long)statements.Removed.Count));
            replayed.ExceptWith(statements.Removed);
            replayed.UnionWith(statements.Added);
        }

        Assert.Equal(replayed.OrderBy(q => q.ToString()), (await CurrentAsync(store)).OrderBy(q => q.ToString()));
        Assert.Equal(4, replayed.Count);
    }

    [Fact]
    public async Task Sequence_afterRolledBackChange_staysGapless()
    {
        var store = Backend.CreateStore();
        await CommitAsync(store, [Label("a", "alpha")]);
        await using (var abandoned = await store.BeginChangeAsync(new ChangeInfo("tester", "abandoned", "edit"), Ct))
        {
            abandoned.Add(Label("b", "beta"));
        }

        await CommitAsync(store, [Label("c", "gamma")]);
        await CommitAsync(store, []);

        Assert.Equal([1L, 2L, 3L], (await store.ReadChangesAsync(0, 10, Ct)).Select(c => c.Sequence));
        Assert.Equal([3L], (await store.ReadChangesAsync(2, 10, Ct)).Select(c => c.Sequence));
        Assert.Equal(3, await store.GetLastSequenceAsync(Ct));
    }

    [Fact]
    public async Task BeginChange_whileAnotherWriterHoldsTheLock_waitsAndTakesTheNextSequence()
    {
        var store = Backend.CreateStore();
        var other = StoreBackend.OpenSame(store);
        await store.OpenAsync(Ct);
        var first = await store.BeginChangeAsync(new ChangeInfo("one", "first", "edit"), Ct);
        first.Add(Label("a", "alpha"));

        var second = Task.Run(() => CommitAsync(other, [Label("b", "beta")]), Ct);
        await Task.Delay(300, Ct);
        Assert.False(second.IsCompleted);

        var firstEntry = await first.CommitAsync(Ct);
        await first.DisposeAsync();
        var secondEntry = await second.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal((1L, 2L), (firstEntry.Sequence, secondEntry.Sequence));
        Assert.Equal(2, await store.CountAsync(null, Ct));
    }

    [Fact]
    public async Task ReadCurrent_termsWithEscapesAndDatatypes_roundTrip()
    {
        var store = Backend.CreateStore();
        Quad[] quads =
        [
            new(I("s"), I("p"), Literal.String("line one\nline \"two\"\r\n\ttab \\ back"), Graph),
            new(I("s"), I("p"), Literal.LangString("高角度環状暗視野 𝔘nicode", "JA-jp"), Graph),
            new(I("s"), I("p"), new Literal("42", Vocabulary.Xsd.Integer), Graph),
            new(I("s"), I("p"), new Literal("<b>x</b>", Vocabulary.Rdf.XmlLiteral), Graph),
            new(new BlankNode("c9_0"), I("p"), new Iri("http://example.org/with space{and}braces|^`\\"), Graph),
            new(I("s"), I("p"), new BlankNode("c9_0"), new BlankNode("g1")),
            new(I("s"), I("p"), Literal.String(""), Graph),
        ];
        await CommitAsync(store, quads);

        Assert.Equal(quads, await CurrentAsync(store));
        Assert.Equal(6, (await CurrentAsync(store, Graph.Value)).Count);
        Assert.Single(await CurrentAsync(store, "_:g1"));
    }

    [Fact]
    public async Task Import_syntaxErrorInSecondFile_leavesStoreUntouched()
    {
        var store = Backend.CreateStore();
        await CommitAsync(store, [Label("a", "alpha")]);
        var bad = Path.Combine(Path.GetTempPath(), $"vocab-bad-{Guid.NewGuid():N}.nt");
        var lines = Enumerable.Range(0, 90_000).Select(i => $"<http://example.org/c{i}> <http://www.w3.org/2004/02/skos/core#prefLabel> \"c {i}\"@en .");
        await File.WriteAllLinesAsync(bad, lines.Append("<http://example.org/broken> <http://example.org/p> \"unterminated ."), Ct);
        try
        {
            var import = new ImportService(store);
            var error = await Assert.ThrowsAsync<RdfSyntaxException>(() => import.ImportAsync(
                [new ImportSource(Fixture("materials.ttl")), new ImportSource(bad)], new ImportOptions("tester", "atomicity"), Ct));

            Assert.Equal(90_001, error.Line);
            Assert.Contains(Path.GetFileName(bad), error.Message, StringComparison.Ordinal);
            Assert.Equal(1, await store.CountAsync(null, Ct));
            Assert.Equal(1, await store.GetLastSequenceAsync(Ct));
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public async Task Import_twoSchemes_goToTheirGraphsAndReimportAddsNothing()
    {
        var store = Backend.CreateStore();
        var import = new ImportService(store);
        ImportSource[] files = [new(Fixture("materials.ttl")), new(Fixture("instruments.ttl"))];

        var report = await import.ImportAsync(files, new ImportOptions("tester", "first"), Ct);
        var again = await import.ImportAsync([files[1]], new ImportOptions("tester", "again"), Ct);

        Assert.Equal(["<http://example.org/materials/scheme>", "<http://example.org/instruments/scheme>"], report.Files.Select(f => f.Graph));
        Assert.Equal(report.StatementsRead + report.DerivedStatements, report.StatementsAdded);
        Assert.Equal(3, report.DerivedStatements);
        Assert.Equal(report.StatementsAdded, await store.CountAsync(null, Ct));
        Assert.Equal((0L, report.Files[1].StatementsRead + 1), (again.StatementsAdded, again.DuplicatesSkipped));
        Assert.Equal("import", again.Change.Kind);
        Assert.Equal("materials.ttl, instruments.ttl", report.Change.Source);
    }

    [Fact]
    public async Task Import_secondSchemeDeclaration_rollsBackTheFileAndRereadsIt()
    {
        var store = Backend.CreateStore();
        var path = Path.Combine(Path.GetTempPath(), $"vocab-two-{Guid.NewGuid():N}.ttl");
        await File.WriteAllTextAsync(path, """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <http://example.org/s1> a skos:ConceptScheme .
            <http://example.org/c> skos:inScheme <http://example.org/s1> ; skos:prefLabel "c"@en .
            <http://example.org/s2> a skos:ConceptScheme .
            """, Ct);
        try
        {
            var report = await new ImportService(store).ImportAsync(
                [new ImportSource(Fixture("instruments.ttl")), new ImportSource(path)], new ImportOptions("tester", "two schemes"), Ct);

            var graph = "urn:vocab:graph:" + Path.GetFileName(path);
            Assert.Equal(("<" + graph + ">", 2), (report.Files[1].Graph, report.Files[1].Passes));
            Assert.Equal(4, await store.CountAsync(graph, Ct));
            Assert.Equal(0, await store.CountAsync("http://example.org/s1", Ct));
            Assert.Equal(report.StatementsAdded, await store.CountAsync(null, Ct));
            Assert.Equal(report.StatementsAdded, (await store.ReadChangeStatementsAsync(1, Ct)).Added.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task CatchUp_changeWrittenByAnotherStoreInstance_isApplied()
    {
        var store = Backend.CreateStore();
        var concept = I("c1");
        var type = new Iri(Vocab.Core.Iris.Rdf.Type);
        await CommitAsync(store, [new Quad(concept, type, new Iri(Vocab.Core.Iris.Skos.Concept), Graph), Label("c1", "before")]);
        using var snapshot = new ThesaurusSnapshotService(store);
        await snapshot.LoadAsync(Ct);
        Assert.Equal(1, snapshot.Sequence);
        Assert.True(snapshot.Current.TryGetConcept(concept.Value, out _));

        var writer = StoreBackend.OpenSame(store);
        await CommitAsync(writer, [Label("c1", "after")], [Label("c1", "before")]);
        await CommitAsync(writer, [Label("c2", "second"), new Quad(I("c2"), type, new Iri(Vocab.Core.Iris.Skos.Concept), Graph)]);

        Assert.Equal(2, await snapshot.CatchUpAsync(Ct));
        Assert.Equal(3, snapshot.Sequence);
        Assert.Equal(0, await snapshot.CatchUpAsync(Ct));
        var labels = snapshot.Read(t => t.TryGetConcept(concept.Value, out var c) ? c!.Labels.Select(l => l.Text).ToList() : []);
        Assert.Equal(["after"], labels);
        Assert.True(snapshot.Current.TryGetConcept(I("c2").Value, out _));
    }
}

public sealed class SqliteStoreTests() : StoreTests(new SqliteBackend());

public sealed class PostgresStoreTests() : StoreTests(new PostgresBackend());
