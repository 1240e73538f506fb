using System.Data;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Vocab.Data;

/// <summary>
/// <c>vocab backup</c> / <c>vocab restore</c>: a consistent copy of the whole store in a folder. The thesaurus as
/// N-Quads (<c>thesaurus.nq</c>, readable by any RDF tool), every statement row with its history
/// (<c>statements.jsonl</c>) and the change log (<c>changes.jsonl</c>) so the log and the statements restore exactly,
/// and the curation data as JSON (<c>curation.json</c>). Taken inside one read transaction (a snapshot), so it never
/// mixes states; restored in one transaction into an empty store of either provider.
/// </summary>
public sealed class BackupService(VocabDatabase database)
{
    /// <summary>The format version this code writes and reads.</summary>
    public const int Format = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    // Tables whose ids the backup carries; on PostgreSQL their identity sequences move past the restored ids.
    private static readonly (string Table, string Column)[] IdentityColumns =
        [("statements", "id"), ("proposals", "Id"), ("proposal_votes", "Id"), ("proposal_comments", "Id"), ("rejected_labels", "Id"), ("api_tokens", "Id"), ("invitations", "Id"), ("account_events", "Id")];

    /// <summary>Writes a backup of the store into <paramref name="folder"/> (created; must be empty or absent).</summary>
    public async Task<BackupManifest> BackupAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BackupException($"{folder}: the backup folder must be empty or not exist");
        }

        Directory.CreateDirectory(folder);
        await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // One snapshot for everything: a deferred SQLite transaction reads one WAL snapshot; PostgreSQL's repeatable read likewise.
        var isolation = db.Database.GetDbConnection() is SqliteConnection ? IsolationLevel.Serializable : IsolationLevel.RepeatableRead;
        await using var transaction = await db.Database.BeginTransactionAsync(isolation, cancellationToken).ConfigureAwait(false);
        var sequence = await db.Changes.MaxAsync(c => (long?)c.Seq, cancellationToken).ConfigureAwait(false) ?? 0;

        long statements = 0, current = 0;
        await using (var rows = new StreamWriter(Path.Combine(folder, "statements.jsonl"), false, new UTF8Encoding(false)))
        await using (var nquads = new StreamWriter(Path.Combine(folder, "thesaurus.nq"), false, new UTF8Encoding(false)))
        {
            await foreach (var s in db.Statements.AsNoTracking().OrderBy(s => s.Id).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                statements++;
                await rows.WriteLineAsync(JsonSerializer.Serialize(new StatementRow(s.Graph, s.Subject, s.Predicate, s.Object, s.AddedIn, s.RemovedIn), Json)).ConfigureAwait(false);
                if (s.RemovedIn is null)
                {
                    current++;

                    // Stored terms are in N-Triples syntax already, graph names included: a row is an N-Quads line as it is.
                    await nquads.WriteLineAsync($"{s.Subject} {s.Predicate} {s.Object} {s.Graph} .").ConfigureAwait(false);
                }
            }
        }

        long changes = 0;
        await using (var log = new StreamWriter(Path.Combine(folder, "changes.jsonl"), false, new UTF8Encoding(false)))
        {
            await foreach (var c in db.Changes.AsNoTracking().OrderBy(c => c.Seq).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                changes++;
                await log.WriteLineAsync(JsonSerializer.Serialize(c, Json)).ConfigureAwait(false);
            }
        }

        var dump = new CurationDump
        {
            Users = await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            Proposals = await db.Proposals.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            Votes = await db.Votes.AsNoTracking().OrderBy(v => v.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            Comments = await db.Comments.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            RejectedLabels = await db.RejectedLabels.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            ApiTokens = await db.ApiTokens.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            Invitations = await db.Invitations.AsNoTracking().OrderBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            AccountEvents = await db.AccountEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken).ConfigureAwait(false),
            Settings = await db.Settings.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false),
            UnmatchedLabels = await db.UnmatchedLabels.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false),
            NormalizationDays = await db.NormalizationDays.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false),
        };
        await using (var file = File.Create(Path.Combine(folder, "curation.json")))
        {
            await JsonSerializer.SerializeAsync(file, dump, Json, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var manifest = new BackupManifest(Format, DateTime.UtcNow, database.Options.Provider.ToString(), sequence, statements, current, changes, dump.Users.Count, dump.Proposals.Count);
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(manifest, Indented), cancellationToken).ConfigureAwait(false);
        return manifest;
    }

    /// <summary>
    /// Restores a backup into this store, which must be empty (no change, no account); everything is written in one
    /// transaction, so a failure leaves the store empty.
    /// </summary>
    public async Task<BackupManifest> RestoreAsync(string folder, CancellationToken cancellationToken = default)
    {
        var manifest = await ReadManifestAsync(folder, cancellationToken).ConfigureAwait(false);
        await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = database.CreateContext();
        if (await db.Changes.AnyAsync(cancellationToken).ConfigureAwait(false) || await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new BackupException("the target store is not empty: restore only into a new, empty store (run it with --no-seed)");
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await BackupStatementLoader.LoadAsync(db, Path.Combine(folder, "statements.jsonl"), cancellationToken).ConfigureAwait(false);

        var line = 0;
        foreach (var text in File.ReadLines(Path.Combine(folder, "changes.jsonl")))
        {
            line++;
            db.Changes.Add(Parse<Change>(text, "changes.jsonl", line));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        CurationDump dump;
        await using (var file = File.OpenRead(Path.Combine(folder, "curation.json")))
        {
            dump = await JsonSerializer.DeserializeAsync<CurationDump>(file, Json, cancellationToken).ConfigureAwait(false)
                ?? throw new BackupException("curation.json is empty");
        }

        db.Users.AddRange(dump.Users);
        db.Proposals.AddRange(dump.Proposals);
        db.Votes.AddRange(dump.Votes);
        db.Comments.AddRange(dump.Comments);
        db.RejectedLabels.AddRange(dump.RejectedLabels);
        db.ApiTokens.AddRange(dump.ApiTokens);
        db.Invitations.AddRange(dump.Invitations);
        db.AccountEvents.AddRange(dump.AccountEvents);
        db.Settings.AddRange(dump.Settings);
        db.UnmatchedLabels.AddRange(dump.UnmatchedLabels);
        db.NormalizationDays.AddRange(dump.NormalizationDays);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        if (db.Database.GetDbConnection() is NpgsqlConnection)
        {
            // Rows came with their ids: move each identity sequence past them so new rows do not collide.
            foreach (var (table, column) in IdentityColumns)
            {
#pragma warning disable EF1002 // table and column names are the constants above, never input
                await db.Database.ExecuteSqlRawAsync(
                    $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM {table}), 0) + 1, false)", cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return manifest;
    }

    /// <summary>Reads and checks <c>manifest.json</c>.</summary>
    public static async Task<BackupManifest> ReadManifestAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        foreach (var name in new[] { "manifest.json", "statements.jsonl", "changes.jsonl", "curation.json" })
        {
            if (!File.Exists(Path.Combine(folder, name)))
            {
                throw new BackupException($"{folder}: not a Vocab backup ({name} is missing)");
            }
        }

        var manifest = Parse<BackupManifest>(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json"), cancellationToken).ConfigureAwait(false), "manifest.json", 1);
        return manifest.Format == Format
            ? manifest
            : throw new BackupException($"backup format {manifest.Format.ToString(CultureInfo.InvariantCulture)} is not supported (this version reads {Format.ToString(CultureInfo.InvariantCulture)})");
    }

    internal static T Parse<T>(string text, string file, int line)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, Json) ?? throw new BackupException($"{file}:{line}: empty entry");
        }
        catch (JsonException e)
        {
            throw new BackupException($"{file}:{line}: {e.Message}");
        }
    }

    internal sealed record StatementRow(string G, string S, string P, string O, long A, long? R);
}
