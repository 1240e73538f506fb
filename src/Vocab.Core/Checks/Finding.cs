namespace Vocab.Core.Checks;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; the thesaurus works as is.</summary>
    Info,

    /// <summary>A quality problem users will notice (missing translations, clashes, cycles).</summary>
    Warning,

    /// <summary>A violation of a SKOS integrity condition: the data contradicts the SKOS Reference.</summary>
    Error,
}

/// <summary>One problem found in the thesaurus.</summary>
/// <param name="Code">Which check: a SKOS Reference condition (S14) or a qSKOS-style quality issue (OrphanConcept).</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Subject">The resource the problem is about (IRI, or <c>_:label</c> for a blank node).</param>
/// <param name="Message">What is wrong, with the values involved.</param>
public sealed record Finding(string Code, Severity Severity, string Subject, string Message);

/// <summary>How many findings one check produced.</summary>
/// <param name="Code">The check.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Count">Findings found.</param>
/// <param name="Reported">Findings listed in the report (fewer than <paramref name="Count"/> when capped by <see cref="CheckOptions.MaxFindingsPerCode"/>).</param>
/// <param name="Description">What the check looks for.</param>
public sealed record CodeSummary(string Code, Severity Severity, int Count, int Reported, string Description);

/// <summary>What to check for.</summary>
public sealed record CheckOptions
{
    /// <summary>Languages every active concept should have a prefLabel in.</summary>
    public IReadOnlyList<string> RequiredLanguages { get; init; } = ["en", "ja"];

    /// <summary>At most this many findings per code are listed; counts stay exact. EDICT-size data has 10^5 orphans.</summary>
    public int MaxFindingsPerCode { get; init; } = int.MaxValue;
}
