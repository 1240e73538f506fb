using System.Globalization;
using Vocab.Examples.FourDStem;

// Thin entry point: the work is in Pipeline, which the tests run in-process against the index.
if (args.Length < 1 || !Uri.TryCreate(args[0].TrimEnd('/') + "/", UriKind.Absolute, out var baseUrl))
{
    Console.Error.WriteLine("usage: dotnet run --project examples/4dstem-pipeline -- http://127.0.0.1:5080 [OUT_DIR]");
    return 2;
}

var sets = SyntheticData.Create();
if (args.Length > 1)
{
    // The set as the instruments would have written it, for trying `vocab normalize` or the datasets API by hand.
    Directory.CreateDirectory(args[1]);
    for (var i = 0; i < sets.Count; i++)
    {
        await File.WriteAllTextAsync(Path.Combine(args[1], $"instrument{i + 1}.metadata.json"), sets[i].Metadata.ToJsonString());
        await File.WriteAllTextAsync(Path.Combine(args[1], $"instrument{i + 1}.intensities.csv"), sets[i].ToCsv());
    }
}

using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
PipelineReport report;
try
{
    report = await Pipeline.RunAsync(sets, new HttpLabelResolver(http), CancellationToken.None);
}
catch (HttpRequestException e)
{
    Console.Error.WriteLine($"cannot normalize through {baseUrl}: {e.Message} (is `vocab serve` running?)");
    return 3;
}

var c = CultureInfo.InvariantCulture;
Console.WriteLine($"{sets.Count} instruments, {sets.Sum(s => s.Rows)} scan positions, {report.RawMetadataKeys} distinct metadata keys");
Console.WriteLine();
Console.WriteLine("Metadata pooled by concept:");
foreach (var (concept, values) in report.Metadata)
{
    Console.WriteLine($"  {concept,-28} " + string.Join("; ", values.Select(v => $"{v.Key[..8]}: {v.Value}")));
}

if (report.Unresolved.Count > 0)
{
    Console.WriteLine("Not normalized (kept as written): " + string.Join(", ", report.Unresolved));
}

Console.WriteLine();
foreach (var (title, outcome) in new[] { ("WITHOUT normalization (pooled by raw channel name)", report.Raw), ("WITH normalization (pooled by concept)", report.Normalized) })
{
    Console.WriteLine(title + ":");
    Console.WriteLine($"  columns: {outcome.Pooled.Columns.Count} ({string.Join(", ", outcome.Pooled.Columns)})");
    Console.WriteLine(string.Create(c, $"  NMF rank {Pipeline.TrueRank}: relative reconstruction error {outcome.Fit.RelativeError:0.0000}"));
    Console.WriteLine("  share of each component's loading in a single instrument: " + string.Join(", ", outcome.VendorPurity.Select(p => p.ToString("0.00", c))));
    Console.WriteLine();
}

Console.WriteLine(report.Raw.RankToMatch is { } k
    ? $"Without normalization NMF needs rank {k} to fit as well as rank {Pipeline.TrueRank} does with it; its components follow the instruments, not the phases."
    : $"Without normalization no rank up to {report.Raw.Pooled.Columns.Count} fits as well as rank {Pipeline.TrueRank} does with it.");
return 0;
