using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Vocab.Core;
using Vocab.Data;
using Vocab.Rdf;
using Vocab.Rdf.Skos;
using Vocab.Server.Api.Normalization;
using Vocab.Server.Auth;

namespace Vocab.Server.Api;

/// <summary>
/// <c>POST /api/v1/import</c>: one RDF document into the store as one change, exactly as <c>vocab import</c> does it
/// (atomic: on any error nothing is written). Admin tokens with the <c>import</c> scope only. The body is spooled to a
/// temporary file first, because the importer may read a document twice (a scheme declared late) and a half-received
/// upload must never start a change.
/// </summary>
internal static class ImportApi
{
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/import", ImportAsync)
            .WithName("Import").WithTags("import")
            .WithSummary("Import one RDF document (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD) as one change")
            .RequireAuthorization(Policies.Import)
            .WithMetadata(new BodySizeLimit(app.ServiceProvider.GetRequiredService<IOptions<VocabServerLimits>>().Value.MaxImportBytes))
            .Produces<ImportResult>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportAsync(
        HttpContext http, ImportService importer, ThesaurusSnapshotService snapshot, string? format, string? graph, string? name, string? reason, string? profile, CancellationToken cancellationToken)
    {
        var fmt = format is { Length: > 0 } ? RdfFormats.FromName(format) : RdfFormats.FromMediaType(http.Request.ContentType ?? "");
        if (fmt is not { } rdf)
        {
            return LabelQueryChecks.Bad("unsupported RDF syntax",
                $"send Content-Type {string.Join(", ", Enum.GetValues<RdfFormat>().Select(RdfFormats.MediaTypeOf))}, or ?format= one of {string.Join(", ", RdfFormats.Names)}", StatusCodes.Status415UnsupportedMediaType);
        }

        if (graph is { Length: > 0 } && !Uri.TryCreate(graph, UriKind.Absolute, out _))
        {
            return LabelQueryChecks.Bad("invalid graph", "'graph' must be an absolute IRI");
        }

        var importProfile = ImportProfile.Auto;
        if (profile is { Length: > 0 } && !Names.TryParse(profile, out importProfile))
        {
            return LabelQueryChecks.Bad("invalid profile", "'profile' must be auto, skos or owl");
        }

        var maxBytes = http.RequestServices.GetRequiredService<IOptions<VocabServerLimits>>().Value.MaxImportBytes;
        if (http.Request.ContentLength > maxBytes)
        {
            return LabelQueryChecks.Bad("document too large", $"the document has {http.Request.ContentLength} bytes; at most {maxBytes} are allowed (Vocab:Limits:MaxImportBytes)", StatusCodes.Status413PayloadTooLarge);
        }

        // The upload's name stands in for a file name: it names the default graph and appears in errors.
        var fileName = SafeName(name, rdf);
        var folder = Directory.CreateTempSubdirectory("vocab-import-");
        try
        {
            var path = Path.Combine(folder.FullName, fileName);
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await http.Request.Body.CopyToAsync(file, cancellationToken);
            }

            if (new FileInfo(path).Length == 0)
            {
                return LabelQueryChecks.Bad("empty document", "the body is empty: send an RDF document");
            }

            var user = http.User.Identity?.Name ?? "api";
            var options = new ImportOptions(user + " (token " + http.User.FindFirst(Policies.TokenNameClaim)?.Value + ")", reason is { Length: > 0 } ? reason : "import " + fileName)
            {
                Graph = graph is { Length: > 0 } ? graph : null,
                Profile = importProfile,
                BaseIri = "urn:vocab:upload:" + Uri.EscapeDataString(fileName),
            };

            // Once the upload is complete the import is the unit of work: a client hanging up does not abandon it half-way
            // (it could not anyway: the change commits or rolls back as a whole).
            var report = await importer.ImportAsync([new ImportSource(path, rdf)], options, CancellationToken.None);
            await snapshot.CatchUpAsync(CancellationToken.None);
            return TypedResults.Ok(ImportResult.Of(report, fileName));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return LabelQueryChecks.Bad("document too large", e.Message, StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception e) when (Names.Find<RdfSyntaxException>(e) is { } syntax)
        {
            return TypedResults.Problem(
                detail: Hide(syntax.Message, folder), statusCode: StatusCodes.Status400BadRequest, title: "invalid RDF",
                extensions: new Dictionary<string, object?> { ["line"] = syntax.Line, ["column"] = syntax.Column, ["source"] = fileName });
        }
        catch (ImportException e)
        {
            return LabelQueryChecks.Bad("import refused", Hide(e.Message, folder));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Messages name the spooled file; the caller knows it by its upload name only.</summary>
    private static string Hide(string message, DirectoryInfo folder) => message.Replace(folder.FullName + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

    private static string SafeName(string? name, RdfFormat format)
    {
        var cleaned = new string((name ?? "").Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').ToArray()).Trim('.');
        if (cleaned.Length is 0 or > 100)
        {
            cleaned = "upload" + RdfFormats.ExtensionOf(format);
        }

        return RdfFormats.FromPath(cleaned) is null ? cleaned + RdfFormats.ExtensionOf(format) : cleaned;
    }

}

/// <summary>What an API import did.</summary>
/// <param name="Seq">The change-log sequence of the import.</param>
/// <param name="Source">The upload's name.</param>
/// <param name="StatementsRead">Statements in the document.</param>
/// <param name="StatementsAdded">Statements new to the store.</param>
/// <param name="DuplicatesSkipped">Statements the store already had.</param>
/// <param name="Concepts">Concepts in the document.</param>
/// <param name="ElapsedMs">Time the import took.</param>
internal sealed record ImportResult(long Seq, string Source, long StatementsRead, long StatementsAdded, long DuplicatesSkipped, long Concepts, long ElapsedMs)
{
    public static ImportResult Of(ImportReport report, string source) => new(
        report.Change.Sequence, source, report.StatementsRead, report.StatementsAdded, report.DuplicatesSkipped, report.Concepts,
        (long)report.Elapsed.TotalMilliseconds);
}
