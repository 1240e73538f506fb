using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Vocab.Data;

/// <summary>
/// Writes one batch of aggregates in one transaction: reads the stored rows of the batch's keys, merges samples and
/// sources in C#, and upserts each key with <c>INSERT ... ON CONFLICT(key) DO UPDATE</c>. Counts and times are
/// combined in SQL, so they stay right even if another process wrote the key meanwhile.
/// </summary>
internal static class UnmatchedLabelWriteBatch
{
    // Serializes writers across processes on PostgreSQL, so the samples/sources read-modify-write does not lose updates
    // (SQLite gets the same from BEGIN IMMEDIATE). Distinct from the store's change-log lock.
    private const long PostgresLockKey = 0x566F636162_756E6D;

    private const string SqliteUpsert = """
        INSERT INTO unmatched_labels ("key", status, "count", first_seen_utc, last_seen_utc, samples, sources)
        VALUES (@key, @status, @count, @first, @last, @samples, @sources)
        ON CONFLICT ("key") DO UPDATE SET
            status = CASE WHEN excluded.last_seen_utc >= unmatched_labels.last_seen_utc THEN excluded.status ELSE unmatched_labels.status END,
            "count" = unmatched_labels."count" + excluded."count",
            first_seen_utc = min(unmatched_labels.first_seen_utc, excluded.first_seen_utc),
            last_seen_utc = max(unmatched_labels.last_seen_utc, excluded.last_seen_utc),
            samples = excluded.samples,
            sources = excluded.sources
        """;

    private const string PostgresUpsert = """
        INSERT INTO unmatched_labels ("key", status, "count", first_seen_utc, last_seen_utc, samples, sources)
        VALUES (@key, @status, @count, @first, @last, @samples, @sources)
        ON CONFLICT ("key") DO UPDATE SET
            status = CASE WHEN excluded.last_seen_utc >= unmatched_labels.last_seen_utc THEN excluded.status ELSE unmatched_labels.status END,
            "count" = unmatched_labels."count" + excluded."count",
            first_seen_utc = LEAST(unmatched_labels.first_seen_utc, excluded.first_seen_utc),
            last_seen_utc = GREATEST(unmatched_labels.last_seen_utc, excluded.last_seen_utc),
            samples = excluded.samples,
            sources = excluded.sources
        """;

    private static readonly string[] ParameterNames = ["key", "status", "count", "first", "last", "samples", "sources"];

    public static async Task WriteAsync(VocabDatabase database, IReadOnlyCollection<UnmatchedAggregate> batch, CancellationToken cancellationToken)
    {
        await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        var sqlite = connection as SqliteConnection;
        // BEGIN IMMEDIATE takes SQLite's write lock before the read, so the read-modify-write cannot be interleaved.
        await using var transaction = sqlite is not null
            ? (await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: false), cancellationToken).ConfigureAwait(false))!
            : await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        if (sqlite is null)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken).ConfigureAwait(false);
        }

        var keys = batch.Select(a => a.Key).ToArray();
        var stored = await db.UnmatchedLabels.AsNoTracking()
            .Where(u => keys.Contains(u.Key))
            .ToDictionaryAsync(u => u.Key, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sqlite is not null ? SqliteUpsert : PostgresUpsert;
        var parameters = ParameterNames
            .Select(name =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                command.Parameters.Add(parameter);
                return parameter;
            })
            .ToArray();
        foreach (var aggregate in batch)
        {
            if (stored.TryGetValue(aggregate.Key, out var row))
            {
                aggregate.MergeStored(row);
            }

            parameters[0].Value = aggregate.Key;
            parameters[1].Value = aggregate.Status;
            parameters[2].Value = aggregate.Count;
            parameters[3].Value = aggregate.FirstSeenUtc;
            parameters[4].Value = aggregate.LastSeenUtc;
            parameters[5].Value = aggregate.SamplesJson();
            parameters[6].Value = aggregate.SourcesJson();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
