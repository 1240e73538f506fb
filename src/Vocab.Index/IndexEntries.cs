namespace Vocab.Index;

/// <summary>One indexed label. Slots are reused after removal; <see cref="Generation"/> tells a reused slot apart.</summary>
internal struct LabelSlot
{
    /// <summary>The label as written, trimmed (the same string instance the thesaurus holds when nothing was trimmed).</summary>
    public string Text;

    /// <summary>The normalizer's key (shares <see cref="Text"/> when equal).</summary>
    public string Key;

    /// <summary>Character-folded text for n-grams, substring and prefix search (shares <see cref="Key"/> when equal).</summary>
    public string Folded;

    public string Lang;

    /// <summary>
    /// The rest of the label's normalization (usually all null): a query equal to this label normalizes the same way,
    /// so an exact hit can skip the normalizer, and removal needs no second run of it.
    /// </summary>
    public string? Unit;

    public string? Initialism;

    public string? Parenthetical;

    public int Concept;

    public LabelRole Role;

    public int Generation;

    public bool Alive;
}

/// <summary>What the index keeps of a concept: enough to filter and display without touching the live thesaurus.</summary>
internal sealed class ConceptEntry(string iri, int[] schemes, string[] broader, int[] labels)
{
    public string Iri { get; } = iri;

    /// <summary>Scheme ids (see <see cref="LabelIndex"/>'s scheme table).</summary>
    public int[] Schemes { get; } = schemes;

    public string[] Broader { get; } = broader;

    public int[] Labels { get; set; } = labels;

    /// <summary>The label shown when no language (or English) is asked for: cached because every result needs one.</summary>
    public int DefaultDisplay { get; set; } = -1;
}
