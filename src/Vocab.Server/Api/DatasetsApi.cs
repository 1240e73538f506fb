using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Vocab.Core.Normalization;
using Vocab.Data;
using Vocab.Index;
using Vocab.Index.Datasets;
using Vocab.Server.Api.Normalization;
using Vocab.Server.Hosting;

namespace Vocab.Server.Api;

/// <summary>
/// <c>POST /api/v1/datasets/normalize</c>: the dataset side of <c>vocab normalize</c> for pipelines. The body is the
/// dataset itself (raw, with <c>?format=csv|tsv|json</c>) or a multipart form with a <c>file</c> part (format from
/// its name unless given). The answer holds the mapping table and the normalized dataset; unmatched and ambiguous
/// labels are recorded with the caller's <c>source</c> (default: the file name).
/// </summary>
internal static class DatasetsApi
{
    /// <summary>The configuration key of the upload limit in bytes.</summary>
    public const string MaxBytesKey = "Vocab:Limits:MaxDatasetBytes";

    private const long DefaultMaxBytes = 10 * 1024 * 1024;

    public static IEndpointRouteBuilder MapDatasetsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/datasets/normalize", PostAsync)
            .WithTags("datasets")
            .WithName("NormalizeDataset")
            .WithSummary("Normalize a CSV/TSV/JSON dataset's labels; returns the mapping table and the normalized copy")
            // Listed types are the ones accepted (others get 415); a urlencoded body is what `curl --data-binary` sends by
            // default and is read raw, like the rest; only multipart is read as a form.
            .Accepts<string>(
                "text/csv", "text/tab-separated-values", "application/json", "text/plain", "application/octet-stream",
                "application/x-www-form-urlencoded", "multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PostAsync(
        HttpContext http, string? format, string? columns, string? lang, string? scheme, string? source,
        LabelIndexService index, ThesaurusSnapshotService snapshot, IConfiguration configuration, CancellationToken cancellationToken)
    {
        string? type = null;
        if ((LabelQueryChecks.NotReady(index) ?? LabelQueryChecks.Language(ref lang) ?? LabelQueryChecks.Known(snapshot, ref scheme, ref type)) is { } bad)
        {
            return bad;
        }

        var maxBytes = configuration.GetValue(MaxBytesKey, DefaultMaxBytes);
        if (http.Request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var upload = await ReadAsync(http.Request, maxBytes, cancellationToken);
        if (upload.Problem is { } problem)
        {
            return problem;
        }

        var fmt = format is null ? upload.Name is null ? null : DatasetNormalizer.FormatOf(upload.Name) : DatasetNormalizer.ParseFormat(format);
        if (fmt is not { } datasetFormat)
        {
            return LabelQueryChecks.Bad("unknown format", "give ?format=csv, tsv or json (or upload a file named .csv, .tsv or .json)");
        }

        var mapper = new LabelMapper(index.Index, new MatchOptions { Lang = lang, Scheme = scheme });
        var normalized = new StringWriter();
        var selected = (columns ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            DatasetNormalizer.Normalize(new StringReader(upload.Text!), normalized, datasetFormat, mapper, selected);
        }
        catch (FormatException e)
        {
            return LabelQueryChecks.Bad("invalid dataset", e.Message);
        }

        Record(http, mapper.Mappings, source ?? upload.Name ?? "dataset");
        return TypedResults.Content(Respond(datasetFormat, mapper.Mappings, normalized.ToString()), "application/json", Encoding.UTF8);
    }

    private static async Task<(string? Text, string? Name, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType && request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes }, cancellationToken);
            }
            catch (InvalidDataException)
            {
                return (null, null, TooLarge(maxBytes));
            }

            if ((form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null)) is not { } file)
            {
                return (null, null, LabelQueryChecks.Bad("missing file", "the form has no 'file' part"));
            }

            using var fileReader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return (await fileReader.ReadToEndAsync(cancellationToken), file.FileName, null);
        }

        // A chunked body has no Content-Length, so the limit is enforced while reading.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return (await reader.ReadToEndAsync(cancellationToken), null, null);
    }

    private static void Record(HttpContext http, IEnumerable<LabelMapping> mappings, string source)
    {
        if (http.RequestServices.GetService<UnmatchedLabelRecorder>() is not { } recorder)
        {
            return;
        }

        foreach (var m in mappings.Where(m => m.Result.Status != MatchStatus.Matched))
        {
            recorder.Record(m.Input, LabelNormalizer.Key(m.Input), MatchJson.Status(m.Result.Status), source);
        }
    }

    // {"format", "mappings": [{input, site, occurrences, status, best, candidates}], "normalized"}: a JSON dataset is
    // embedded as JSON, a CSV/TSV one as a string.
    private static string Respond(DatasetFormat format, IReadOnlyList<LabelMapping> mappings, string normalized)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, MatchJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("format"u8, LabelMapper.Name(format));
            json.WriteStartArray("mappings"u8);
            foreach (var m in mappings)
            {
                json.WriteStartObject();
                json.WriteString("site"u8, LabelMapper.Name(m.Site));
                json.WriteNumber("occurrences"u8, m.Occurrences);
                json.WritePropertyName("match"u8);
                MatchJson.WriteResult(json, m.Input, m.Result);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("normalized"u8);
            if (format == DatasetFormat.Json)
            {
                json.WriteRawValue(normalized);
            }
            else
            {
                json.WriteStringValue(normalized);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static ProblemHttpResult TooLarge(long maxBytes) => LabelQueryChecks.Bad(
        "dataset too large", $"the dataset exceeds {maxBytes} bytes (configure {MaxBytesKey})", StatusCodes.Status413PayloadTooLarge);
}
