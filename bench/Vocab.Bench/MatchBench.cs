using System.Diagnostics;
using System.Globalization;
using Vocab.Core.Normalization;
using Vocab.Index;

namespace Vocab.Bench;

/// <summary>
/// Matching throughput on one core: <see cref="LabelIndex.Match"/> against a plain <see cref="Dictionary{TKey, TValue}"/>
/// lookup of the raw label (the physical limit of "label in, concept out"), over the same labels in the same run:
/// every indexed label of the shipped thesaurus, CHMO and EDICT that the engine resolves to one concept. The engine
/// rows show the steady state (results of labels seen before come from the index's result cache), the full path with
/// the cache bypassed, and upper-cased labels, which miss the exact map and go through the normalizer.
/// </summary>
internal static class MatchBench
{
    private const int Seed = 20261121;

    public static int Run(int runs)
    {
        var thesaurus = MatchData.Load([.. MatchData.Ontology, MatchData.Chmo, MatchData.Edict]);
        var sw = Stopwatch.StartNew();
        using var index = LabelIndex.Build(thesaurus);
        Console.WriteLine($"index: {index.ConceptCount:N0} concepts, {index.LabelCount:N0} labels, built in {sw.Elapsed.TotalSeconds:F1} s");

        // The workload: labels that resolve (matched), shuffled so neither side profits from insertion order.
        var dictionary = new Dictionary<string, string>(StringComparer.Ordinal);
        var labels = new List<string>();
        foreach (var (concept, label) in MatchData.Labels(thesaurus))
        {
            if (dictionary.TryAdd(label.Text, concept.Iri) && index.Match(label.Text).Status == MatchStatus.Matched)
            {
                labels.Add(label.Text);
            }
        }

        var random = new Random(Seed);
        var workload = labels.OrderBy(_ => random.Next()).ToArray();
        // Upper-cased, the labels miss the exact map and take the normalizer: a sample keeps the run short.
        var upper = workload.Take(50_000).Select(l => l.ToUpperInvariant()).ToArray();
        Console.WriteLine($"workload: {workload.Length:N0} distinct labels that match one concept; best of {runs} passes; one thread");
        Console.WriteLine();
        Console.WriteLine($"{"lookup",-48} {"labels/s",14} {"ns/label",9}  ratio");

        var limit = Time("dictionary", runs, () => DictionaryPass(dictionary, workload));
        var engine = Time("engine", runs, () => EnginePass(index, workload));
        // A limit above the result cache's takes the full path every time: what a label costs the first time it is seen.
        var uncached = Time("engine, cache bypassed", runs, () => EnginePass(index, workload, limit: 6));
        var normalized = Time("engine, upper-cased", runs, () => EnginePass(index, upper));
        var normalizer = Time("normalizer alone, upper-cased", runs, () => upper.Count(l => LabelNormalizer.Normalize(l).Key.Length > 0));
        var perLabel = limit / workload.Length;
        Row("Dictionary<string,string> (raw label)", workload.Length, limit, "");
        Row("LabelIndex.Match (same labels)", workload.Length, engine, Ratio(perLabel, engine / workload.Length));
        Row("LabelIndex.Match (same, result cache bypassed)", workload.Length, uncached, Ratio(perLabel, uncached / workload.Length));
        Row("LabelIndex.Match (upper-cased: normalized tier)", upper.Length, normalized, Ratio(perLabel, normalized / upper.Length));
        Row("  of which LabelNormalizer.Normalize", upper.Length, normalizer, Ratio(perLabel, normalizer / upper.Length));
        return 0;
    }

    /// <summary>Time per label relative to the dictionary's time per label.</summary>
    private static string Ratio(double limitPerLabel, double perLabel) =>
        string.Create(CultureInfo.InvariantCulture, $"{perLabel / limitPerLabel:F1}x the dictionary's time");

    private static int DictionaryPass(Dictionary<string, string> dictionary, string[] workload)
    {
        var found = 0;
        foreach (var label in workload)
        {
            if (dictionary.TryGetValue(label, out var iri) && iri.Length > 0)
            {
                found++;
            }
        }

        return found;
    }

    private static int EnginePass(LabelIndex index, string[] workload, int limit = 1)
    {
        var options = new MatchOptions { Limit = limit };
        var found = 0;
        foreach (var label in workload)
        {
            if (index.Match(label, options).Status == MatchStatus.Matched)
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>Best wall time of <paramref name="runs"/> passes, after one warm-up pass.</summary>
    private static double Time(string name, int runs, Func<int> pass)
    {
        var warm = Stopwatch.StartNew();
        var found = pass();
        Console.Error.WriteLine($"  warm-up {name}: {found:N0} matched in {warm.Elapsed.TotalSeconds:F2} s");
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            pass();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static void Row(string name, int count, double seconds, string note) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-48} {count / seconds,14:N0} {seconds * 1e9 / count,9:F0}  {note}"));
}
