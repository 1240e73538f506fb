using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>
/// One change being written: holds the store's write lock and an open transaction from
/// <see cref="VocabStore.BeginChangeAsync"/> until <see cref="CommitAsync"/>. Disposing without committing rolls
/// everything back, so nothing of the change (statements or log entry) is ever seen. Not thread-safe.
/// </summary>
public sealed class ChangeWriter : IAsyncDisposable
{
    private readonly VocabDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly StatementSink _sink;
    private readonly TermEncoder _encoder = new();
    private bool _finished;

    internal ChangeWriter(VocabDbContext db, IDbContextTransaction transaction, StatementSink sink, ChangeInfo info)
    {
        _db = db;
        _transaction = transaction;
        _sink = sink;
        Info = info;
    }

    /// <summary>The sequence number this change gets when committed.</summary>
    public long Sequence => _sink.Sequence;

    /// <summary>The context the change is written through: rows it tracks are saved in the change's transaction.</summary>
    internal VocabDbContext Context => _db;

    /// <summary>Who and why.</summary>
    public ChangeInfo Info { get; }

    /// <summary>Optional JSON stored with the log entry (an import report, a patch description).</summary>
    public string? SummaryJson { get; set; }

    /// <summary>Statements added so far (exact after a flush; <see cref="CommitAsync"/> reports the final count).</summary>
    public long AddedCount => _sink.Added;

    /// <summary>Statements removed so far (exact after a flush).</summary>
    public long RemovedCount => _sink.Removed;

    /// <summary>Adds a statement to its graph; a statement that is current already is skipped and not counted.</summary>
    /// <exception cref="ArgumentException">The quad has no graph: the store holds named graphs only.</exception>
    public void Add(in Quad quad)
    {
        var graph = GraphOf(quad);
        EnsureOpen();
        _sink.Add(graph, _encoder.Encode(quad.Subject), _encoder.Encode(quad.Predicate), _encoder.Encode(quad.Obj));
    }

    /// <summary>Removes a current statement from its graph; a statement that is not current is ignored and not counted.</summary>
    /// <exception cref="ArgumentException">The quad has no graph.</exception>
    public void Remove(in Quad quad)
    {
        var graph = GraphOf(quad);
        EnsureOpen();
        _sink.Remove(graph, _encoder.Encode(quad.Subject), _encoder.Encode(quad.Predicate), _encoder.Encode(quad.Obj));
    }

    /// <summary>Writes buffered statements and the log entry with the real counts, commits, and releases the write lock.</summary>
    public async Task<ChangeEntry> CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        _sink.Flush();
        var change = new Change
        {
            Seq = Sequence,
            TimestampUtc = DateTime.UtcNow,
            Actor = Info.Actor,
            Reason = Info.Reason,
            Kind = Info.Kind,
            ProposalId = Info.ProposalId,
            Source = Info.Source,
            AddedCount = _sink.Added,
            RemovedCount = _sink.Removed,
            SummaryJson = SummaryJson,
        };
        _db.Changes.Add(change);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (_db.Database.GetDbConnection() is Npgsql.NpgsqlConnection)
        {
            // Delivered to listeners when (and only if) the transaction commits: replicas catch up at once.
            await _db.Database.ExecuteSqlAsync($"SELECT pg_notify({VocabStore.ChangeChannel}, {Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)})", cancellationToken).ConfigureAwait(false);
        }

        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _finished = true;
        return ChangeEntry.From(change);
    }

    /// <summary>Rolls back unless committed, then releases the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _sink.Dispose();
        if (!_finished)
        {
            _finished = true;
            await _transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await _transaction.DisposeAsync().ConfigureAwait(false);
        await _db.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Marks a point the change can return to (used by imports that must re-read a file).</summary>
    internal async Task<(long Added, long Removed)> SavepointAsync(string name, CancellationToken cancellationToken)
    {
        _sink.Flush();
        await _transaction.CreateSavepointAsync(name, cancellationToken).ConfigureAwait(false);
        return (_sink.Added, _sink.Removed);
    }

    /// <summary>Undoes everything written since <see cref="SavepointAsync"/> returned <paramref name="counts"/>.</summary>
    internal async Task RollbackToSavepointAsync(string name, (long Added, long Removed) counts, CancellationToken cancellationToken)
    {
        _sink.Flush();
        await _transaction.RollbackToSavepointAsync(name, cancellationToken).ConfigureAwait(false);
        _sink.ResetCounts(counts.Added, counts.Removed);
    }

    /// <summary>Keeps what was written since <see cref="SavepointAsync"/> and forgets the savepoint.</summary>
    internal Task ReleaseSavepointAsync(string name, CancellationToken cancellationToken)
    {
        _sink.Flush();
        return _transaction.ReleaseSavepointAsync(name, cancellationToken);
    }

    /// <summary>Writes what is buffered so the counters are exact.</summary>
    internal void Flush() => _sink.Flush();

    private string GraphOf(in Quad quad) =>
        quad.Graph is { } graph
            ? _encoder.Encode(graph)
            : throw new ArgumentException("the store holds named graphs only: give the statement a graph", nameof(quad));

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_finished, this);
}
