using System.Collections.Frozen;

namespace Vocab.Core.Normalization;

/// <summary>What a word of the table becomes, and whether it is an abbreviation (expanded even when written in capitals).</summary>
internal readonly record struct WordEntry(string Value, bool IsAbbreviation);

/// <summary>
/// Every table-driven word rule in one map (abbreviations, irregular plurals, words that only look plural, spelling
/// pairs), with irregular singulars already in American spelling, so that a word costs one lookup on the hot path.
/// </summary>
internal static class WordTable
{
    private static readonly FrozenDictionary<string, WordEntry> Entries = Build();

    private static readonly FrozenDictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> word, out WordEntry entry) => Lookup.TryGetValue(word, out entry);

    private static FrozenDictionary<string, WordEntry> Build()
    {
        var entries = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        foreach (var (british, american) in SpellingVariants.Pairs)
        {
            entries[british] = new WordEntry(american, IsAbbreviation: false);
        }

        foreach (var word in Singularizer.Invariant)
        {
            entries[word] = new WordEntry(word, IsAbbreviation: false);
        }

        Span<char> scratch = stackalloc char[64];
        foreach (var (plural, singular) in Singularizer.Irregular)
        {
            var american = SpellingVariants.Pairs.TryGetValue(singular, out var pair) ? pair : SpellingVariants.BySuffix(singular, scratch).ToString();
            entries[plural] = new WordEntry(american, IsAbbreviation: false);
        }

        // Abbreviations win: "temp" is never a plural or a British spelling.
        foreach (var (abbreviation, expansion) in Abbreviations.Expansions)
        {
            entries[abbreviation] = new WordEntry(expansion, IsAbbreviation: true);
        }

        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
