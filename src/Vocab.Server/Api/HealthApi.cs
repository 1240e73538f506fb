using Microsoft.AspNetCore.Http.HttpResults;
using Vocab.Data;
using Vocab.Server.Hosting;

namespace Vocab.Server.Api;

/// <summary>Liveness and readiness: <c>/health</c> answers while the process runs, <c>/ready</c> once the snapshot is loaded and the label index built.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        app.MapGet("/ready", Results<Ok<ReadyStatus>, JsonHttpResult<ReadyStatus>> (SnapshotFollower follower, LabelIndexService index, ThesaurusSnapshotService snapshot) =>
        {
            // The label index is built after the snapshot; until then normalization and search answer 503.
            var ready = follower.Ready && index.Ready;
            var status = new ReadyStatus(ready ? "ready" : "loading", snapshot.Sequence, follower.LastPollUtc, index.Ready);
            return ready ? TypedResults.Ok(status) : TypedResults.Json(status, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }

    internal sealed record ReadyStatus(string Status, long Sequence, DateTimeOffset? LastPollUtc, bool IndexReady);
}
