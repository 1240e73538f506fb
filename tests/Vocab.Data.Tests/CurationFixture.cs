using Vocab.Core.Curation;

namespace Vocab.Data.Tests;

/// <summary>A fresh store (SQLite or PostgreSQL) holding tests/data/curation/mini.ttl, its snapshot and a curation service, per test.</summary>
internal sealed class CurationFixture : IAsyncDisposable
{
    public const string Ns = "https://example.org/mini/";

    private readonly StoreBackend _backend;

    private CurationFixture(StoreBackend backend, VocabStore store, ThesaurusSnapshotService snapshot, CurationService curation)
    {
        _backend = backend;
        Store = store;
        Snapshot = snapshot;
        Curation = curation;
    }

    public VocabStore Store { get; }

    public ThesaurusSnapshotService Snapshot { get; }

    public CurationService Curation { get; }

    public static CurationActor Contributor { get; } = new("u-contributor", "Carol", Roles.Contributor);

    public static CurationActor Expert1 { get; } = new("u-expert1", "Eve", Roles.Expert);

    public static CurationActor Expert2 { get; } = new("u-expert2", "Ed", Roles.Expert);

    public static CurationActor Expert3 { get; } = new("u-expert3", "Emi", Roles.Expert);

    public static CurationActor Editor { get; } = new("u-editor", "Dora", Roles.Editor);

    public static CurationActor Reader { get; } = new("u-reader", "Rin", Roles.Reader);

    public static async Task<CurationFixture> CreateAsync(StoreBackend backend, AutoAcceptRule? rule = null)
    {
        var store = backend.CreateStore();
        var path = TestPaths.TestData("curation", "mini.ttl");
        await new ImportService(store).ImportAsync([new ImportSource(path)], new ImportOptions("tester", "fixture"), TestContext.Current.CancellationToken);
        var snapshot = new ThesaurusSnapshotService(store);
        await snapshot.LoadAsync(TestContext.Current.CancellationToken);
        var curation = new CurationService(store.Database, store, snapshot, new CurationOptions { AutoAccept = rule ?? new AutoAcceptRule(Enabled: false) }, TitleWordings.English);
        return new CurationFixture(backend, store, snapshot, curation);
    }

    public static PatchOperation AddLabel(string concept, string text, string lang = "en", Core.LabelKind kind = Core.LabelKind.Alt) =>
        new(PatchOp.AddLabel, Ns + concept, text, lang, kind);

    public async Task<long> ProposeAsync(ProposalKind kind, params PatchOperation[] operations)
    {
        var outcome = await Curation.ProposeAsync(Contributor, new ProposalDraft(kind, operations, "because"), TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.ProposalId!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        Snapshot.Dispose();
        await _backend.DisposeAsync();
    }
}
