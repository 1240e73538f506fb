using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;
using Vocab.Server.Api.Normalization;
using Vocab.Server.Auth;

namespace Vocab.Server.Api.Curation;

/// <summary>
/// <c>/api/v1/proposals</c>: the curation workflow for scripts and tools (bulk proposals from a facility's term list,
/// votes from a review tool). API tokens with the <c>curate</c> scope only, acting with the owner's current role; the
/// same <see cref="CurationService"/> rules as the web app apply, and every refusal is problem JSON saying why.
/// </summary>
internal static class ProposalsApi
{
    /// <summary>A proposal, vote, comment or decision body is small; anything larger is refused before it is read.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public const int MaxOperations = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapProposalsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/proposals").WithTags("curation")
            .RequireAuthorization(Policies.Curate)
            .WithMetadata(new BodySizeLimit(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", ListAsync).WithName("ListProposals").WithSummary("Proposals, filtered and sorted like the review queue");
        group.MapGet("/{id:long}", GetAsync).WithName("GetProposal").WithSummary("One proposal with its votes and discussion");
        group.MapPost("/", ProposeAsync).WithName("Propose").WithSummary("Open a proposal").Accepts<ProposalRequest>("application/json");
        group.MapPost("/{id:long}/votes", VoteAsync).WithName("Vote").WithSummary("Cast or change your vote (+1/-1)").Accepts<VoteRequest>("application/json");
        group.MapPost("/{id:long}/comments", CommentAsync).WithName("Comment").WithSummary("Add a comment").Accepts<CommentRequest>("application/json");
        group.MapPost("/{id:long}/decision", DecideAsync).WithName("Decide").WithSummary("Accept or reject (editors)").Accepts<DecisionRequest>("application/json");
        group.MapPost("/{id:long}/withdraw", WithdrawAsync).WithName("Withdraw").WithSummary("Withdraw your own open proposal");
        group.MapPost("/{id:long}/refresh", RefreshAsync).WithName("RefreshProposal").WithSummary("Re-base a stale proposal on the current thesaurus");
        return app;
    }

    private static async Task<Results<Ok<ProposalList>, ProblemHttpResult>> ListAsync(
        CurationService curation, string? status, string? kind, string? scheme, string? lang, string? concept, string? sort, int? limit, CancellationToken cancellationToken)
    {
        ProposalStatus? wanted = null;
        if (status is { Length: > 0 } && !status.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            if (!Names.TryParse<ProposalStatus>(status, out var s))
            {
                return Bad("invalid status", $"'status' must be all or one of {string.Join(", ", Enum.GetNames<ProposalStatus>())}");
            }

            wanted = s;
        }

        ProposalKind? wantedKind = null;
        if (kind is { Length: > 0 })
        {
            if (!Names.TryParse<ProposalKind>(kind, out var k))
            {
                return Bad("invalid kind", $"'kind' must be one of {string.Join(", ", Enum.GetNames<ProposalKind>())}");
            }

            wantedKind = k;
        }

        if (sort is { Length: > 0 } && sort is not ("oldest" or "newest" or "votes" or "activity"))
        {
            return Bad("invalid sort", "'sort' must be oldest, newest, votes or activity");
        }

        if (limit is < 1 or > 500)
        {
            return Bad("invalid limit", "'limit' must be between 1 and 500");
        }

        var query = new ProposalQuery { Status = wanted, Kind = wantedKind, Scheme = scheme, Lang = lang, ConceptIri = concept, Sort = sort ?? "oldest", Limit = limit ?? 50 };
        var rows = await curation.ListAsync(query, cancellationToken);
        return TypedResults.Ok(new ProposalList(rows.Select(r => ProposalView.Of(r.Proposal, r.Operations, r.Stale)).ToList(), query.Limit));
    }

    private static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> GetAsync(long id, CurationService curation, CancellationToken cancellationToken) =>
        await curation.GetAsync(id, cancellationToken) is { } d
            ? TypedResults.Ok(ProposalView.Of(d.Proposal, d.Operations, d.Stale, d.Votes, d.Comments))
            : NotFound(id);

    private static async Task<Results<Created<ProposalView>, ProblemHttpResult>> ProposeAsync(HttpContext http, CurationService curation, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadAsync<ProposalRequest>(http, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!Names.TryParse<ProposalKind>(body!.Kind, out var kind))
        {
            return Bad("invalid kind", $"'kind' must be one of {string.Join(", ", Enum.GetNames<ProposalKind>())}");
        }

        if (body.Operations is not { Count: > 0 } inputs || inputs.Count > MaxOperations)
        {
            return Bad("invalid operations", $"'operations' must be an array of 1 to {MaxOperations} operations");
        }

        var operations = new List<PatchOperation>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (OperationParser.Parse(inputs[i], out var operation) is { } problem)
            {
                return Bad("invalid operation", $"operations[{i}]: {problem}");
            }

            operations.Add(operation!);
        }

        var outcome = await curation.ProposeAsync(Actor(http), new ProposalDraft(kind, operations, body.Rationale ?? ""), cancellationToken);
        if (Problem(outcome) is { } refused)
        {
            return refused;
        }

        var created = await curation.GetAsync(outcome.ProposalId!.Value, cancellationToken);
        var view = ProposalView.Of(created!.Proposal, created.Operations, created.Stale, created.Votes, created.Comments);
        return TypedResults.Created("/api/v1/proposals/" + view.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), view);
    }

    private static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> VoteAsync(long id, HttpContext http, CurationService curation, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadAsync<VoteRequest>(http, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (body!.Value is not (1 or -1))
        {
            return Bad("invalid vote", "'value' must be 1 or -1");
        }

        return await AfterAsync(id, await curation.VoteAsync(Actor(http), id, body.Value.Value, body.Comment, cancellationToken), curation, cancellationToken);
    }

    private static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> CommentAsync(long id, HttpContext http, CurationService curation, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadAsync<CommentRequest>(http, cancellationToken);
        return error ?? await AfterAsync(id, await curation.CommentAsync(Actor(http), id, body!.Body ?? "", cancellationToken), curation, cancellationToken);
    }

    private static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> DecideAsync(long id, HttpContext http, CurationService curation, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadAsync<DecisionRequest>(http, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (body!.Accept is not { } accept)
        {
            return Bad("invalid decision", "'accept' must be true or false");
        }

        // The decision is the unit of work: once applied it stands even if the caller hangs up before the answer.
        var outcome = await curation.DecideAsync(Actor(http), id, accept, body.Reason ?? "", CancellationToken.None);
        return await AfterAsync(id, outcome, curation, cancellationToken);
    }

    private static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> WithdrawAsync(long id, HttpContext http, CurationService curation, CancellationToken cancellationToken) =>
        await AfterAsync(id, await curation.WithdrawAsync(Actor(http), id, cancellationToken), curation, cancellationToken);

    private static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> RefreshAsync(long id, HttpContext http, CurationService curation, CancellationToken cancellationToken) =>
        await AfterAsync(id, await curation.RefreshAsync(Actor(http), id, cancellationToken), curation, cancellationToken);

    private static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> AfterAsync(long id, CurationOutcome outcome, CurationService curation, CancellationToken cancellationToken)
    {
        if (Problem(outcome) is { } problem)
        {
            return problem;
        }

        var details = await curation.GetAsync(id, cancellationToken);
        return details is null ? NotFound(id) : TypedResults.Ok(ProposalView.Of(details.Proposal, details.Operations, details.Stale, details.Votes, details.Comments));
    }

    /// <summary>The policy guarantees a curate token, so there is always an actor.</summary>
    private static CurationActor Actor(HttpContext http) => Policies.TokenActorOf(http.User)!;

    private static async Task<(T? Body, ProblemHttpResult? Error)> ReadAsync<T>(HttpContext http, CancellationToken cancellationToken)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, Bad("unsupported media type", "send the body as application/json", StatusCodes.Status415UnsupportedMediaType));
        }

        // Kestrel enforces the endpoint's limit while reading a chunked body; a declared length is refused before reading.
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, Bad("body too large", $"the body has {http.Request.ContentLength} bytes; at most {MaxBodyBytes} are allowed", StatusCodes.Status413PayloadTooLarge));
        }

        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Json, cancellationToken);
            return body is null ? (null, Bad("missing body", "the body must be a JSON object")) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, Bad("invalid JSON", e.Message));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Bad("body too large", e.Message, StatusCodes.Status413PayloadTooLarge));
        }
    }

    /// <summary>Maps a refused or invalid outcome to problem JSON; null when it succeeded.</summary>
    private static ProblemHttpResult? Problem(CurationOutcome outcome)
    {
        var (status, title) = outcome.Status switch
        {
            CurationStatus.Ok => (0, ""),
            CurationStatus.NotFound => (StatusCodes.Status404NotFound, "no such proposal"),
            CurationStatus.Refused => (StatusCodes.Status403Forbidden, "refused"),
            CurationStatus.Stale => (StatusCodes.Status409Conflict, "stale proposal"),
            _ => (StatusCodes.Status400BadRequest, "invalid proposal"),
        };
        if (status == 0)
        {
            return null;
        }

        var extensions = new Dictionary<string, object?>();
        if (outcome.Violation is { } violation)
        {
            extensions["code"] = violation.Code;
        }

        if (outcome.Issues is { Count: > 0 } issues)
        {
            extensions["issues"] = issues.Select(i => new { severity = i.Severity.ToString(), code = i.Code, message = i.Message }).ToList();
        }

        return TypedResults.Problem(detail: outcome.Message, statusCode: status, title: title, extensions: extensions);
    }

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(detail: $"there is no proposal {id}", statusCode: StatusCodes.Status404NotFound, title: "no such proposal");

    private static ProblemHttpResult Bad(string title, string detail, int status = StatusCodes.Status400BadRequest) =>
        LabelQueryChecks.Bad(title, detail, status);
}
