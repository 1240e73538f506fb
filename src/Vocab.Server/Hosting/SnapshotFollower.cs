using Vocab.Data;

namespace Vocab.Server.Hosting;

/// <summary>
/// Opens the store at start (migrating it, seeding an empty one), loads the thesaurus snapshot before the host
/// accepts requests, then follows the change log so changes written by other processes reach this one.
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

    /// <summary>When the last poll of the change log succeeded.</summary>
    public DateTimeOffset? LastPollUtc { get; private set; }

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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.FollowInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
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
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "seeded the empty store with the shipped thesaurus: change {Sequence}, {Statements} statements")]
    private partial void LogSeeded(long sequence, long statements);

    [LoggerMessage(Level = LogLevel.Information, Message = "snapshot loaded at change {Sequence}: {Concepts} concepts")]
    private partial void LogLoaded(long sequence, int concepts);

    [LoggerMessage(Level = LogLevel.Information, Message = "applied {Count} change(s) from the log; now at {Sequence}")]
    private partial void LogFollowed(int count, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "following the change log failed, retrying: {Reason}")]
    private partial void LogFollowFailed(string reason);
}
