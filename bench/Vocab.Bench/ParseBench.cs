using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vocab.Rdf;

namespace Vocab.Bench;

/// <summary>
/// Parse throughput of our Turtle and N-Triples parsers against Debian's rapper (raptor2, C) on the same file,
/// in the same run: best of N for each, reported as triples/s and the ratio.
/// </summary>
internal static class ParseBench
{
    public static int Run(string turtlePath, int runs)
    {
        if (!File.Exists(turtlePath))
        {
            Console.Error.WriteLine($"missing {turtlePath}");
            return 2;
        }

        var rapper = Rapper.Find();
        var ntPath = Path.Combine(Path.GetTempPath(), "vocab-bench-" + Path.GetFileNameWithoutExtension(turtlePath) + ".nt");
        WriteNTriples(turtlePath, ntPath);
        Console.WriteLine($"file: {turtlePath} ({new FileInfo(turtlePath).Length / 1e6:F1} MB Turtle, {new FileInfo(ntPath).Length / 1e6:F1} MB N-Triples)");
        Console.WriteLine($"runs: best of {runs}; rapper: {rapper ?? "not installed (apt-get install raptor2-utils)"}");
        Console.WriteLine();
        Console.WriteLine($"{"syntax",-10} {"parser",-8} {"triples",10} {"seconds",8} {"triples/s",12}  ratio");

        foreach (var (syntax, path, parser, rapperName) in new (string, string, IRdfParser, string)[]
                 {
                     ("Turtle", turtlePath, new TurtleParser(), "turtle"),
                     ("N-Triples", ntPath, new NTriplesParser(), "ntriples"),
                 })
        {
            var (count, ours) = Best(runs, () => CountOurs(parser, path));
            Row(syntax, "vocab", count, ours, null);
            if (rapper is not null)
            {
                var (rcount, theirs) = Best(runs, () => Rapper.Count(rapper, rapperName, path));
                Row(syntax, "rapper", rcount, theirs, null);
                Console.WriteLine($"{"",-10} {"",-8} {"",10} {"",8} {"",12}  vocab is {theirs / ours:F2}x rapper's speed");
            }
        }

        File.Delete(ntPath);
        return 0;
    }

    private static long CountOurs(IRdfParser parser, string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, true), false, 1 << 16);
        long n = 0;
        foreach (var _ in parser.Parse(reader, new RdfParserOptions { BaseIri = new Uri(Path.GetFullPath(path)).AbsoluteUri }))
        {
            n++;
        }

        return n;
    }

    private static (long Count, double Seconds) Best(int runs, Func<long> action)
    {
        var best = double.MaxValue;
        long count = 0;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            count = action();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        return (count, best);
    }

    private static void Row(string syntax, string who, long count, double seconds, string? note) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{syntax,-10} {who,-8} {count,10:N0} {seconds,8:F2} {count / seconds,12:N0}  {note}"));

    private static void WriteNTriples(string turtlePath, string ntPath)
    {
        using var reader = new StreamReader(turtlePath, new UTF8Encoding(false, true));
        using var output = new StreamWriter(ntPath, false, new UTF8Encoding(false), 1 << 16);
        using var writer = new NTriplesWriter(output, null);
        foreach (var q in new TurtleParser().Parse(reader, new RdfParserOptions { BaseIri = new Uri(Path.GetFullPath(turtlePath)).AbsoluteUri }))
        {
            writer.Write(q);
        }

        writer.End();
    }
}
