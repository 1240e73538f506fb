using Microsoft.AspNetCore.Http.HttpResults;
using Vocab.Data;

namespace Vocab.Server.Api;

/// <summary>
/// <c>GET /api/v1/unmatched?limit=&amp;offset=</c>: the labels pipelines sent that matched no concept (or several),
/// most frequent first, so curators see which terms the thesaurus lacks.
/// </summary>
internal static class UnmatchedApi
{
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapUnmatchedApi(this IEndpointRouteBuilder app)
    {
        // Reports: an expert's session, or an API token with the reports scope (never anonymous: sources name pipelines).
        app.MapGet("/api/v1/unmatched", GetUnmatchedAsync).WithName("GetUnmatchedLabels").RequireAuthorization(Auth.Policies.Reports);
        return app;
    }

    private static async Task<Results<Ok<UnmatchedPage>, ProblemHttpResult>> GetUnmatchedAsync(
        UnmatchedLabelRecorder recorder, int limit = 100, int offset = 0, CancellationToken cancellationToken = default)
    {
        if (offset < 0 || limit is < 1 or > MaxLimit)
        {
            return TypedResults.Problem(
                detail: $"'offset' must be ≥ 0 and 'limit' between 1 and {MaxLimit} (got offset={offset}, limit={limit})",
                statusCode: StatusCodes.Status400BadRequest,
                title: "invalid unmatched-label query");
        }

        // One extra row tells whether another page follows without a count query.
        var rows = await recorder.ReadTopAsync(limit + 1, offset, cancellationToken);
        var page = rows.Count > limit ? rows.Take(limit).ToList() : rows;
        return TypedResults.Ok(new UnmatchedPage(page, offset, limit, rows.Count > limit, recorder.Dropped));
    }

    /// <param name="Labels">The page, most frequent first.</param>
    /// <param name="Offset">Rows skipped.</param>
    /// <param name="Limit">Page size asked for.</param>
    /// <param name="More">Whether another page follows.</param>
    /// <param name="Dropped">Labels this server dropped since it started because its queue was full.</param>
    internal sealed record UnmatchedPage(IReadOnlyList<UnmatchedLabelEntry> Labels, int Offset, int Limit, bool More, long Dropped);
}
