using System.Net.Http.Json;
using System.Text.Json;

namespace Vocab.Examples.FourDStem;

/// <summary>What the terminology server said about one label.</summary>
/// <param name="Input">The label as sent.</param>
/// <param name="Status">matched, ambiguous or unmatched.</param>
/// <param name="ConceptId">The concept when matched.</param>
/// <param name="PrefLabel">The concept's preferred label when matched.</param>
/// <param name="Unit">The unit split off the label, if any.</param>
public sealed record ResolvedLabel(string Input, string Status, string? ConceptId, string? PrefLabel, string? Unit);

/// <summary>Turns raw labels into concepts, one batch at a time.</summary>
public interface ILabelResolver
{
    /// <summary>Resolves every label; the answer has one entry per distinct input.</summary>
    Task<IReadOnlyDictionary<string, ResolvedLabel>> ResolveAsync(IReadOnlyCollection<string> labels, CancellationToken cancellationToken);
}

/// <summary>Asks a running Vocab server: <c>POST /api/v1/normalize</c>, one batch for the whole set.</summary>
public sealed class HttpLabelResolver(HttpClient http) : ILabelResolver
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, ResolvedLabel>> ResolveAsync(IReadOnlyCollection<string> labels, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/v1/normalize", new { labels, source = "examples/4dstem-pipeline" }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST /api/v1/normalize answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var resolved = new Dictionary<string, ResolvedLabel>(StringComparer.Ordinal);
        foreach (var result in doc.RootElement.GetProperty("results").EnumerateArray())
        {
            var input = result.GetProperty("input").GetString()!;
            var best = result.GetProperty("best");
            resolved[input] = best.ValueKind == JsonValueKind.Object
                ? new ResolvedLabel(input, result.GetProperty("status").GetString()!, best.GetProperty("id").GetString(), best.GetProperty("prefLabel").GetString(),
                    best.TryGetProperty("unit", out var unit) && unit.ValueKind == JsonValueKind.Object ? unit.GetProperty("symbol").GetString() : null)
                : new ResolvedLabel(input, result.GetProperty("status").GetString()!, null, null, null);
        }

        return resolved;
    }
}
