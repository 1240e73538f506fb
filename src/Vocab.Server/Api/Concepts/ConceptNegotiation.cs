using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Vocab.Rdf;

namespace Vocab.Server.Api.Concepts;

/// <summary>What a concept request asks for: the JSON document, an HTML page, or RDF in one syntax.</summary>
internal enum ConceptView
{
    Json,
    Html,
    Rdf,
}

/// <summary>The outcome of content negotiation: a view (with its RDF format), or the reason none fits.</summary>
internal readonly record struct ConceptRepresentation(ConceptView View, RdfFormat Format, string? Error, int Status)
{
    public bool Failed => Error is not null;
}

/// <summary>
/// Picks the representation of a concept from <c>?format=</c> (which wins, so a link can name a syntax) or else
/// the Accept header, by quality, then specificity, then the order the client listed the ranges in.
/// </summary>
internal static class ConceptNegotiation
{
    /// <summary>Media types served, in the order a wildcard (<c>*/*</c>, <c>text/*</c>) prefers them: JSON is the default.</summary>
    public static IReadOnlyList<string> MediaTypes { get; } =
        ["application/json", "text/html", "text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"];

    /// <summary>Values accepted by <c>?format=</c>.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = ["json", "html", "ttl", "nt", "rdfxml", "jsonld"];

    public static ConceptRepresentation Choose(string? format, StringValues accept)
    {
        if (!string.IsNullOrWhiteSpace(format))
        {
            return FromFormat(format.Trim());
        }

        if (StringValues.IsNullOrEmpty(accept))
        {
            return Of(MediaTypes[0]);
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Unacceptable($"the Accept header '{accept}' could not be read");
        }

        string? best = null;
        (double Quality, int Specificity, int Position) bestRank = (0, -1, int.MaxValue);
        foreach (var type in MediaTypes)
        {
            var rank = Rank(type, ranges);
            if (rank.Quality > 0 && IsBetter(rank, bestRank))
            {
                best = type;
                bestRank = rank;
            }
        }

        return best is null ? Unacceptable($"none of the accepted types '{accept}' is served") : Of(best);
    }

    private static ConceptRepresentation FromFormat(string format)
    {
        var name = format.ToLowerInvariant();
        if (name == "json")
        {
            return Of(MediaTypes[0]);
        }

        if (name == "html")
        {
            return Of("text/html");
        }

        return RdfFormats.FromName(name) is { } rdf && FormatNames.Contains(RdfFormats.NameOf(rdf))
            ? new ConceptRepresentation(ConceptView.Rdf, rdf, null, StatusCodes.Status200OK)
            : new ConceptRepresentation(ConceptView.Json, default, $"unknown format '{format}'; use one of {string.Join(", ", FormatNames)}", StatusCodes.Status400BadRequest);
    }

    private static ConceptRepresentation Of(string mediaType) => mediaType switch
    {
        "application/json" => new ConceptRepresentation(ConceptView.Json, default, null, StatusCodes.Status200OK),
        "text/html" => new ConceptRepresentation(ConceptView.Html, default, null, StatusCodes.Status200OK),
        _ => new ConceptRepresentation(ConceptView.Rdf, RdfFormats.FromMediaType(mediaType)!.Value, null, StatusCodes.Status200OK),
    };

    private static ConceptRepresentation Unacceptable(string reason) => new(
        ConceptView.Json, default, $"{reason}; this resource is served as {string.Join(", ", MediaTypes)}", StatusCodes.Status406NotAcceptable);

    // The most specific range that matches the type decides its quality (RFC 9110 §12.5.1).
    private static (double Quality, int Specificity, int Position) Rank(string type, IList<MediaTypeHeaderValue> ranges)
    {
        var slash = type.IndexOf('/', StringComparison.Ordinal);
        (double Quality, int Specificity, int Position) rank = (0, -1, int.MaxValue);
        for (var i = 0; i < ranges.Count; i++)
        {
            // Parameters such as charset are ignored: every representation is UTF-8 and has no other variants.
            var range = ranges[i];
            var specificity =
                range.MatchesAllTypes ? 0
                : range.MatchesAllSubTypes && range.Type.Equals(type[..slash], StringComparison.OrdinalIgnoreCase) ? 1
                : range.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase) ? 2
                : -1;
            if (specificity > rank.Specificity)
            {
                rank = (range.Quality ?? 1.0, specificity, i);
            }
        }

        return rank;
    }

    private static bool IsBetter((double Quality, int Specificity, int Position) a, (double Quality, int Specificity, int Position) b) =>
        a.Quality != b.Quality ? a.Quality > b.Quality
        : a.Specificity != b.Specificity ? a.Specificity > b.Specificity
        : a.Position < b.Position;
}
