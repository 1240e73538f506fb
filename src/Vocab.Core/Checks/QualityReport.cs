using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vocab.Core.Checks;

/// <summary>The result of checking a thesaurus: the findings and how many of each code there are.</summary>
public sealed class QualityReport
{
    private static readonly JsonSerializerOptions Compact = CreateJsonOptions(indented: false);
    private static readonly JsonSerializerOptions Indented = CreateJsonOptions(indented: true);

    internal QualityReport(int concepts, IReadOnlyList<Finding> findings, IReadOnlyList<CodeSummary> summary)
    {
        Concepts = concepts;
        Findings = findings;
        Summary = summary;
    }

    /// <summary>Concepts checked.</summary>
    public int Concepts { get; }

    /// <summary>Findings, grouped by code in <see cref="FindingCodes.All"/> order, at most the configured number per code.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>One line per code, every code included (with zero counts), in <see cref="FindingCodes.All"/> order.</summary>
    public IReadOnlyList<CodeSummary> Summary { get; }

    /// <summary>Integrity violations found.</summary>
    public int Errors => Total(Severity.Error);

    /// <summary>Quality warnings found.</summary>
    public int Warnings => Total(Severity.Warning);

    /// <summary>Informational findings found.</summary>
    public int Infos => Total(Severity.Info);

    /// <summary>True when the thesaurus violates a SKOS integrity condition.</summary>
    [JsonIgnore]
    public bool HasErrors => Errors > 0;

    /// <summary>How many findings a code produced (all of them, also those not listed).</summary>
    public int CountOf(string code) => Summary.FirstOrDefault(s => s.Code == code)?.Count ?? 0;

    /// <summary>The report as JSON (camelCase names, severities as strings): counts first, then the findings.</summary>
    public string ToJson(bool indented = false) => JsonSerializer.Serialize(this, indented ? Indented : Compact);

    private int Total(Severity severity) => Summary.Where(s => s.Severity == severity).Sum(s => s.Count);

    private static JsonSerializerOptions CreateJsonOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
