using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Vocab.Data;

/// <summary>
/// SQLite write path: three statements prepared once on the connection's native handle and stepped per row,
/// binding the UTF-8 bytes the hash was computed from. Going below Microsoft.Data.Sqlite avoids its per-execution
/// parameter lookup; each row costs one step, and SQLite needs no batching because there is no network round trip.
/// </summary>
internal sealed class SqliteStatementSink : StatementSink
{
    private const string InsertSql =
        "INSERT INTO statements (graph, subject, predicate, object, hash, added_in) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        + "ON CONFLICT (hash) WHERE removed_in IS NULL DO NOTHING";

    private const string RetireSql = "UPDATE statements SET removed_in = ?2 WHERE hash = ?1 AND removed_in IS NULL AND added_in < ?2";
    private const string UnaddSql = "DELETE FROM statements WHERE hash = ?1 AND removed_in IS NULL AND added_in = ?2";

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly sqlite3_stmt _retire;
    private readonly sqlite3_stmt _unadd;
    private readonly StatementHasher _hasher = new();

    public SqliteStatementSink(SqliteConnection connection, long sequence)
        : base(sequence)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");

        // A large page cache keeps the hash and subject index pages of a big import in memory; it is set back on
        // dispose because the pooled connection would otherwise hold on to it.
        Check(raw.sqlite3_exec(_db, "PRAGMA cache_size=-131072"));
        _insert = Prepare(InsertSql);
        _retire = Prepare(RetireSql);
        _unadd = Prepare(UnaddSql);

        // Bindings survive sqlite3_reset, so the change's sequence number is bound once.
        Check(raw.sqlite3_bind_int64(_insert, 6, sequence));
        Check(raw.sqlite3_bind_int64(_retire, 2, sequence));
        Check(raw.sqlite3_bind_int64(_unadd, 2, sequence));
    }

    public override void Add(string graph, string subject, string predicate, string obj)
    {
        Span<byte> hash = stackalloc byte[StatementHasher.HashLength];
        _hasher.Encode(graph, subject, predicate, obj, hash);
        for (var i = 0; i < 4; i++)
        {
            Check(raw.sqlite3_bind_text(_insert, i + 1, _hasher.Component(i)));
        }

        Check(raw.sqlite3_bind_blob(_insert, 5, hash));
        Added += Step(_insert);
    }

    public override void Remove(string graph, string subject, string predicate, string obj)
    {
        Span<byte> hash = stackalloc byte[StatementHasher.HashLength];
        _hasher.Encode(graph, subject, predicate, obj, hash);
        Check(raw.sqlite3_bind_blob(_retire, 1, hash));
        var retired = Step(_retire);
        if (retired > 0)
        {
            Removed += retired;
            return;
        }

        Check(raw.sqlite3_bind_blob(_unadd, 1, hash));
        Added -= Step(_unadd);
    }

    public override void Flush()
    {
        // Every operation has been stepped already.
    }

    protected override void Dispose(bool disposing)
    {
        _insert.Dispose();
        _retire.Dispose();
        _unadd.Dispose();
        raw.sqlite3_exec(_db, "PRAGMA cache_size=-2000");
        base.Dispose(disposing);
    }

    private int Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        try
        {
            if (rc != raw.SQLITE_DONE)
            {
                // Throws while the connection still holds this statement's error message.
                SqliteException.ThrowExceptionForRC(rc, _db);
            }

            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return statement;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
