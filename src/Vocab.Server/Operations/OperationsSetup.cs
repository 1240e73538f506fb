using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.RateLimiting;
using Vocab.Data;
using Vocab.Server.Auth;
using Vocab.Server.Hosting;

namespace Vocab.Server.Operations;

/// <summary>
/// What operators need: a request id on every response and log line, Prometheus metrics at <c>/metrics</c>, per-token
/// and per-IP rate limits on the public APIs (429 problem JSON with Retry-After), and request timeouts.
/// A store outage is answered 503 with Retry-After (<see cref="StoreOutages"/>).
/// Configuration: <c>Vocab:RateLimit:PerIpPerSecond</c> (default 300), <c>Vocab:RateLimit:PerTokenPerSecond</c>
/// (default 1000), <c>Vocab:RequestTimeoutSeconds</c> (default 60, API calls only).
/// </summary>
public static class OperationsSetup
{
    /// <summary>The response header that carries the request id (a caller's own id is kept when it is sane).</summary>
    public const string RequestIdHeader = "X-Request-Id";

    /// <summary>Adds metrics, rate limiting and timeouts.</summary>
    public static IServiceCollection AddVocabOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RequestMetrics>();
        services.AddSingleton<StoreOutages>();
        // 0 switches a limit off (a negative value is a mistake and stops the start).
        var perIp = configuration.GetValue("Vocab:RateLimit:PerIpPerSecond", 300);
        var perToken = configuration.GetValue("Vocab:RateLimit:PerTokenPerSecond", 1000);
        if (perIp < 0 || perToken < 0)
        {
            throw new InvalidOperationException("Vocab:RateLimit:PerIpPerSecond and PerTokenPerSecond must be 0 (no limit) or more");
        }

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!IsPublicApi(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter("pages");
                }

                // A token's own budget follows it from any address; anonymous callers share their address's.
                var token = context.User.FindFirst(Policies.TokenNameClaim) is not null
                    ? context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value + "/" + context.User.FindFirst(Policies.TokenNameClaim)!.Value
                    : null;
                var (key, permits) = token is not null
                    ? ("token:" + token, perToken)
                    : ("ip:" + context.Connection.RemoteIpAddress, perIp);
                if (permits == 0)
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            o.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await TypedResults.Problem(
                        detail: "too many requests from this token or address: slow down and retry after a second",
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "rate limit exceeded")
                    .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
        });
        services.AddSingleton(new ApiTimeout(TimeSpan.FromSeconds(configuration.GetValue("Vocab:RequestTimeoutSeconds", 60))));
        return services;
    }

    /// <summary>Request ids and metrics first (they see every request), then authentication, the rate limiter and timeouts.</summary>
    public static WebApplication UseVocabOperations(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<RequestMetrics>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Vocab.Requests");
        var timeout = app.Services.GetRequiredService<ApiTimeout>().Value;
        var outages = app.Services.GetRequiredService<StoreOutages>();
        app.Use(async (context, next) =>
        {
            var given = context.Request.Headers[RequestIdHeader].ToString();
            var id = given.Length is > 0 and <= 64 && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? given : context.TraceIdentifier;
            context.TraceIdentifier = id;
            context.Response.Headers[RequestIdHeader] = id;
            var started = Stopwatch.GetTimestamp();
            using (logger.BeginScope(RequestLog.Scope(id)))
            {
                // API calls get a deadline (pages and the Blazor circuit are long-lived and have none).
                using var deadline = IsPublicApi(context.Request.Path) ? CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted) : null;
                var aborted = context.RequestAborted;
                if (deadline is not null)
                {
                    deadline.CancelAfter(timeout);
                    context.RequestAborted = deadline.Token;
                }

                try
                {
                    await next(context).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (deadline is { IsCancellationRequested: true } && !aborted.IsCancellationRequested && !context.Response.HasStarted)
                {
                    context.Response.Clear();
                    await TypedResults.Problem(
                            detail: $"the request took longer than {timeout.TotalSeconds:0} s and was stopped",
                            statusCode: StatusCodes.Status504GatewayTimeout,
                            title: "request timeout")
                        .ExecuteAsync(context).ConfigureAwait(false);
                }
                catch (Exception e) when (!context.Response.HasStarted && outages.Describe(e) is { } reason)
                {
                    // An unreachable store is an outage the client can wait out (503 + Retry-After), not a server bug (500).
                    await outages.WriteAsync(context, reason).ConfigureAwait(false);
                }
                catch (Exception) when (!context.Response.HasStarted && !aborted.IsCancellationRequested)
                {
                    // The exception handler outside turns it into a 500; say so now, so metrics and the request log see it.
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    throw;
                }
                finally
                {
                    var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? (context.Response.StatusCode == 404 ? "(none)" : "(other)");
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    metrics.Observe(route, context.Request.Method, context.Response.StatusCode, elapsed);
                    RequestLog.Finished(logger, context, route, elapsed.TotalMilliseconds);
                }
            }
        });
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text format 0.0.4).</summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", (RequestMetrics metrics, StoreOutages outages, SnapshotFollower follower, ThesaurusSnapshotService snapshot, UnmatchedLabelRecorder? recorder, LabelIndexService index) =>
        {
            var text = new StringBuilder(8192);
            metrics.Write(text);
            outages.WriteMetrics(text);
            text.Append("# HELP vocab_changelog_sequence Last change-log entry applied to this replica's snapshot.\n# TYPE vocab_changelog_sequence gauge\n");
            text.Append(CultureInfo.InvariantCulture, $"vocab_changelog_sequence {snapshot.Sequence}\n");
            text.Append("# HELP vocab_changelog_lag Change-log entries committed (as heard by notification) but not yet applied here.\n# TYPE vocab_changelog_lag gauge\n");
            text.Append(CultureInfo.InvariantCulture, $"vocab_changelog_lag {follower.Lag}\n");
            if (follower.LastPollUtc is { } poll)
            {
                text.Append("# HELP vocab_changelog_last_poll_age_seconds Seconds since the change log was last read successfully.\n# TYPE vocab_changelog_last_poll_age_seconds gauge\n");
                text.Append(CultureInfo.InvariantCulture, $"vocab_changelog_last_poll_age_seconds {(DateTimeOffset.UtcNow - poll).TotalSeconds:0.###}\n");
            }

            text.Append("# HELP vocab_label_index_ready Whether the label index is built.\n# TYPE vocab_label_index_ready gauge\n");
            text.Append(CultureInfo.InvariantCulture, $"vocab_label_index_ready {(index.Ready ? 1 : 0)}\n");
            if (recorder is not null)
            {
                var (matched, ambiguous, unmatched) = recorder.Totals;
                text.Append("# HELP vocab_normalize_labels_total Labels normalized since start, by outcome.\n# TYPE vocab_normalize_labels_total counter\n");
                text.Append(CultureInfo.InvariantCulture, $"vocab_normalize_labels_total{{status=\"matched\"}} {matched}\n");
                text.Append(CultureInfo.InvariantCulture, $"vocab_normalize_labels_total{{status=\"ambiguous\"}} {ambiguous}\n");
                text.Append(CultureInfo.InvariantCulture, $"vocab_normalize_labels_total{{status=\"unmatched\"}} {unmatched}\n");
                var total = matched + ambiguous + unmatched;
                text.Append("# HELP vocab_normalize_match_rate Share of labels matched since start.\n# TYPE vocab_normalize_match_rate gauge\n");
                text.Append(CultureInfo.InvariantCulture, $"vocab_normalize_match_rate {(total == 0 ? 0 : matched / (double)total):0.######}\n");
                text.Append("# HELP vocab_unmatched_dropped_total Unmatched labels dropped because the write queue was full.\n# TYPE vocab_unmatched_dropped_total counter\n");
                text.Append(CultureInfo.InvariantCulture, $"vocab_unmatched_dropped_total {recorder.Dropped}\n");
            }

            return TypedResults.Text(text.ToString(), "text/plain; version=0.0.4; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }

    private sealed record ApiTimeout(TimeSpan Value);

    /// <summary>The machine-facing routes: rate-limited, given a deadline, and answered 401/403 rather than redirected to sign-in.</summary>
    public static bool IsPublicApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/reconcile") || path.StartsWithSegments("/vocab");
}
