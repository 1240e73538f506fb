using Microsoft.EntityFrameworkCore;
using Vocab.Core.Curation;
using static Vocab.Data.Tests.CurationFixture;

namespace Vocab.Data.Tests;

/// <summary>Backup and restore round trips, from SQLite into each provider.</summary>
public abstract class BackupServiceTests(Func<StoreBackend> target) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vocab-backup-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_ofABackup_reproducesStatementsHistoryLogAndCuration()
    {
        await using var source = await CreateAsync(new SqliteBackend());
        var accepted = await source.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "TEM imaging"));
        await source.Curation.VoteAsync(Expert1, accepted, 1, "yes", Ct);
        await source.Curation.DecideAsync(Editor, accepted, accept: true, "ok", Ct);
        var replaced = await source.ProposeAsync(ProposalKind.Definition, new PatchOperation(PatchOp.SetDefinition, Ns + "Microscopy", "Seeing small things.", "en"));
        await source.Curation.DecideAsync(Editor, replaced, accept: true, "clearer", Ct);
        await using (var db = source.Store.Database.CreateContext())
        {
            db.Users.Add(new VocabUser { Id = "u1", UserName = "alice", NormalizedUserName = "ALICE", PasswordHash = "AQAAAAIAAYagAAAAEhash", Role = Roles.Admin, CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(Ct);
        }

        await new AccountEvents(source.Store.Database).RecordAsync("u1", "alice", "role", "bob", Roles.Contributor, Roles.Editor, Ct);

        var written = await new BackupService(source.Store.Database).BackupAsync(_folder, Ct);
        await using var backend = target();
        var restoredStore = backend.CreateStore();
        var read = await new BackupService(restoredStore.Database).RestoreAsync(_folder, Ct);

        Assert.Equal(written, read);
        Assert.Equal(await RowsAsync(source.Store), await RowsAsync(restoredStore));
        Assert.Equal(
            (await source.Store.ReadChangesAsync(0, 100, Ct)).Select(c => c with { TimestampUtc = default }),
            (await restoredStore.ReadChangesAsync(0, 100, Ct)).Select(c => c with { TimestampUtc = default }));
        await using var restored = restoredStore.Database.CreateContext();
        Assert.Equal("AQAAAAIAAYagAAAAEhash", (await restored.Users.SingleAsync(Ct)).PasswordHash);
        Assert.Equal(1, await restored.Votes.CountAsync(Ct));
        var account = await restored.AccountEvents.SingleAsync(Ct);
        Assert.Equal(("alice", "role", "bob", Roles.Contributor, Roles.Editor), (account.ActorName, account.What, account.UserName, account.From, account.To));

        // The restored store works on: new rows get fresh ids, new changes follow the log.
        var snapshot = new ThesaurusSnapshotService(restoredStore);
        await snapshot.LoadAsync(Ct);
        var curation = new CurationService(restoredStore.Database, restoredStore, snapshot, new CurationOptions { AutoAccept = new AutoAcceptRule(Enabled: false) }, TitleWordings.English);
        var next = await curation.ProposeAsync(Contributor, new ProposalDraft(ProposalKind.AddLabel, [AddLabel("Ctem", "CTEM imaging")], ""), Ct);
        Assert.Equal(replaced + 1, next.ProposalId);
        var applied = await curation.DecideAsync(Editor, next.ProposalId!.Value, accept: true, "ok", Ct);
        Assert.Equal(written.Sequence + 1, applied.AppliedSeq);
        snapshot.Dispose();
    }

    [Fact]
    public async Task Restore_intoANonEmptyStore_isRefusedAndChangesNothing()
    {
        await using var source = await CreateAsync(new SqliteBackend());
        await new BackupService(source.Store.Database).BackupAsync(_folder, Ct);

        await Assert.ThrowsAsync<BackupException>(() => new BackupService(source.Store.Database).RestoreAsync(_folder, Ct));
    }

    [Fact]
    public async Task Restore_ofAMalformedFile_namesTheLineAndLeavesTheStoreEmpty()
    {
        await using var source = await CreateAsync(new SqliteBackend());
        await new BackupService(source.Store.Database).BackupAsync(_folder, Ct);
        var lines = await File.ReadAllLinesAsync(Path.Combine(_folder, "changes.jsonl"), Ct);
        await File.WriteAllLinesAsync(Path.Combine(_folder, "changes.jsonl"), [.. lines, "{not json"], Ct);
        await using var backend = target();
        var store = backend.CreateStore();

        var error = await Assert.ThrowsAsync<BackupException>(() => new BackupService(store.Database).RestoreAsync(_folder, Ct));

        Assert.StartsWith($"changes.jsonl:{lines.Length + 1}:", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountAsync(null, Ct));
    }

    private static async Task<List<(string, string, string, string, long, long?)>> RowsAsync(VocabStore store)
    {
        await using var db = store.Database.CreateContext();
        var rows = await db.Statements.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Graph, s.Subject, s.Predicate, s.Object, s.AddedIn, s.RemovedIn }).ToListAsync(Ct);
        return rows.Select(r => (r.Graph, r.Subject, r.Predicate, r.Object, r.AddedIn, r.RemovedIn)).OrderBy(r => r.ToString(), StringComparer.Ordinal).ToList();
    }
}

public sealed class SqliteBackupServiceTests() : BackupServiceTests(() => new SqliteBackend());

public sealed class PostgresBackupServiceTests() : BackupServiceTests(() => new PostgresBackend());
