using System.Diagnostics;
using System.Globalization;
using Vocab.Index;

namespace Vocab.Bench;

/// <summary>
/// <see cref="LabelIndex.Build(Vocab.Core.Thesaurus, int)"/> over the shipped thesaurus, CHMO and EDICT on one thread
/// and on all cores, in the same run, best of three each: what the server's start waits for after the snapshot.
/// </summary>
internal static class BuildBench
{
    public static int Run(int runs)
    {
        var thesaurus = MatchData.Load([.. MatchData.Ontology, MatchData.Chmo, MatchData.Edict]);
        var seconds = new Dictionary<int, double>();
        var labels = 0;
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            var best = double.MaxValue;
            for (var i = 0; i < runs; i++)
            {
                GC.Collect();
                var sw = Stopwatch.StartNew();
                using var index = LabelIndex.Build(thesaurus, threads);
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
                labels = index.LabelCount;
            }

            seconds[threads] = best;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"LabelIndex.Build, {threads} thread(s): {best:F2} s for {labels:N0} labels ({labels / best:N0} labels/s), best of {runs}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed-up on {Environment.ProcessorCount} cores: {seconds[1] / seconds[Environment.ProcessorCount]:F2}x"));
        return 0;
    }
}
