using Vocab.Data;
using Vocab.Server.Web;

namespace Vocab.Server.Hosting;

/// <summary>
/// Brings votes, comments and decisions made through another process (a replica on the same PostgreSQL, or the CLI)
/// to the proposal pages open here: while any page listens, it polls the proposals' activity times once per
/// <see cref="VocabServerOptions.FollowInterval"/> and raises <see cref="LiveUpdates.ProposalChanged"/> for each
/// proposal whose version moved. Activity in this process also reaches its pages at once through the service event;
/// the poll then re-raises it once, which only re-reads the page.
/// </summary>
internal sealed partial class ProposalActivityFollower(
    CurationService curation, LiveUpdates live, VocabServerOptions options, ILogger<ProposalActivityFollower> logger) : BackgroundService
{
    // Activity times come from the writing process's clock; looking back this far absorbs clocks a little apart.
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);
    private const int PerPoll = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seen = new Dictionary<long, long>();
        var primed = false;
        using var timer = new PeriodicTimer(options.FollowInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (!live.HasProposalWatchers)
            {
                // Nobody to tell: no queries. The first poll after a page opens only learns the versions.
                primed = false;
                seen.Clear();
                continue;
            }

            try
            {
                var since = DateTime.UtcNow - Overlap;
                var rows = await curation.ActiveSinceAsync(since, PerPoll, stoppingToken).ConfigureAwait(false);
                foreach (var (id, version) in rows)
                {
                    if (seen.TryGetValue(id, out var known) && known == version)
                    {
                        continue;
                    }

                    seen[id] = version;
                    if (primed)
                    {
                        live.RaiseProposalChanged(id);
                    }
                }

                // Forget what fell out of the window, so the map stays as small as the recent activity.
                if (seen.Count > rows.Count)
                {
                    var recent = rows.Select(r => r.Id).ToHashSet();
                    foreach (var id in seen.Keys.Where(k => !recent.Contains(k)).ToList())
                    {
                        seen.Remove(id);
                    }
                }

                primed = true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store may be briefly unreachable; the pages keep what they show and the next tick retries.
                LogPollFailed(e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "polling proposal activity failed, retrying: {Reason}")]
    private partial void LogPollFailed(string reason);
}
