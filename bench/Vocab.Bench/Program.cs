using Vocab.Bench;

// bench parse [file] [runs]      parse throughput vs rapper
// bench calibrate               match decision on perturbed CHMO/shipped labels and unrelated STW/EDICT labels
// bench match [-] [runs]         LabelIndex.Match throughput on one core vs a raw-label Dictionary lookup
// bench search [--no-baseline]  search p50/p95 and recall vs SQLite FTS5 trigram (+ LIKE under 3 chars)
// bench import [file]            EDICT into a fresh SQLite store vs a raw SQLite insert of the same rows; start time
// bench build [-] [runs]         LabelIndex.Build over shipped + CHMO + EDICT on one thread vs all cores
// bench http [--no-edict]        POST /api/v1/normalize, 1,000-label batches, 1 and 2 connections vs SQLite FTS5 lookups
var edict = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "data", "edict", "edict-skos.DERIVED.ttl"));
var verb = args.Length > 0 ? args[0] : "all";
var file = args.Length > 1 ? args[1] : edict;
var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
return verb switch
{
    "parse" => ParseBench.Run(file, runs),
    "import" => await ImportBench.RunAsync(file),
    "calibrate" => Vocab.Bench.Calibration.CalibrationBench.Run(),
    "match" => MatchBench.Run(runs),
    "search" => SearchBench.Run(1000, baseline: !args.Contains("--no-baseline")),
    "build" => BuildBench.Run(runs),
    "http" => await HttpBench.RunAsync(withEdict: !args.Contains("--no-edict")),
    "all" => ParseBench.Run(file, runs) + await ImportBench.RunAsync(file),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench parse|import|calibrate|match|search|build|http|all [file] [runs]");
    return 2;
}
