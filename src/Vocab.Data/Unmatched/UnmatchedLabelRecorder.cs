using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Vocab.Data;

/// <summary>
/// Keeps the labels pipelines send that match no concept (or several) in <c>unmatched_labels</c>, so curators see
/// which terms to add. <see cref="Record"/> only enqueues, so the matching hot path never waits on the database;
/// <see cref="RunAsync"/> aggregates by key and writes a batch every second or every 1,000 entries.
/// </summary>
public sealed partial class UnmatchedLabelRecorder : IDisposable
{
    /// <summary>Entries that wait for the writer; beyond this, <see cref="Record"/> drops and counts.</summary>
    public const int DefaultCapacity = 100_000;

    /// <summary>A batch is written as soon as this many entries wait.</summary>
    public const int BatchSize = 1000;

    /// <summary>Longer raw labels, keys and sources are cut: a key is a primary key, and btree entries have a size limit.</summary>
    public const int MaxLength = 512;

    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly VocabDatabase _database;
    private readonly ILogger _logger;
    private readonly Channel<UnmatchedObservation> _queue;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private long _dropped;

    /// <summary>Creates a recorder writing to <paramref name="database"/>; nothing is written until a flush.</summary>
    public UnmatchedLabelRecorder(VocabDatabase database, ILogger<UnmatchedLabelRecorder>? logger = null, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _database = database;
        _logger = logger ?? NullLogger<UnmatchedLabelRecorder>.Instance;
        _queue = Channel.CreateBounded<UnmatchedObservation>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>Entries dropped because the queue was full (the writer is behind or the database is down).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Entries waiting to be written.</summary>
    public int Pending => _queue.Reader.Count;

    /// <summary>
    /// Notes one unresolved label; never blocks. <paramref name="status"/> is <c>unmatched</c> or <c>ambiguous</c>;
    /// <paramref name="source"/> names the pipeline or dataset, if known. An empty key (nothing left after
    /// normalization) is not recorded.
    /// </summary>
    public void Record(string raw, string key, string status, string? source)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(key);
        if (status is not ("unmatched" or "ambiguous"))
        {
            throw new ArgumentException($"status must be 'unmatched' or 'ambiguous', not '{status}'", nameof(status));
        }

        if (key.Length == 0)
        {
            return;
        }

        var observation = new UnmatchedObservation(Cut(raw), Cut(key), status, source is null ? null : Cut(source), DateTime.UtcNow);
        if (!_queue.Writer.TryWrite(observation))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>
    /// The writer loop: waits for entries, gives a batch up to a second to fill (cut short at <see cref="BatchSize"/>),
    /// writes it, and repeats until <paramref name="cancellationToken"/> fires. A failed write is logged and the loop
    /// goes on; call <see cref="FlushAsync"/> after it ends to write what is still queued.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // Wake for queued labels, or once a second for the match-rate counters alone.
                using (var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    tick.CancelAfter(FlushInterval);
                    try
                    {
                        if (!await _queue.Reader.WaitToReadAsync(tick.Token).ConfigureAwait(false))
                        {
                            return;
                        }
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        if (!HasPendingOutcomes)
                        {
                            continue;
                        }
                    }
                }

                var started = Stopwatch.GetTimestamp();
                while (_queue.Reader.Count < BatchSize && Stopwatch.GetElapsedTime(started) < FlushInterval)
                {
                    await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
                }

                try
                {
                    // Not cancelled by shutdown: a batch already taken from the queue is written, not lost; one
                    // transaction is short, and the host's stop waits for it.
                    await FlushAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogWriteFailed(e);
                    await Task.Delay(FlushInterval, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: the host's stop calls FlushAsync for what is still queued.
        }
    }

    /// <summary>
    /// Writes everything recorded before the call, one transaction per up to ten batches. Used by the writer loop,
    /// by tests, and at shutdown so that nothing already recorded is lost on a clean stop.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteOutcomesAsync(cancellationToken).ConfigureAwait(false);

            // Only what waits now: under a steady stream a flush still ends, and later entries go to the next one.
            var remaining = _queue.Reader.Count;
            while (remaining > 0)
            {
                var batch = new Dictionary<string, UnmatchedAggregate>(StringComparer.Ordinal);
                var taken = 0;
                while (taken < BatchSize * 10 && taken < remaining && _queue.Reader.TryRead(out var observation))
                {
                    taken++;
                    if (!batch.TryGetValue(observation.Key, out var aggregate))
                    {
                        batch[observation.Key] = aggregate = new UnmatchedAggregate(observation.Key);
                    }

                    aggregate.Add(observation);
                }

                if (taken == 0)
                {
                    return;
                }

                remaining -= taken;
                await UnmatchedLabelWriteBatch.WriteAsync(_database, batch.Values, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>The most frequent unmatched labels first (ties by key), skipping <paramref name="offset"/>.</summary>
    public async Task<IReadOnlyList<UnmatchedLabelEntry>> ReadTopAsync(int limit, int offset, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(offset, 0);
        await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = _database.CreateContext();
        var rows = await db.UnmatchedLabels.AsNoTracking()
            .OrderByDescending(u => u.Count).ThenBy(u => u.Key)
            .Skip(offset).Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(u => new UnmatchedLabelEntry(
                u.Key,
                u.Status,
                u.Count,
                u.FirstSeenUtc,
                u.LastSeenUtc,
                JsonSerializer.Deserialize<string[]>(u.SamplesJson) ?? [],
                JsonSerializer.Deserialize<Dictionary<string, long>>(u.SourcesJson) ?? []))
            .ToList();
    }

    /// <summary>How many distinct unmatched keys are stored.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = _database.CreateContext();
        return await db.UnmatchedLabels.LongCountAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops accepting entries (later ones count as dropped); call after the final <see cref="FlushAsync"/>.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writeGate.Dispose();
    }

    private static string Cut(string value)
    {
        if (value.Length <= MaxLength)
        {
            return value;
        }

        // Never split a surrogate pair: half a character is not valid UTF-8 for PostgreSQL.
        return value[..(char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "writing unmatched labels failed; the batch is lost and the writer retries with the next one")]
    private partial void LogWriteFailed(Exception exception);
}
