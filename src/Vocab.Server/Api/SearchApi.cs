using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Vocab.Data;
using Vocab.Index;
using Vocab.Server.Api.Normalization;
using Vocab.Server.Hosting;

namespace Vocab.Server.Api;

/// <summary>
/// Search for people: <c>GET /api/v1/search?q=&amp;lang=&amp;scheme=&amp;limit=</c> ranks concepts by any of their
/// labels (exact, prefix, substring, then fuzzy) and <c>GET /api/v1/autocomplete?prefix=&amp;lang=&amp;limit=</c>
/// completes a prefix. Each hit names the label that matched and the concept's prefLabel in the requested language.
/// </summary>
internal static class SearchApi
{
    private const int DefaultSearchLimit = 20;
    private const int DefaultAutocompleteLimit = 10;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/search", Search)
            .WithTags("search")
            .WithName("SearchConcepts")
            .WithSummary("Find concepts by any of their labels in any language")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/api/v1/autocomplete", Autocomplete)
            .WithTags("search")
            .WithName("AutocompleteConcepts")
            .WithSummary("Complete a label prefix to concepts")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Search(
        string? q, string? lang, string? scheme, int? limit, LabelIndexService index, ThesaurusSnapshotService snapshot, IOptions<VocabServerLimits> limits)
    {
        var max = limits.Value;
        string? type = null;
        if ((LabelQueryChecks.NotReady(index)
            ?? LabelQueryChecks.Text(q, "q", max.MaxLabelLength)
            ?? LabelQueryChecks.Language(ref lang)
            ?? LabelQueryChecks.Limit(ref limit, DefaultSearchLimit, max.MaxLimit)
            ?? LabelQueryChecks.Known(snapshot, ref scheme, ref type)) is { } bad)
        {
            return bad;
        }

        var hits = index.Index.Search(q!, new SearchOptions { Lang = lang, Scheme = scheme, Limit = limit!.Value });
        return TypedResults.Ok(ToResponse(hits));
    }

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Autocomplete(
        string? prefix, string? lang, int? limit, LabelIndexService index, IOptions<VocabServerLimits> limits)
    {
        var max = limits.Value;
        if ((LabelQueryChecks.NotReady(index)
            ?? LabelQueryChecks.Text(prefix, "prefix", max.MaxLabelLength)
            ?? LabelQueryChecks.Language(ref lang)
            ?? LabelQueryChecks.Limit(ref limit, DefaultAutocompleteLimit, max.MaxLimit)) is { } bad)
        {
            return bad;
        }

        return TypedResults.Ok(ToResponse(index.Index.Autocomplete(prefix!, lang, limit!.Value)));
    }

    private static SearchResponse ToResponse(IReadOnlyList<SearchHit> hits)
    {
        var results = new SearchHitDto[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            results[i] = new SearchHitDto(h.ConceptIri, h.PrefLabel, h.Lang, h.MatchedLabel, h.MatchedLang, MatchKind(h), Math.Round(h.Score, 4));
        }

        return new SearchResponse(results);
    }

    private static string MatchKind(SearchHit hit) => hit.Kind == SearchMatchKind.Fuzzy
        ? "fuzzy"
        : hit.Role switch
        {
            LabelRole.Pref => "pref",
            LabelRole.Alt => "alt",
            LabelRole.Hidden => "hidden",
            _ => "notation",
        };
}
