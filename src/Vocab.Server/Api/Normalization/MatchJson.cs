using System.Text.Encodings.Web;
using System.Text.Json;
using Vocab.Index;
using MatchType = Vocab.Index.MatchType;

namespace Vocab.Server.Api.Normalization;

/// <summary>
/// Writes match results straight from the index's <see cref="MatchResult"/> with a <see cref="Utf8JsonWriter"/>, so the
/// hot path allocates nothing per label beyond what matching returns. The shape is <see cref="NormalizeResult"/>.
/// </summary>
internal static class MatchJson
{
    // The relaxed encoder keeps Japanese labels readable; the body is application/json, never embedded in HTML.
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Status(MatchStatus status) => status switch
    {
        MatchStatus.Matched => "matched",
        MatchStatus.Ambiguous => "ambiguous",
        _ => "unmatched",
    };

    public static string Type(MatchType type) => type switch
    {
        MatchType.Exact => "exact",
        MatchType.Normalized => "normalized",
        MatchType.Abbreviation => "abbreviation",
        MatchType.Curated => "curated",
        _ => "fuzzy",
    };

    public static void WriteResult(Utf8JsonWriter json, string input, MatchResult result)
    {
        json.WriteStartObject();
        json.WriteString("input"u8, input);
        json.WriteString("status"u8, Status(result.Status));
        json.WritePropertyName("best"u8);
        if (result.Best is null)
        {
            json.WriteNullValue();
        }
        else
        {
            WriteCandidate(json, result.Best);
        }

        json.WriteStartArray("candidates"u8);
        foreach (var candidate in result.Candidates)
        {
            WriteCandidate(json, candidate);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCandidate(Utf8JsonWriter json, Candidate candidate)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, candidate.ConceptIri);
        json.WriteString("prefLabel"u8, candidate.PrefLabel);
        json.WriteString("lang"u8, candidate.Lang);
        json.WriteNumber("score"u8, Math.Round(candidate.Score, 4));
        json.WriteString("matchType"u8, Type(candidate.MatchType));
        json.WriteString("matchedLabel"u8, candidate.MatchedLabel);
        if (candidate.Unit is not null)
        {
            json.WriteStartObject("unit"u8);
            json.WriteString("symbol"u8, candidate.Unit);
            json.WriteString("id"u8, candidate.UnitId);
            json.WriteString("prefLabel"u8, candidate.UnitPrefLabel);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
