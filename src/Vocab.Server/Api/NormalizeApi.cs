using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Vocab.Data;
using Vocab.Index;
using Vocab.Server.Api.Normalization;
using Vocab.Server.Hosting;

namespace Vocab.Server.Api;

/// <summary>
/// Normalization for pipelines: <c>POST /api/v1/normalize</c> takes a batch of raw labels and answers one result
/// per label in input order (matched, ambiguous or unmatched, with candidates); <c>GET /api/v1/normalize?label=</c>
/// answers one. Every request is checked completely before any label is matched, so a rejected request records nothing.
/// </summary>
internal static class NormalizeApi
{
    private const int DefaultLimit = 3;

    public static IEndpointRouteBuilder MapNormalizeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/normalize").WithTags("normalize");
        group.MapPost("/", PostAsync)
            .WithName("NormalizeLabels")
            .WithSummary("Normalize a batch of raw labels to concepts")
            .Accepts<NormalizeRequest>("application/json")
            .Produces<NormalizeResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", Get)
            .WithName("NormalizeLabel")
            .WithSummary("Normalize one raw label to a concept")
            .Produces<NormalizeResult>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<NormalizeHttpResult, ProblemHttpResult>> PostAsync(
        HttpRequest request, LabelIndexService index, ThesaurusSnapshotService snapshot, IOptions<VocabServerLimits> limits, CancellationToken cancellationToken)
    {
        if (LabelQueryChecks.NotReady(index) is { } notReady)
        {
            return notReady;
        }

        // Read by hand: a malformed body is the caller's mistake (400 problem JSON), not a binding failure.
        NormalizeRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, NormalizationJsonContext.Default.NormalizeRequest, cancellationToken);
        }
        catch (JsonException e)
        {
            return LabelQueryChecks.Bad("invalid JSON", "the body is not valid JSON for a normalize request: " + e.Message);
        }

        var max = limits.Value;
        if (body?.Labels is not { } labels)
        {
            return LabelQueryChecks.Bad("missing labels", "the body must be a JSON object with a 'labels' array of strings");
        }

        if (labels.Count == 0)
        {
            return LabelQueryChecks.Bad("empty batch", "'labels' is empty: send at least one label");
        }

        if (labels.Count > max.MaxBatch)
        {
            return LabelQueryChecks.Bad(
                "batch too large", $"'labels' has {labels.Count} entries; at most {max.MaxBatch} are allowed per request", StatusCodes.Status413PayloadTooLarge);
        }

        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            if (label is null)
            {
                return LabelQueryChecks.Bad("invalid label", $"labels[{i}] is null; every label must be a string");
            }

            if (label.Length > max.MaxLabelLength)
            {
                return LabelQueryChecks.Bad("label too long", $"labels[{i}] has {label.Length} characters; at most {max.MaxLabelLength} are allowed");
            }
        }

        var (lang, scheme, type, limit) = (body.Lang, body.Scheme, body.Type, body.Limit);
        if ((LabelQueryChecks.Language(ref lang) ?? LabelQueryChecks.Limit(ref limit, DefaultLimit, max.MaxLimit) ?? LabelQueryChecks.Known(snapshot, ref scheme, ref type)) is { } bad)
        {
            return bad;
        }

        var options = new MatchOptions { Lang = lang, Scheme = scheme, Type = type, Limit = limit!.Value };
        return new NormalizeHttpResult(labels!, options, index, single: false, Recorder(request.HttpContext), Source(body.Source, request.HttpContext));
    }

    private static Results<NormalizeHttpResult, ProblemHttpResult> Get(
        string? label,
        string? lang,
        string? scheme,
        string? type,
        int? limit,
        string? source,
        HttpContext http,
        LabelIndexService index,
        ThesaurusSnapshotService snapshot,
        IOptions<VocabServerLimits> limits)
    {
        var max = limits.Value;
        if ((LabelQueryChecks.NotReady(index)
            ?? LabelQueryChecks.Text(label, "label", max.MaxLabelLength)
            ?? LabelQueryChecks.Language(ref lang)
            ?? LabelQueryChecks.Limit(ref limit, DefaultLimit, max.MaxLimit)
            ?? LabelQueryChecks.Known(snapshot, ref scheme, ref type)) is { } bad)
        {
            return bad;
        }

        var options = new MatchOptions { Lang = lang, Scheme = scheme, Type = type, Limit = limit!.Value };
        return new NormalizeHttpResult([label!], options, index, single: true, Recorder(http), Source(source, http));
    }

    // Optional so the API runs in hosts that do not record unmatched labels.
    private static UnmatchedLabelRecorder? Recorder(HttpContext http) => http.RequestServices.GetService<UnmatchedLabelRecorder>();

    /// <summary>The caller's own label for the data, prefixed with the API token's name when a token authenticated the call.</summary>
    private static string? Source(string? source, HttpContext http)
    {
        var given = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        var token = http.User.FindFirst(Auth.Policies.TokenNameClaim)?.Value;
        return token is null ? given : given is null ? "token:" + token : "token:" + token + "/" + given;
    }
}
