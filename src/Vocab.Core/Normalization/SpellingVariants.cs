using System.Collections.Frozen;

namespace Vocab.Core.Normalization;

/// <summary>
/// British to American spelling for lower-case ASCII words: a table of the common pairs plus three safe suffix rules
/// (-isation, -ise/-ised/-ising/-iser, -metre/-litre and sulph-), so that "colour" and "color" share a key.
/// <see cref="WordTable"/> folds the pairs into its single lookup; <see cref="BySuffix"/> handles the rest.
/// </summary>
internal static class SpellingVariants
{
    /// <summary>Pairs that no rule derives; each family is one a materials or instrument label actually uses.</summary>
    public static readonly IReadOnlyDictionary<string, string> Pairs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // -our → -or ("colour map", "vapour pressure", "phase behaviour").
        ["colour"] = "color",
        ["coloured"] = "colored",
        ["colourless"] = "colorless",
        ["behaviour"] = "behavior",
        ["vapour"] = "vapor",
        ["odour"] = "odor",
        ["flavour"] = "flavor",
        ["labour"] = "labor",
        ["harbour"] = "harbor",
        ["neighbour"] = "neighbor",
        ["armour"] = "armor",
        ["favour"] = "favor",
        // Element names (IUPAC uses aluminium and caesium, American labels do not).
        ["aluminium"] = "aluminum",
        ["caesium"] = "cesium",
        // -re → -er outside the -metre/-litre rule ("beam centre", "optical fibre").
        ["centre"] = "center",
        ["centred"] = "centered",
        ["fibre"] = "fiber",
        ["calibre"] = "caliber",
        ["lustre"] = "luster",
        ["theatre"] = "theater",
        ["spectre"] = "specter",
        ["tyre"] = "tire",
        // -ll- before a suffix ("tunnelling current", "modelling").
        ["modelling"] = "modeling",
        ["modelled"] = "modeled",
        ["labelled"] = "labeled",
        ["labelling"] = "labeling",
        ["signalling"] = "signaling",
        ["tunnelling"] = "tunneling",
        ["channelling"] = "channeling",
        ["travelling"] = "traveling",
        ["levelling"] = "leveling",
        ["fuelled"] = "fueled",
        ["cancelled"] = "canceled",
        // -ogue → -og, -mme → -m, and other single pairs.
        ["catalogue"] = "catalog",
        ["analogue"] = "analog",
        ["programme"] = "program",
        ["grey"] = "gray",
        ["mould"] = "mold",
        ["moulding"] = "molding",
        ["moulded"] = "molded",
        ["ageing"] = "aging",
        ["haemoglobin"] = "hemoglobin",
        // -ss- in focus forms ("defocussed probe").
        ["focussed"] = "focused",
        ["focussing"] = "focusing",
        ["defocussed"] = "defocused",
        ["defocussing"] = "defocusing",
        // -yse → -yze (analyses is a plural noun and singularizes before it gets here).
        ["analyse"] = "analyze",
        ["analysed"] = "analyzed",
        ["analysing"] = "analyzing",
        ["analyser"] = "analyzer",
        ["catalyse"] = "catalyze",
        ["catalysed"] = "catalyzed",
        ["dialyse"] = "dialyze",
        ["electrolyse"] = "electrolyze",
        ["hydrolyse"] = "hydrolyze",
        ["hydrolysed"] = "hydrolyzed",
        ["pyrolyse"] = "pyrolyze",
        ["paralyse"] = "paralyze",
        // -ise words whose stem is too short for the -ise rule.
        ["ionise"] = "ionize",
        ["ionised"] = "ionized",
        ["ionising"] = "ionizing",
        ["ioniser"] = "ionizer",
        ["sulphur"] = "sulfur",
    };

    /// <summary>Words in -ise that are spelled so in American English too ("precise", "exercise", "expertise").</summary>
    private static readonly FrozenSet<string> IseWords = new[]
    {
        "precise", "concise", "exercise", "compromise", "promise", "expertise", "premise", "franchise",
        "merchandise", "improvise", "televise", "disguise", "chastise", "despise", "circumcise", "treatise",
        "paradise", "demise", "advertise", "sunrise", "moonrise", "valise", "mortise", "supervise", "excise", "incise",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] IseSuffixes = ["ise", "ised", "ising", "iser"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IseLookup =
        IseWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The American spelling of a word that is not in the pair table, by its prefix or suffix; <paramref name="scratch"/>
    /// holds it when a suffix is rewritten.
    /// </summary>
    public static ReadOnlySpan<char> BySuffix(ReadOnlySpan<char> word, Span<char> scratch)
    {
        if (word.StartsWith("sulph"))
        {
            // sulphate, sulphide, sulphonic: the whole family changes the same way.
            return Splice(word, 3, 2, "f", scratch);
        }

        if (word.EndsWith("metre") || word.EndsWith("litre"))
        {
            return Splice(word, word.Length - 2, 2, "er", scratch);
        }

        // -isation is -ization in every word but improvisation, whatever the stem ("ionisation", "derivatisation").
        if (word.EndsWith("isation") && word.Length > 8 && !word.StartsWith("improv"))
        {
            return Splice(word, word.Length - 6, 1, "z", scratch);
        }

        foreach (var suffix in IseSuffixes)
        {
            if (word.EndsWith(suffix) && IsIseVerb(word[..^suffix.Length]))
            {
                return Splice(word, word.Length - suffix.Length + 1, 1, "z", scratch);
            }
        }

        return word;
    }

    /// <summary>
    /// Whether stem+"ise" is a British -ise verb: a stem of four letters or more that is not an -ise word of
    /// American English too, nor -wise (stepwise), -oise (noise), -aise (raise), -uise (cruise) or -prise (enterprise).
    /// </summary>
    private static bool IsIseVerb(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 4 || stem[^1] is 'w' or 'o' or 'a' or 'u' || stem.EndsWith("pr"))
        {
            return false;
        }

        Span<char> word = stackalloc char[stem.Length + 3];
        stem.CopyTo(word);
        "ise".CopyTo(word[stem.Length..]);
        return !IseLookup.Contains(word);
    }

    private static ReadOnlySpan<char> Splice(ReadOnlySpan<char> word, int start, int removed, string inserted, Span<char> scratch)
    {
        word[..start].CopyTo(scratch);
        inserted.CopyTo(scratch[start..]);
        var tail = word[(start + removed)..];
        tail.CopyTo(scratch[(start + inserted.Length)..]);
        return scratch[..(start + inserted.Length + tail.Length)];
    }
}
