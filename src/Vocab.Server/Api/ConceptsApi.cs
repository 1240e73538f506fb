using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Vocab.Data;
using Vocab.Rdf;
using Vocab.Server.Api.Concepts;

namespace Vocab.Server.Api;

/// <summary>
/// One concept, negotiated: <c>GET /api/v1/concepts/{id}</c> (id = the full IRI, URL-encoded, or the path after the
/// base IRI) and the linked-data forms <c>GET /vocab/{path}</c> and <c>GET /concepts/{path}</c> (IRI = base + path).
/// JSON by default; Turtle, N-Triples, RDF/XML and JSON-LD by Accept or <c>?format=</c>; browsers asking for
/// <c>text/html</c> are sent (303 See Other) to the web app's concept page. The base is <c>Vocab:BaseIri</c>, by
/// default <c>https://w3id.org/vocab/</c>.
/// </summary>
internal static partial class ConceptsApi
{
    public static IEndpointRouteBuilder MapConceptsApi(this IEndpointRouteBuilder app)
    {
        var iris = ConceptIris.FromConfiguration(app.ServiceProvider.GetRequiredService<IConfiguration>());
        app.MapGet("/api/v1/concepts/{**id}", (string? id, string? lang, string? format, HttpContext http, ThesaurusSnapshotService snapshot, VocabStore store, CancellationToken cancellationToken) =>
                ServeAsync(id ?? "", iris.Candidates(id ?? ""), lang, format, http, iris, snapshot, store, cancellationToken))
            .WithName("GetConcept");
        foreach (var prefix in new[] { ConceptIris.LocalPrefix, "/concepts/" })
        {
            app.MapGet(prefix + "{**path}", (string? path, string? lang, string? format, HttpContext http, ThesaurusSnapshotService snapshot, VocabStore store, CancellationToken cancellationToken) =>
                ServeAsync(path ?? "", iris.FromLocalPath(path ?? ""), lang, format, http, iris, snapshot, store, cancellationToken));
        }

        return app;
    }

    private static async Task<Results<Ok<ConceptDocument>, ContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> ServeAsync(
        string id,
        IReadOnlyList<string> candidates,
        string? lang,
        string? format,
        HttpContext http,
        ConceptIris iris,
        ThesaurusSnapshotService snapshot,
        VocabStore store,
        CancellationToken cancellationToken)
    {
        // Set before any outcome: caches must key every answer of this URL, errors included, on Accept.
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        var representation = ConceptNegotiation.Choose(format, http.Request.Headers.Accept);
        if (representation.Failed)
        {
            return TypedResults.Problem(
                detail: representation.Error,
                statusCode: representation.Status,
                title: representation.Status == StatusCodes.Status406NotAcceptable ? "not acceptable" : "invalid format",
                extensions: new Dictionary<string, object?> { ["supported"] = ConceptNegotiation.MediaTypes, ["formats"] = ConceptNegotiation.FormatNames });
        }

        lang = string.IsNullOrWhiteSpace(lang) ? "en" : lang.Trim();
        if (!LanguageTag().IsMatch(lang))
        {
            return TypedResults.Problem(
                detail: $"'lang' must be a language tag such as en or ja (got '{lang}')", statusCode: StatusCodes.Status400BadRequest, title: "invalid language");
        }

        var needsDocument = representation.View == ConceptView.Json;
        var found = snapshot.Read(t =>
        {
            foreach (var iri in candidates)
            {
                if (t.TryGetConcept(iri, out var concept))
                {
                    return (Iri: iri, Document: needsDocument ? ConceptDocuments.Build(t, concept, lang) : null);
                }
            }

            return default;
        });
        if (found.Iri is null)
        {
            return NotFound(id);
        }

        switch (representation.View)
        {
            case ConceptView.Html:
                // See Other: the IRI names the concept, the web app's page describes it (the linked-data convention).
                http.Response.Headers.Location = http.RequestServices.GetRequiredService<Web.ConceptLinks>().Page(found.Iri);
                return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
            case ConceptView.Rdf:
                var quads = await store.DescribeAsync(found.Iri, cancellationToken);
                if (quads.Count == 0)
                {
                    // The snapshot lags the store by at most one poll: the concept was removed a moment ago.
                    return NotFound(id);
                }

                return TypedResults.Text(WriteRdf(quads, representation.Format), RdfFormats.MediaTypeOf(representation.Format) + "; charset=utf-8");
            default:
                return TypedResults.Ok(found.Document!);
        }
    }

    private static ProblemHttpResult NotFound(string id) => TypedResults.Problem(
        detail: id.Length == 0 ? "no concept id given: append the concept's IRI (URL-encoded) or its path after the base IRI" : $"there is no concept '{id}'",
        statusCode: StatusCodes.Status404NotFound,
        title: "no such concept");

    private static string WriteRdf(IReadOnlyList<Quad> quads, RdfFormat format)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = RdfFormats.CreateWriter(format, text, ExportService.DefaultWriterOptions))
        {
            // A description is triples about the concept: the store's graph (the import it came from) is left out,
            // so that quad-capable JSON-LD gives the same default-graph document as the triple syntaxes.
            foreach (var quad in quads)
            {
                writer.Write(quad.InGraph(null));
            }

            writer.End();
        }

        return text.ToString();
    }

    // BCP 47 in outline (language, then subtags); enough to refuse junk without a registry of tags.
    [GeneratedRegex("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
