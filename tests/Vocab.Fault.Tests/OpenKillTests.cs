using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vocab.Fault.Tests;

/// <summary>
/// A process killed while it opens a SQLite store. Every open runs EF Core's Migrate, whose lock on SQLite is a row
/// in <c>__EFMigrationsLock</c>: a process killed while holding it leaves the row behind, and every later open would
/// wait for it forever. The test catches the moment the lock is held (and holds SQLite's write lock so it cannot be
/// released), kills the process, then expects a server and <c>vocab verify</c> to open the store as usual.
/// </summary>
public sealed class OpenKillTests
{
    [Fact]
    public async Task SqliteOpen_killedHoldingTheMigrationLock_nextOpenDoesNotHang()
    {
        await using var store = await FaultStore.CreateAsync("sqlite", "unused");
        await store.ImportAsync(RdfFiles.Write(Path.Combine(store.Folder, "thesaurus.nt"), "open", 20));
        var connection = new SqliteConnectionStringBuilder { DataSource = store.Db, Pooling = false, DefaultTimeout = 30 }.ConnectionString;

        var caught = 0;
        for (var attempt = 0; attempt < 3 && caught == 0; attempt++)
        {
            await using var opening = VocabProcess.Start(store.Folder, null, "verify", "--db", store.Db);
            await using var watcher = new SqliteConnection(connection);
            await watcher.OpenAsync(TestEnv.Ct);
            while (!opening.HasExited)
            {
                if (await ScalarAsync(watcher, "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsLock'") > 0
                    && await ScalarAsync(watcher, "SELECT count(*) FROM \"__EFMigrationsLock\"") > 0)
                {
                    // Holding the write lock keeps the process from deleting its lock row until it is dead.
                    await ScalarAsync(watcher, "BEGIN IMMEDIATE; SELECT 1");
                    await opening.KillAsync();
                    await ScalarAsync(watcher, "ROLLBACK; SELECT 1");
                    caught++;
                    break;
                }
            }
        }

        // With or without an orphaned lock row, the store opens as usual.
        await using var server = await VocabServer.StartAsync(store, readyWithin: TimeSpan.FromSeconds(60));
        var (code, output) = await VocabProcess.RunAsync(store.Folder, TimeSpan.FromSeconds(60), "verify", "--db", store.Db);
        Assert.True(code == 0, output);
        TestEnv.Report("open-kills", string.Create(CultureInfo.InvariantCulture,
            $"sqlite: {(caught > 0 ? "an open SIGKILLed while holding EF's migration lock" : "opens never held EF's migration lock (an up-to-date store is opened without it)")}; the next server start and vocab verify opened the store"));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestEnv.Ct), CultureInfo.InvariantCulture);
    }
}
