using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>
/// Reads statement rows from SQLite on the connection's native handle: each column's UTF-8 bytes are decoded into
/// one reused buffer and looked up by span, so the millions of repeated graph, subject and predicate strings of a
/// snapshot load are never allocated. This is the hot path of server start; other providers use plain ADO.NET.
/// </summary>
internal static class SqliteStatementReader
{
    /// <summary>Runs <paramref name="sql"/> (selecting id, graph, subject, predicate, object, added_in) and decodes each row.</summary>
    public static IEnumerable<StoredStatement> Read(
        SqliteConnection connection,
        string sql,
        (string Name, object Value)[] parameters,
        TermDecoder decoder,
        CancellationToken cancellationToken)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            foreach (var (name, value) in parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                Check(db, value switch
                {
                    long number => raw.sqlite3_bind_int64(statement, index, number),
                    string text => raw.sqlite3_bind_text(statement, index, text),
                    _ => throw new ArgumentException($"unsupported parameter type {value.GetType()}", nameof(parameters)),
                });
            }

            var buffer = ArrayPool<char>.Shared.Rent(4096);
            try
            {
                int rc;
                while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var graph = decoder.Decode(Column(statement, 1, ref buffer));
                    var subject = decoder.Decode(Column(statement, 2, ref buffer));
                    var predicate = decoder.DecodeIri(Column(statement, 3, ref buffer));
                    var obj = decoder.Decode(Column(statement, 4, ref buffer));
                    yield return new StoredStatement(
                        raw.sqlite3_column_int64(statement, 0), new Quad(subject, predicate, obj, graph), raw.sqlite3_column_int64(statement, 5));
                }

                if (rc != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(rc, db);
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    private static ReadOnlySpan<char> Column(sqlite3_stmt statement, int index, ref char[] buffer)
    {
        var bytes = raw.sqlite3_column_blob(statement, index);
        if (buffer.Length < bytes.Length)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        }

        return buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes, buffer));
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
