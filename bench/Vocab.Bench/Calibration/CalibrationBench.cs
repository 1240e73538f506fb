using System.Globalization;
using Vocab.Core;
using Vocab.Core.Normalization;
using Vocab.Index;

namespace Vocab.Bench.Calibration;

/// <summary>
/// Calibration of the match decision. Positives: CHMO's English labels and the shipped thesaurus' Japanese labels,
/// each perturbed per kind (seeded), must come back as their own concept; negatives: STW (economics) and EDICT
/// labels that no indexed label shares a key with, must not match. Beside the engine, the same run scores the
/// baseline a plain exact-string dictionary gives.
/// </summary>
internal static class CalibrationBench
{
    private const int Seed = 20261121;
    private const int NegativeSample = 20_000;

    public static int Run()
    {
        var thesaurus = MatchData.Load([MatchData.Chmo, .. MatchData.Ontology]);
        using var index = LabelIndex.Build(thesaurus);
        var labels = MatchData.Labels(thesaurus);
        var known = Known(labels, LabelNormalizer.Key);
        var folded = Known(labels, LabelNormalizer.FoldCharacters);
        var initials = Known(labels, l => LabelNormalizer.Normalize(l).Initialism ?? "");
        initials.Remove("");
        var exact = ExactDictionary(labels);
        var neighbours = new EditNeighbours(labels);
        Console.WriteLine($"index: {index.ConceptCount:N0} concepts, {index.LabelCount:N0} labels; seed {Seed}");
        Console.WriteLine();
        Console.WriteLine(Tally.Header);

        var chmo = labels.Where(l => l.Concept.Iri.StartsWith("http://purl.obolibrary.org/obo/", StringComparison.Ordinal) && l.Label.Lang == "en").ToList();
        var ja = labels.Where(l => !l.Concept.Iri.StartsWith("http://purl.obolibrary.org/obo/", StringComparison.Ordinal) && l.Label.Lang == "ja").ToList();
        var total = new Tally("all perturbed", "");
        foreach (var (kind, apply) in Perturbations.Latin)
        {
            total.Add(Positives(index, known, folded, initials, exact, neighbours, chmo, kind, "en", apply), kind != "as-is");
        }

        total.Add(Abbreviations(index, known, exact, thesaurus), true);
        foreach (var (kind, apply) in Perturbations.Japanese)
        {
            total.Add(Positives(index, known, folded, initials, exact, neighbours, ja, kind, "ja", apply), kind != "as-is");
        }

        total.Print();
        Console.WriteLine();
        Console.WriteLine(Tally.Header);
        var keys = new HashSet<string>(known.Keys, StringComparer.Ordinal);
        var negatives = new Tally("all unrelated", "neg");
        negatives.Add(Negatives(index, exact, "STW (economics)", MatchData.RawLabels(MatchData.Stw), keys), true);
        negatives.Add(Negatives(index, exact, "EDICT glosses", MatchData.RawLabels(MatchData.Edict).Where(l => l.Lang == "en"), keys), true);
        negatives.Add(Negatives(index, exact, "EDICT headwords", MatchData.RawLabels(MatchData.Edict).Where(l => l.Lang == "ja"), keys), true);
        negatives.Print();
        Console.WriteLine();
        var precision = (double)total.Correct / Math.Max(1, total.Correct + total.Wrong + negatives.Wrong);
        var recall = (double)total.Correct / Math.Max(1, total.N);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"engine: precision {precision:P2}, recall {recall:P2} (perturbed positives + unrelated negatives; ambiguous counts as not matched)"));
        Console.WriteLine();
        Console.WriteLine("correct = matched to the source concept (or a concept sharing its key); abstain = ambiguous or unmatched;");
        Console.WriteLine("positives whose original key names several concepts, or whose perturbation lands on another concept's key,");
        Console.WriteLine("case-folded label, or (all capitals) long-label initials (the note's \"collided\"), are left out: no right answer; negatives exclude");
        Console.WriteLine("labels whose key equals an indexed label's key (those are not unrelated). baseline = exact-string dictionary.");
        return 0;
    }

    /// <summary>Normalized key (or folded text) → the concepts with a label of that key (several when labels are shared).</summary>
    private static Dictionary<string, HashSet<string>> Known(List<(Concept Concept, Label Label)> labels, Func<string, string> keyOf)
    {
        var known = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (concept, label) in labels)
        {
            var key = keyOf(label.Text);
            if (!known.TryGetValue(key, out var set))
            {
                known[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(concept.Iri);
        }

        return known;
    }

    private static Tally Positives(
        LabelIndex index, Dictionary<string, HashSet<string>> known, Dictionary<string, HashSet<string>> folded,
        Dictionary<string, HashSet<string>> initials, Dictionary<string, string> exact, EditNeighbours neighbours,
        List<(Concept Concept, Label Label)> labels, string kind, string lang, Func<string, Random, string?> apply)
    {
        var random = new Random(Seed);
        var tally = new Tally(kind, lang);
        foreach (var (concept, label) in labels)
        {
            var expected = known[LabelNormalizer.Key(label.Text)];
            if (expected.Count > 1 || apply(label.Text, random) is not { } perturbed)
            {
                continue;
            }

            // A perturbation that lands on another concept's label ("DPV" → "DP", "UVPES" → "vUVPES"), by key or by
            // case-folded text (the key may singularize a mixed-case acronym), has no right answer left.
            if ((known.TryGetValue(LabelNormalizer.Key(perturbed), out var other) && !other.Overlaps(expected))
                || (folded.TryGetValue(LabelNormalizer.FoldCharacters(perturbed), out other) && !other.Overlaps(expected)))
            {
                tally.Collided++;
                continue;
            }

            // So does an acronym that a typo turned into the initials of another concept's long label ("SNIM" → "NIM",
            // near-infrared microscopy): read as an acronym, which it is, it names that concept.
            if (!perturbed.Any(char.IsLower) && !string.Equals(LabelNormalizer.Key(perturbed), LabelNormalizer.Key(label.Text), StringComparison.Ordinal)
                && initials.TryGetValue(LabelNormalizer.Key(perturbed).Replace(" ", "", StringComparison.Ordinal), out other) && !other.Overlaps(expected))
            {
                tally.Collided++;
                continue;
            }

            // A typo one edit from another concept's label as well is as close to that concept as to its own: tied.
            var result = index.Match(perturbed);
            if (kind.StartsWith("typo", StringComparison.Ordinal) && neighbours.OtherWithinOneEdit(perturbed, expected))
            {
                tally.ScoreTied(result);
                continue;
            }

            tally.Score(result, expected, exact.GetValueOrDefault(perturbed));
            Show(kind, label.Text, perturbed, result, expected);
        }

        tally.Print();
        return tally;
    }

    /// <summary>A concept's pref label with its all-capitals alt label appended in parentheses, and each alone.</summary>
    private static Tally Abbreviations(
        LabelIndex index, Dictionary<string, HashSet<string>> known, Dictionary<string, string> exact, Thesaurus thesaurus)
    {
        var tally = new Tally("abbreviation", "en");
        foreach (var concept in thesaurus.Concepts.Values.OrderBy(c => c.Iri, StringComparer.Ordinal))
        {
            var pref = concept.Labels.FirstOrDefault(l => l.Kind == LabelKind.Pref && l.Lang == "en").Text;
            var acronym = concept.Labels.FirstOrDefault(l => l.Kind != LabelKind.Pref && l.Text.Length >= 3 && l.Text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))).Text;
            if (pref is null || acronym is null || known[LabelNormalizer.Key(pref)].Count > 1 || known[LabelNormalizer.Key(acronym)].Count > 1)
            {
                continue;
            }

            var expected = known[LabelNormalizer.Key(pref)];
            var combined = string.Create(CultureInfo.InvariantCulture, $"{pref} ({acronym})");
            tally.Score(index.Match(combined), expected, exact.GetValueOrDefault(combined));
        }

        tally.Print();
        return tally;
    }

    private static Tally Negatives(
        LabelIndex index, Dictionary<string, string> exact, string name,
        IEnumerable<(string Subject, string Text, string Lang)> source, HashSet<string> keys)
    {
        var all = source.Select(l => l.Text).Distinct(StringComparer.Ordinal).ToList();
        var random = new Random(Seed);
        var excluded = 0;
        var tally = new Tally(name, "neg");
        foreach (var text in all.OrderBy(_ => random.Next()).Take(NegativeSample))
        {
            if (keys.Contains(LabelNormalizer.Key(text)))
            {
                excluded++;
                continue;
            }

            var result = index.Match(text);
            tally.Score(result, null, exact.GetValueOrDefault(text));
            Show(name, "", text, result, null);
        }

        tally.Print(string.Create(CultureInfo.InvariantCulture, $"{excluded} shared a key"));
        return tally;
    }

    /// <summary>With VOCAB_CALIBRATE_SHOW=wrong (or =abstain) set, prints each such outcome to stderr for inspection.</summary>
    private static void Show(string kind, string original, string input, MatchResult result, HashSet<string>? expected)
    {
        var wrong = result.Status == MatchStatus.Matched && (expected is null || !expected.Contains(result.Best!.ConceptIri));
        var abstain = result.Status != MatchStatus.Matched;
        if ((wrong && ShowMode == "wrong") || (abstain && expected is not null && ShowMode == "abstain"))
        {
            var top = result.Candidates.Count > 0 ? result.Candidates[0] : null;
            var second = result.Candidates.Count > 1 ? result.Candidates[1] : null;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind}\t{original}\t{input}\t{result.Status}\t{top?.MatchType}\t{top?.Score}\t{top?.MatchedLabel}\t{second?.Score}\t{second?.MatchedLabel}"));
        }
    }

    private static readonly string? ShowMode = Environment.GetEnvironmentVariable("VOCAB_CALIBRATE_SHOW");

    private static Dictionary<string, string> ExactDictionary(List<(Concept Concept, Label Label)> labels)
    {
        var exact = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (concept, label) in labels)
        {
            exact.TryAdd(label.Text, concept.Iri);
        }

        return exact;
    }
}
