using Microsoft.AspNetCore.Http.HttpResults;
using Vocab.Data;

namespace Vocab.Server.Api;

/// <summary><c>GET /api/v1/changes?since=N&amp;limit=M</c>: the change feed, oldest first.</summary>
internal static class ChangesApi
{
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapChangesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/changes", GetChangesAsync).WithName("GetChanges");
        app.MapGet("/api/v1/changes/{seq:long}", GetChangeAsync).WithName("GetChange");
        return app;
    }

    private static async Task<Results<Ok<ChangeFeed>, ProblemHttpResult>> GetChangesAsync(
        VocabStore store, long since = 0, int limit = 100, CancellationToken cancellationToken = default)
    {
        if (since < 0 || limit is < 1 or > MaxLimit)
        {
            return TypedResults.Problem(
                detail: $"'since' must be ≥ 0 and 'limit' between 1 and {MaxLimit} (got since={since}, limit={limit})",
                statusCode: StatusCodes.Status400BadRequest,
                title: "invalid change feed query");
        }

        var changes = await store.ReadChangesAsync(since, limit, cancellationToken);
        var last = changes.Count > 0 ? changes[^1].Sequence : since;
        return TypedResults.Ok(new ChangeFeed(changes, last, changes.Count == limit));
    }

    private static async Task<Results<Ok<ChangeDetail>, ProblemHttpResult>> GetChangeAsync(
        VocabStore store, long seq, CancellationToken cancellationToken = default)
    {
        var changes = await store.ReadChangesAsync(seq - 1, 1, cancellationToken);
        if (changes.Count == 0 || changes[0].Sequence != seq)
        {
            return TypedResults.Problem(detail: $"there is no change {seq}", statusCode: StatusCodes.Status404NotFound, title: "no such change");
        }

        var statements = await store.ReadChangeStatementsAsync(seq, cancellationToken);
        return TypedResults.Ok(new ChangeDetail(
            changes[0],
            statements.Added.Select(q => q.ToString()).ToArray(),
            statements.Removed.Select(q => q.ToString()).ToArray()));
    }

    internal sealed record ChangeFeed(IReadOnlyList<ChangeEntry> Changes, long Last, bool More);

    internal sealed record ChangeDetail(ChangeEntry Change, IReadOnlyList<string> Added, IReadOnlyList<string> Removed);
}
