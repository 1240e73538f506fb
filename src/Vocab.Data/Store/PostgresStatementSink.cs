using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Vocab.Data;

/// <summary>
/// PostgreSQL write path: buffers rows and sends each batch as one prepared statement whose parameters are arrays
/// (<c>unnest</c>), so a batch of thousands of rows costs one round trip and five parameters. A switch between adding
/// and removing flushes first, which keeps operations in call order.
/// </summary>
internal sealed class PostgresStatementSink : StatementSink
{
    private const int BatchSize = 5000;

    private const string InsertSql =
        "INSERT INTO statements (graph, subject, predicate, object, hash, added_in) "
        + "SELECT g, s, p, o, h, @seq FROM unnest(@g, @s, @p, @o, @h) AS t(g, s, p, o, h) "
        + "ON CONFLICT (hash) WHERE removed_in IS NULL DO NOTHING";

    private const string RetireSql = "UPDATE statements SET removed_in = @seq WHERE removed_in IS NULL AND added_in < @seq AND hash = ANY(@h)";
    private const string UnaddSql = "DELETE FROM statements WHERE removed_in IS NULL AND added_in = @seq AND hash = ANY(@h)";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly StatementHasher _hasher = new();
    private readonly List<string> _graphs = new(BatchSize);
    private readonly List<string> _subjects = new(BatchSize);
    private readonly List<string> _predicates = new(BatchSize);
    private readonly List<string> _objects = new(BatchSize);
    private readonly List<byte[]> _addHashes = new(BatchSize);
    private readonly List<byte[]> _removeHashes = new(BatchSize);
    private NpgsqlCommand? _insert;
    private NpgsqlCommand? _retire;
    private NpgsqlCommand? _unadd;

    public PostgresStatementSink(DbConnection connection, DbTransaction transaction, long sequence)
        : base(sequence)
    {
        _connection = (NpgsqlConnection)connection;
        _transaction = (NpgsqlTransaction)transaction;
    }

    public override void Add(string graph, string subject, string predicate, string obj)
    {
        if (_removeHashes.Count > 0)
        {
            FlushRemoves();
        }

        _graphs.Add(graph);
        _subjects.Add(subject);
        _predicates.Add(predicate);
        _objects.Add(obj);
        _addHashes.Add(_hasher.Hash(graph, subject, predicate, obj));
        if (_addHashes.Count >= BatchSize)
        {
            FlushAdds();
        }
    }

    public override void Remove(string graph, string subject, string predicate, string obj)
    {
        if (_addHashes.Count > 0)
        {
            FlushAdds();
        }

        _removeHashes.Add(_hasher.Hash(graph, subject, predicate, obj));
        if (_removeHashes.Count >= BatchSize)
        {
            FlushRemoves();
        }
    }

    public override void Flush()
    {
        FlushAdds();
        FlushRemoves();
    }

    protected override void Dispose(bool disposing)
    {
        _insert?.Dispose();
        _retire?.Dispose();
        _unadd?.Dispose();
        base.Dispose(disposing);
    }

    private void FlushAdds()
    {
        if (_addHashes.Count == 0)
        {
            return;
        }

        _insert ??= Prepare(InsertSql, ("g", NpgsqlDbType.Text), ("s", NpgsqlDbType.Text), ("p", NpgsqlDbType.Text), ("o", NpgsqlDbType.Text), ("h", NpgsqlDbType.Bytea));
        _insert.Parameters["g"].Value = _graphs.ToArray();
        _insert.Parameters["s"].Value = _subjects.ToArray();
        _insert.Parameters["p"].Value = _predicates.ToArray();
        _insert.Parameters["o"].Value = _objects.ToArray();
        _insert.Parameters["h"].Value = _addHashes.ToArray();
        Added += _insert.ExecuteNonQuery();
        _graphs.Clear();
        _subjects.Clear();
        _predicates.Clear();
        _objects.Clear();
        _addHashes.Clear();
    }

    private void FlushRemoves()
    {
        if (_removeHashes.Count == 0)
        {
            return;
        }

        var hashes = _removeHashes.ToArray();
        _retire ??= Prepare(RetireSql, ("h", NpgsqlDbType.Bytea));
        _unadd ??= Prepare(UnaddSql, ("h", NpgsqlDbType.Bytea));
        _retire.Parameters["h"].Value = hashes;
        Removed += _retire.ExecuteNonQuery();
        _unadd.Parameters["h"].Value = hashes;
        Added -= _unadd.ExecuteNonQuery();
        _removeHashes.Clear();
    }

    private NpgsqlCommand Prepare(string sql, params (string Name, NpgsqlDbType Type)[] arrays)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        command.Parameters.Add(new NpgsqlParameter<long>("seq", Sequence));
        foreach (var (name, type) in arrays)
        {
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type));
        }

        command.Prepare();
        return command;
    }
}
