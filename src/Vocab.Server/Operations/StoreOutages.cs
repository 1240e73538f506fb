using System.Globalization;
using System.Text;
using Vocab.Data;
using Vocab.Server.Hosting;

namespace Vocab.Server.Operations;

/// <summary>
/// A store that stops answering while the server runs (PostgreSQL stopped or restarting, its connections cut, a SQLite
/// file gone unreadable) is an outage, not a bug: requests that need it get 503 problem JSON with Retry-After, never a
/// 500, and the server recovers by itself when the store is back (every request opens its own connection; the change
/// follower reconnects). Reads served from memory (normalize, search, reconcile, concepts) keep working meanwhile.
/// </summary>
internal sealed partial class StoreOutages(StoreOptions store, SnapshotFollower follower, VocabServerOptions options, ILogger<StoreOutages> logger)
{
    /// <summary>Seconds a client is told to wait before retrying; a PostgreSQL restart takes about this long.</summary>
    public const int RetryAfterSeconds = 2;

    private long _answered;
    private long _lastLoggedTicks;

    /// <summary>Requests answered 503 because the store was unavailable, since start.</summary>
    public long Answered => Interlocked.Read(ref _answered);

    /// <summary>
    /// Whether the store answered lately: the change follower reads it every <see cref="VocabServerOptions.FollowInterval"/>,
    /// so a last successful read older than three intervals (at least three seconds) means it is down.
    /// </summary>
    public bool StoreUp => follower.LastPollUtc is { } poll
        && DateTimeOffset.UtcNow - poll < TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(3).Ticks, options.FollowInterval.Ticks * 3));

    /// <summary>The user-facing reason when <paramref name="error"/> means the store is unavailable; null for any other failure.</summary>
    public string? Describe(Exception error) =>
        error as StoreUnavailableException is { } unavailable ? unavailable.Message : ConnectionErrors.DescribeOutage(error, store);

    /// <summary>Writes the 503 for a store outage (the response must not have started).</summary>
    public async Task WriteAsync(HttpContext context, string reason)
    {
        Interlocked.Increment(ref _answered);

        // One log line per second at most: a stopped database fails every request, and the log must stay readable.
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastLoggedTicks);
        if (now - last >= 1000 && Interlocked.CompareExchange(ref _lastLoggedTicks, now, last) == last)
        {
            LogOutage(reason, Answered);
        }

        context.Response.Clear();
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
                detail: reason + "; retry in a few seconds (reads served from memory keep working)",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "store unavailable")
            .ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>Appends <c>vocab_store_up</c> and <c>vocab_store_unavailable_responses_total</c> to the metrics text.</summary>
    public void WriteMetrics(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Append("# HELP vocab_store_up Whether the store answered the change follower within the last three poll intervals.\n# TYPE vocab_store_up gauge\n");
        text.Append(CultureInfo.InvariantCulture, $"vocab_store_up {(StoreUp ? 1 : 0)}\n");
        text.Append("# HELP vocab_store_unavailable_responses_total Requests answered 503 because the store was unavailable.\n# TYPE vocab_store_unavailable_responses_total counter\n");
        text.Append(CultureInfo.InvariantCulture, $"vocab_store_unavailable_responses_total {Answered}\n");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "store unavailable, answering 503 ({Total} so far): {Reason}")]
    private partial void LogOutage(string reason, long total);
}
