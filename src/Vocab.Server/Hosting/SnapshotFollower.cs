using Vocab.Data;

namespace Vocab.Server.Hosting;

/// <summary>
/// Opens the store at start (migrating it, seeding an empty one), loads the thesaurus snapshot before the host
/// accepts requests, then follows the change log so changes written by other processes reach this one: at once on a
/// PostgreSQL notification, and by polling every <see cref="VocabServerOptions.FollowInterval"/> in any case (SQLite,
/// or a notification lost while the listening connection was down).
/// </summary>
internal sealed partial class SnapshotFollower(
    VocabStore store,
    ThesaurusSeeder seeder,
    ThesaurusSnapshotService snapshot,
    VocabServerOptions options,
    ILogger<SnapshotFollower> logger) : BackgroundService
{
    /// <summary>True once the snapshot is loaded; readiness reports it.</summary>
    public bool Ready => snapshot.IsLoaded;

    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>When the last poll of the change log succeeded.</summary>
    public DateTimeOffset? LastPollUtc { get; private set; }

    /// <summary>Change-log entries committed (as far as this process has heard) but not yet applied here.</summary>
    public long Lag => Math.Max(0, Interlocked.Read(ref _newestHeard) - snapshot.Sequence);

    private long _newestHeard;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.OpenAsync(cancellationToken);
        if (options.Seed)
        {
            var report = await seeder.SeedIfEmptyAsync(ThesaurusSeeder.FindOntologyDirectory(), null, cancellationToken);
            if (report is not null)
            {
                LogSeeded(report.Change.Sequence, report.StatementsAdded);
            }
        }

        await snapshot.LoadAsync(cancellationToken);
        LogLoaded(snapshot.Sequence, snapshot.Current.Concepts.Count);
        await base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = store.ListenForChangesAsync(OnNotified, e => LogListenFailed(e.Message), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A notification wakes the loop at once; otherwise it polls once per interval.
                await _wake.WaitAsync(options.FollowInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            try
            {
                var applied = await snapshot.CatchUpAsync(stoppingToken);
                LastPollUtc = DateTimeOffset.UtcNow;
                if (applied > 0)
                {
                    LogFollowed(applied, snapshot.Sequence);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store may be briefly unreachable (a restarting PostgreSQL); keep serving the snapshot and retry.
                LogFollowFailed(e.Message);
            }
        }

        await listening.ConfigureAwait(false);
    }

    private void OnNotified(long sequence)
    {
        if (sequence > 0)
        {
            InterlockedMax(ref _newestHeard, sequence);
        }

        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one catch-up applies every change committed so far.
        }
        catch (ObjectDisposedException)
        {
            // Stopping.
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "seeded the empty store with the shipped thesaurus: change {Sequence}, {Statements} statements")]
    private partial void LogSeeded(long sequence, long statements);

    [LoggerMessage(Level = LogLevel.Information, Message = "snapshot loaded at change {Sequence}: {Concepts} concepts")]
    private partial void LogLoaded(long sequence, int concepts);

    [LoggerMessage(Level = LogLevel.Information, Message = "applied {Count} change(s) from the log; now at {Sequence}")]
    private partial void LogFollowed(int count, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "listening for change notifications failed, reconnecting (polling goes on): {Reason}")]
    private partial void LogListenFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "following the change log failed, retrying: {Reason}")]
    private partial void LogFollowFailed(string reason);
}
