using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>
/// The source of truth: RDF statements in named graphs with their full history, and the append-only change log.
/// Writes go through <see cref="BeginChangeAsync"/> (one transaction, one log entry); reads see committed changes only.
/// Migrations are applied on first use. Thread-safe; every call uses its own connection.
/// </summary>
public sealed partial class VocabStore(VocabDatabase database)
{
    // Any constant works; it only has to be the same for every Vocab process sharing the database.
    private const long PostgresWriteLockKey = 0x566f636162L;

    /// <summary>The database this store reads and writes.</summary>
    public VocabDatabase Database { get; } = database;

    /// <summary>Connects and applies migrations now instead of at first use, so a host fails fast.</summary>
    public Task OpenAsync(CancellationToken cancellationToken = default) => Database.OpenAsync(cancellationToken);

    /// <summary>
    /// Starts a change: takes the write lock (waiting for another writer to finish), opens a transaction and assigns
    /// the next sequence number. Dispose the writer; without <see cref="ChangeWriter.CommitAsync"/> nothing is written.
    /// </summary>
    public async Task<ChangeWriter> BeginChangeAsync(ChangeInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        var db = Database.CreateContext();
        IDbContextTransaction? transaction = null;
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var connection = db.Database.GetDbConnection();
            StatementSink sink;
            if (connection is SqliteConnection sqlite)
            {
                // BEGIN IMMEDIATE takes SQLite's single write lock now, before the sequence number is read.
                transaction = await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: false), cancellationToken).ConfigureAwait(false);
                sink = new SqliteStatementSink(sqlite, await NextSequenceAsync(db, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(db, $"SELECT pg_advisory_xact_lock({PostgresWriteLockKey})", cancellationToken, timeoutSeconds: 0).ConfigureAwait(false);
                sink = new PostgresStatementSink(connection, transaction.GetDbTransaction(), await NextSequenceAsync(db, cancellationToken).ConfigureAwait(false));
            }

            return new ChangeWriter(db, transaction!, sink, info);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }

            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The sequence number of the last committed change; 0 for an empty store.</summary>
    public async Task<long> GetLastSequenceAsync(CancellationToken cancellationToken = default)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = Database.CreateContext();
        return await db.Changes.MaxAsync(c => (long?)c.Seq, cancellationToken).ConfigureAwait(false) ?? 0;
    }

    /// <summary>Up to <paramref name="max"/> log entries with a sequence number above <paramref name="sinceSeq"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ChangeEntry>> ReadChangesAsync(long sinceSeq, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = Database.CreateContext();
        var changes = await db.Changes.AsNoTracking().Where(c => c.Seq > sinceSeq).OrderBy(c => c.Seq).Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return changes.ConvertAll(ChangeEntry.From);
    }

    /// <summary>The statements change <paramref name="seq"/> added and removed.</summary>
    public async Task<ChangeStatements> ReadChangeStatementsAsync(long seq, CancellationToken cancellationToken = default)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        var decoder = new TermDecoder();
        var added = new List<Quad>();
        var removed = new List<Quad>();
        await foreach (var row in QueryAsync("added_in = @seq", [("@seq", seq)], decoder, cancellationToken).ConfigureAwait(false))
        {
            added.Add(row.Quad);
        }

        await foreach (var row in QueryAsync("removed_in = @seq", [("@seq", seq)], decoder, cancellationToken).ConfigureAwait(false))
        {
            removed.Add(row.Quad);
        }

        return new ChangeStatements(seq, added, removed);
    }

    /// <summary>Current statements, of one graph (an IRI, or <c>_:label</c> for a blank-node graph) or of all, in row order.</summary>
    public async IAsyncEnumerable<StoredStatement> ReadCurrentAsync(string? graph, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = graph is null
            ? QueryAsync("removed_in IS NULL", [], new TermDecoder(), cancellationToken)
            : QueryAsync("removed_in IS NULL AND graph = @graph", [("@graph", GraphKey(graph))], new TermDecoder(), cancellationToken);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            yield return row;
        }
    }

    /// <summary>Number of current statements, in one graph or in all.</summary>
    public async Task<long> CountAsync(string? graph = null, CancellationToken cancellationToken = default)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = Database.CreateContext();
        var current = db.Statements.Where(s => s.RemovedIn == null);
        if (graph is not null)
        {
            var key = GraphKey(graph);
            current = current.Where(s => s.Graph == key);
        }

        return await current.LongCountAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The graphs that hold current statements, with their statement counts, by graph name.</summary>
    public async Task<IReadOnlyList<GraphInfo>> ListGraphsAsync(CancellationToken cancellationToken = default)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = Database.CreateContext();
        var groups = await db.Statements.Where(s => s.RemovedIn == null).GroupBy(s => s.Graph)
            .Select(g => new { Graph = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var decoder = new TermDecoder();
        return groups.OrderBy(g => g.Graph, StringComparer.Ordinal).Select(g => new GraphInfo(decoder.Decode(g.Graph), g.Count)).ToList();
    }

    /// <summary>The statements that were current right after change <paramref name="seq"/>, in row order (a consistent snapshot without a long transaction).</summary>
    internal IAsyncEnumerable<StoredStatement> ReadAsOfAsync(long seq, TermDecoder decoder, CancellationToken cancellationToken) =>
        QueryAsync("added_in <= @seq AND (removed_in IS NULL OR removed_in > @seq)", [("@seq", seq)], decoder, cancellationToken);

    /// <summary>Current statements whose subject is one of <paramref name="subjects"/> (N-Triples form).</summary>
    internal IAsyncEnumerable<StoredStatement> ReadBySubjectsAsync(IReadOnlyList<string> subjects, TermDecoder decoder, CancellationToken cancellationToken)
    {
        var names = subjects.Select((s, i) => ("@s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object)s)).ToArray();
        return QueryAsync($"removed_in IS NULL AND subject IN ({string.Join(", ", names.Select(n => n.Item1))})", names, decoder, cancellationToken);
    }

    /// <summary>Subjects of current statements with one of <paramref name="predicates"/> and the object <paramref name="obj"/> (all N-Triples form).</summary>
    internal async Task<List<string>> ReadSubjectsAsync(IReadOnlyList<string> predicates, string obj, CancellationToken cancellationToken)
    {
        await using var db = Database.CreateContext();
        return await db.Statements.Where(s => s.RemovedIn == null && s.Object == obj && predicates.Contains(s.Predicate))
            .Select(s => s.Subject).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The graph column value for a graph given as an IRI, <c>&lt;iri&gt;</c> or <c>_:label</c>.</summary>
    internal static string GraphKey(string graph) =>
        graph.StartsWith('<') || graph.StartsWith("_:", StringComparison.Ordinal) ? graph : NTriplesEscaping.Iri(graph);

    private async IAsyncEnumerable<StoredStatement> QueryAsync(
        string where,
        (string Name, object Value)[] parameters,
        TermDecoder decoder,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = Database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var sql = $"SELECT id, graph, subject, predicate, object, added_in FROM statements WHERE {where} ORDER BY id";
        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection sqlite)
        {
            foreach (var row in SqliteStatementReader.Read(sqlite, sql, parameters, decoder, cancellationToken))
            {
                yield return row;
            }

            yield break;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // Sequential access: columns are read in select order.
            var id = reader.GetInt64(0);
            var graph = decoder.Decode(reader.GetString(1));
            var subject = decoder.Decode(reader.GetString(2));
            var predicate = decoder.DecodeIri(reader.GetString(3));
            var obj = decoder.Decode(reader.GetString(4));
            yield return new StoredStatement(id, new Quad(subject, predicate, obj, graph), reader.GetInt64(5));
        }
    }

    private static async Task<long> NextSequenceAsync(VocabDbContext db, CancellationToken cancellationToken) =>
        (await db.Changes.MaxAsync(c => (long?)c.Seq, cancellationToken).ConfigureAwait(false) ?? 0) + 1;

    private static async Task ExecuteAsync(VocabDbContext db, string sql, CancellationToken cancellationToken, int? timeoutSeconds = null)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (timeoutSeconds is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
