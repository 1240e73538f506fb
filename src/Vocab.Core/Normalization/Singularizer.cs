namespace Vocab.Core.Normalization;

/// <summary>
/// English plural to singular for lower-case ASCII words: an irregular table, words that only look plural, then
/// suffix rules. It runs on both sides of every match, so a rare over-stemmed word still matches itself.
/// <see cref="WordTable"/> folds the two tables into its single lookup; <see cref="BySuffix"/> handles the rest.
/// </summary>
internal static class Singularizer
{
    /// <summary>Plurals no suffix rule gets right: Latin and Greek forms of science, -ses words, and English irregulars.</summary>
    public static readonly IReadOnlyDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Latin -um/-on/-a plurals that measurement metadata uses ("spectra", "maxima", "criteria").
        ["spectra"] = "spectrum",
        ["maxima"] = "maximum",
        ["minima"] = "minimum",
        ["optima"] = "optimum",
        ["media"] = "medium",
        ["strata"] = "stratum",
        ["bacteria"] = "bacterium",
        ["quanta"] = "quantum",
        ["momenta"] = "momentum",
        ["criteria"] = "criterion",
        ["phenomena"] = "phenomenon",
        ["formulae"] = "formula",
        ["lamellae"] = "lamella",
        ["antennae"] = "antenna",
        // Latin -ex/-ix and -us plurals ("matrices", "indices", "radii", "nuclei").
        ["matrices"] = "matrix",
        ["indices"] = "index",
        ["vertices"] = "vertex",
        ["vortices"] = "vortex",
        ["apices"] = "apex",
        ["appendices"] = "appendix",
        ["simplices"] = "simplex",
        ["helices"] = "helix",
        ["radii"] = "radius",
        ["nuclei"] = "nucleus",
        ["foci"] = "focus",
        ["loci"] = "locus",
        ["moduli"] = "modulus",
        ["stimuli"] = "stimulus",
        ["fungi"] = "fungus",
        ["genera"] = "genus",
        ["corpora"] = "corpus",
        // Greek -is plurals the -yses/-theses rules do not cover.
        ["axes"] = "axis",
        ["crises"] = "crisis",
        ["diagnoses"] = "diagnosis",
        ["prognoses"] = "prognosis",
        // Singulars ending in s whose plural adds -es ("lenses" is not "lense").
        ["lenses"] = "lens",
        ["biases"] = "bias",
        ["gases"] = "gas",
        ["aliases"] = "alias",
        ["atlases"] = "atlas",
        ["statuses"] = "status",
        ["focuses"] = "focus",
        ["viruses"] = "virus",
        ["buses"] = "bus",
        ["apparatuses"] = "apparatus",
        ["radiuses"] = "radius",
        // -ves plurals of -f/-fe words; every other -ves word (curves, waves, valves) only drops the s.
        ["halves"] = "half",
        ["shelves"] = "shelf",
        ["leaves"] = "leaf",
        ["lives"] = "life",
        ["knives"] = "knife",
        // Singulars ending in -ie, -che and -o whose plural the suffix rules would cut wrongly.
        ["calories"] = "calorie",
        ["movies"] = "movie",
        ["caches"] = "cache",
        ["niches"] = "niche",
        ["avalanches"] = "avalanche",
        ["echoes"] = "echo",
        ["volcanoes"] = "volcano",
        ["heroes"] = "hero",
        ["potatoes"] = "potato",
        ["tomatoes"] = "tomato",
        // English irregulars.
        ["feet"] = "foot",
        ["teeth"] = "tooth",
        ["mice"] = "mouse",
        ["children"] = "child",
        ["men"] = "man",
        ["women"] = "woman",
        ["geese"] = "goose",
    };

    /// <summary>Words that end in s but are singular or have no singular ("series", "species", "lens", "bias").</summary>
    public static readonly IReadOnlyList<string> Invariant =
    [
        "series", "species", "lens", "bias", "gas", "atlas", "alias", "canvas", "pancreas", "means", "news",
        "chaos", "cosmos", "ethos", "kudos", "thermos", "whereas", "always", "perhaps", "forceps", "biceps",
        "triceps", "diabetes", "rabies", "herpes", "measles", "mumps", "caries", "headquarters",
    ];

    /// <summary>
    /// The singular of a word that is in neither table, by its suffix; <paramref name="scratch"/> holds it when a
    /// suffix is rewritten.
    /// </summary>
    public static ReadOnlySpan<char> BySuffix(ReadOnlySpan<char> word, Span<char> scratch)
    {
        if (word.Length < 4 || word[^1] != 's')
        {
            return word;
        }

        // Singulars that only end in s: mass, process, focus, radius, analysis, basis, and field names in -ics.
        if (word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is") || word.EndsWith("ics"))
        {
            return word;
        }

        if (word.EndsWith("ies") && word.Length >= 5)
        {
            return Rewrite(word, 3, "y", scratch);
        }

        // analyses → analysis, hypotheses → hypothesis.
        if (word.EndsWith("yses") || word.EndsWith("theses"))
        {
            return Rewrite(word, 2, "is", scratch);
        }

        // The -es of sibilant endings: processes, fluxes, patches, meshes, quizzes.
        if (word.EndsWith("sses") || word.EndsWith("xes") || word.EndsWith("ches") || word.EndsWith("shes") || word.EndsWith("zzes"))
        {
            return word[..^2];
        }

        return word[..^1];
    }

    private static ReadOnlySpan<char> Rewrite(ReadOnlySpan<char> word, int cut, string suffix, Span<char> scratch)
    {
        var stem = word[..^cut];
        stem.CopyTo(scratch);
        suffix.CopyTo(scratch[stem.Length..]);
        return scratch[..(stem.Length + suffix.Length)];
    }
}
