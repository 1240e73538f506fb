namespace Vocab.Core.Normalization;

/// <summary>
/// The match keys of one raw label, as <see cref="LabelNormalizer.Normalize"/> computes them.
/// </summary>
/// <param name="Raw">The input, unchanged.</param>
/// <param name="Key">The match key of the whole label with its unit and parenthesized abbreviation removed.</param>
/// <param name="Unit">The unit split off the label (<c>"Acc. Voltage [kV]"</c> → <c>"kV"</c>), after NFKC; null when none.</param>
/// <param name="PropertyText">The raw label without its unit part, trimmed.</param>
/// <param name="Tokens">The key split on spaces.</param>
/// <param name="Initialism">
/// The folded initials of the content words of a label of two or more Latin words ("haadf"); null otherwise, and null
/// when the label already holds an acronym ("HRTEM image").
/// </param>
/// <param name="ParenthesizedAbbreviation">The folded abbreviation given in trailing parentheses; null when none.</param>
public sealed record NormalizedLabel(
    string Raw,
    string Key,
    string? Unit,
    string PropertyText,
    IReadOnlyList<string> Tokens,
    string? Initialism,
    string? ParenthesizedAbbreviation);
