using System.Text.Json;
using Vocab.Core.Normalization;
using Vocab.Data;
using Vocab.Index;
using Vocab.Server.Hosting;

namespace Vocab.Server.Api.Normalization;

/// <summary>
/// Matches an already validated batch while writing the response, so a large batch streams out instead of being
/// held as a list of result objects. Labels that match nothing or are ambiguous are handed to the recorder.
/// </summary>
internal sealed class NormalizeHttpResult(
    IReadOnlyList<string> labels, MatchOptions options, LabelIndexService index, bool single, UnmatchedLabelRecorder? recorder, string? source) : IResult
{
    // Flush to the client every so many results: bounded buffering without a syscall per label.
    private const int FlushEvery = 256;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        var cancellationToken = httpContext.RequestAborted;
        var labelIndex = index.Index;
        await using var json = new Utf8JsonWriter(response.BodyWriter, MatchJson.WriterOptions);
        if (!single)
        {
            json.WriteStartObject();
            json.WriteStartArray("results"u8);
        }

        int matched = 0, ambiguous = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var result = labelIndex.Match(labels[i], options);
            matched += result.Status == MatchStatus.Matched ? 1 : 0;
            ambiguous += result.Status == MatchStatus.Ambiguous ? 1 : 0;
            MatchJson.WriteResult(json, labels[i], result);
            if (result.Status != MatchStatus.Matched && recorder is not null)
            {
                // Only open labels pay for a key; the recorder only enqueues, so the response is not held up.
                recorder.Record(labels[i], LabelNormalizer.Key(labels[i]), MatchJson.Status(result.Status), source);
            }

            if (i % FlushEvery == FlushEvery - 1)
            {
                await json.FlushAsync(cancellationToken);
                await response.BodyWriter.FlushAsync(cancellationToken);
            }
        }

        recorder?.CountOutcomes(matched, ambiguous, labels.Count - matched - ambiguous);
        if (!single)
        {
            json.WriteEndArray();
            json.WriteEndObject();
        }

        await json.FlushAsync(cancellationToken);
        await response.BodyWriter.FlushAsync(cancellationToken);
    }
}
