using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Vocab.Data;

/// <summary>Bulk-loads <c>statements.jsonl</c> inside the restore's transaction: a prepared insert on SQLite, binary COPY on PostgreSQL.</summary>
internal static class BackupStatementLoader
{
    private static readonly string[] SqliteParameters = ["$g", "$s", "$p", "$o", "$h", "$a", "$r"];

    public static async Task LoadAsync(VocabDbContext db, string path, CancellationToken cancellationToken)
    {
        var hasher = new StatementHasher();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var line = 0;
        if (connection is NpgsqlConnection npgsql)
        {
            await using var copy = await npgsql.BeginBinaryImportAsync(
                "COPY statements (graph, subject, predicate, object, hash, added_in, removed_in) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            foreach (var text in File.ReadLines(path))
            {
                var row = BackupService.Parse<BackupService.StatementRow>(text, "statements.jsonl", ++line);
                await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(row.G, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(row.S, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(row.P, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(row.O, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(hasher.Hash(row.G, row.S, row.P, row.O), NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(row.A, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                if (row.R is { } removed)
                {
                    await copy.WriteAsync(removed, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await copy.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var insert = (SqliteCommand)connection.CreateCommand();
        insert.Transaction = (SqliteTransaction)transaction;
        insert.CommandText = "INSERT INTO statements (graph, subject, predicate, object, hash, added_in, removed_in) VALUES ($g, $s, $p, $o, $h, $a, $r)";
        var parameters = SqliteParameters.Select(n => insert.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        insert.Prepare();
        foreach (var text in File.ReadLines(path))
        {
            var row = BackupService.Parse<BackupService.StatementRow>(text, "statements.jsonl", ++line);
            parameters[0].Value = row.G;
            parameters[1].Value = row.S;
            parameters[2].Value = row.P;
            parameters[3].Value = row.O;
            parameters[4].Value = hasher.Hash(row.G, row.S, row.P, row.O);
            parameters[5].Value = row.A;
            parameters[6].Value = row.R is { } removed ? removed : DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
