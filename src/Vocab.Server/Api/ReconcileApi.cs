using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Vocab.Data;
using Vocab.Server.Api.Concepts;
using Vocab.Server.Api.Reconciliation;
using Vocab.Server.Hosting;

namespace Vocab.Server.Api;

/// <summary>
/// The W3C Reconciliation Service API 0.2 at <c>/reconcile</c>, for OpenRefine and other clients: the manifest
/// (<c>GET</c> without <c>queries</c>), query batches (<c>queries</c> as a form field, a URL parameter or the JSON
/// body), entity suggest and an HTML preview. Types are concept schemes. Open to any origin (CORS), since these
/// clients run in browsers on other hosts.
/// </summary>
internal static class ReconcileApi
{
    private const int SuggestPageSize = 10;
    private const int MaxSuggestCursor = 1000;

    public static IEndpointRouteBuilder MapReconcileApi(this IEndpointRouteBuilder app)
    {
        var iris = ConceptIris.FromConfiguration(app.ServiceProvider.GetRequiredService<IConfiguration>());
        var group = app.MapGroup("/reconcile").AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
            return await next(context);
        });

        group.MapGet("", Results<Ok<ReconcileManifest>, Ok<Dictionary<string, ReconcileResultSet>>, ProblemHttpResult> (
            string? queries, HttpContext http, LabelIndexService index, ThesaurusSnapshotService snapshot) =>
        {
            if (!http.Request.Query.ContainsKey("queries"))
            {
                return TypedResults.Ok(Manifest(http.Request, iris.BaseIri, snapshot));
            }

            var problem = Reconcile(queries, http, index, snapshot, out var results);
            return problem is null ? TypedResults.Ok(results) : problem;
        });

        group.MapPost("", async Task<Results<Ok<Dictionary<string, ReconcileResultSet>>, ProblemHttpResult>> (
            HttpContext http, LabelIndexService index, ThesaurusSnapshotService snapshot, CancellationToken cancellationToken) =>
        {
            var (json, problem) = await ReadQueriesAsync(http.Request, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            problem = Reconcile(json, http, index, snapshot, out var results);
            return problem is null ? TypedResults.Ok(results) : problem;
        });

        group.MapGet("/suggest/entity", Results<Ok<ReconcileSuggestResponse>, ProblemHttpResult> (
            string? prefix, string? cursor, LabelIndexService index, ThesaurusSnapshotService snapshot) =>
            Suggest(prefix, cursor, index, snapshot));

        group.MapGet("/preview", Results<ContentHttpResult, ProblemHttpResult> (
            string? id, string? lang, HttpContext http, LabelIndexService index, ThesaurusSnapshotService snapshot) =>
            Preview(id, lang, http, index, snapshot));

        // Browsers send a preflight before a cross-origin POST with a JSON body; answer it for every /reconcile path.
        group.MapMethods("/{**path}", [HttpMethods.Options], (HttpContext http) =>
        {
            var headers = http.Response.Headers;
            headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
            var requested = http.Request.Headers.AccessControlRequestHeaders;
            headers.AccessControlAllowHeaders = requested.Count > 0 ? requested : (Microsoft.Extensions.Primitives.StringValues)"Content-Type";
            headers.AccessControlMaxAge = "86400";
            return TypedResults.NoContent();
        });
        return app;
    }

    private static ReconcileManifest Manifest(HttpRequest request, string identifierSpace, ThesaurusSnapshotService snapshot)
    {
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var types = snapshot.IsLoaded
            ? snapshot.Read(t => t.Schemes.Keys.Order(StringComparer.Ordinal).Select(s => new ReconcileType(s, Reconciler.SchemeName(t, s))).ToList())
            : [];
        return new ReconcileManifest(
            ["0.2"],
            "Vocab",
            identifierSpace,
            Core.Iris.Skos.Ns,
            "https://www.w3.org/community/reports/reconciliation/CG-FINAL-specs-0.2-20230410/",
            types,
            new ReconcileUrl(origin + "/api/v1/concepts/{{id}}"),
            new ReconcilePreviewSettings(origin + "/reconcile/preview?id={{id}}", ReconcilePreview.Width, ReconcilePreview.Height),
            new ReconcileSuggestSettings(new ReconcileService(origin + "/reconcile", "/suggest/entity")));
    }

    // Returns the problem, or null with the results set.
    private static ProblemHttpResult? Reconcile(
        string? json, HttpContext http, LabelIndexService index, ThesaurusSnapshotService snapshot, out Dictionary<string, ReconcileResultSet> results)
    {
        results = [];
        if (!ReconcileQuery.TryParseBatch(json, out var queries, out var error))
        {
            return BadRequest(error, "invalid queries");
        }

        if (!index.Ready)
        {
            return NotReady(http);
        }

        var recorder = http.RequestServices.GetService<UnmatchedLabelRecorder>();
        results = new Reconciler(index.Index, snapshot, recorder).Run(queries);
        return null;
    }

    private static async Task<(string? Json, ProblemHttpResult? Problem)> ReadQueriesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException e)
            {
                return (null, BadRequest("the form body cannot be read: " + e.Message, "invalid queries"));
            }

            if (form.TryGetValue("queries", out var queries))
            {
                return (queries.ToString(), null);
            }

            return (null, form.ContainsKey("extend")
                ? BadRequest("data extension ('extend') is not offered by this service; the manifest lists what is", "unsupported operation")
                : BadRequest("the form has no 'queries' field", "invalid queries"));
        }

        if (request.HasJsonContentType())
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            return (await reader.ReadToEndAsync(cancellationToken), null);
        }

        return (null, TypedResults.Problem(
            detail: "send 'queries' as an application/x-www-form-urlencoded field, or the batch itself as application/json",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "unsupported media type"));
    }

    private static Results<Ok<ReconcileSuggestResponse>, ProblemHttpResult> Suggest(
        string? prefix, string? cursor, LabelIndexService index, ThesaurusSnapshotService snapshot)
    {
        if (string.IsNullOrWhiteSpace(prefix))
        {
            return BadRequest("'prefix' is required", "invalid suggest request");
        }

        var skip = 0;
        if (!string.IsNullOrEmpty(cursor)
            && (!int.TryParse(cursor, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out skip) || skip > MaxSuggestCursor))
        {
            return BadRequest($"'cursor' must be an integer from 0 to {MaxSuggestCursor}", "invalid suggest request");
        }

        if (!index.Ready)
        {
            return TypedResults.Problem(detail: "the label index is still being built", statusCode: StatusCodes.Status503ServiceUnavailable, title: "not ready");
        }

        var hits = index.Index.Autocomplete(prefix, null, skip + SuggestPageSize).Skip(skip).ToList();
        var result = snapshot.Read(t => hits
            .Select(h => new ReconcileSuggestion(
                h.ConceptIri,
                h.PrefLabel,
                h.MatchedLabel == h.PrefLabel ? null : h.MatchedLabel,
                Reconciler.TypesOf(t, h.ConceptIri)))
            .ToList());
        return TypedResults.Ok(new ReconcileSuggestResponse(result));
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Preview(
        string? id, string? lang, HttpContext http, LabelIndexService index, ThesaurusSnapshotService snapshot)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return BadRequest("'id' (a concept IRI) is required", "invalid preview request");
        }

        if (!index.Ready)
        {
            return NotReady(http);
        }

        lang = string.IsNullOrWhiteSpace(lang) ? "en" : lang.Trim();
        var html = snapshot.Read(t => t.TryGetConcept(id.Trim(), out var concept) ? ReconcilePreview.Render(t, concept, lang) : null);
        if (html is null)
        {
            return TypedResults.Problem(detail: $"there is no concept '{id}'", statusCode: StatusCodes.Status404NotFound, title: "no such concept");
        }

        // The card holds no script; the policy makes sure injected markup could not run any either.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Text(html, "text/html; charset=utf-8");
    }

    private static ProblemHttpResult NotReady(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "1";
        return TypedResults.Problem(detail: "the label index is still being built", statusCode: StatusCodes.Status503ServiceUnavailable, title: "not ready");
    }

    private static ProblemHttpResult BadRequest(string detail, string title) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: title);
}
