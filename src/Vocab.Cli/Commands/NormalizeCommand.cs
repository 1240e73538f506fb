using System.CommandLine;
using System.Text;
using Vocab.Index;
using Vocab.Index.Datasets;

namespace Vocab.Cli.Commands;

/// <summary>
/// <c>vocab normalize FILE</c>: writes a copy of a CSV/TSV/JSON dataset with its labels replaced by concept prefLabels,
/// a mapping table, and optionally the mappings as SSSOM TSV.
/// </summary>
internal static class NormalizeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Dataset (.csv .tsv .json)" };
        var columns = new Option<string?>("--columns") { Description = "CSV/TSV columns (comma-separated headers as written) whose values are normalized too" };
        var lang = new Option<string?>("--lang") { Description = "Match only labels in this language; also the language of the replacement labels" };
        var scheme = new Option<string?>("--scheme") { Description = "Match only concepts in this concept scheme (IRI)" };
        var outDir = new Option<string?>("--out") { Description = "Folder for the output files (default: beside the input)" };
        var sssom = new Option<bool>("--sssom") { Description = "Also write <name>.sssom.tsv (SSSOM literal mappings)" };
        var format = new Option<string?>("--format") { Description = "csv, tsv or json, instead of guessing from the extension" };
        var db = CommonOptions.Db();
        var noSeed = CommonOptions.NoSeed();
        var command = new Command("normalize", "Normalize a dataset's labels (CSV/TSV headers and chosen columns, JSON keys and values) against the thesaurus")
        {
            file, columns, lang, scheme, outDir, sssom, format, db, noSeed,
        };
        command.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            var path = parse.GetValue(file)!;
            var fmt = parse.GetValue(format) is { } name ? DatasetNormalizer.ParseFormat(name) : DatasetNormalizer.FormatOf(path);
            if (fmt is not { } datasetFormat)
            {
                return CliErrors.Fail($"cannot tell the format of '{path}': use .csv, .tsv or .json, or --format", CliErrors.BadInput);
            }

            if (!File.Exists(path))
            {
                return CliErrors.Fail($"'{path}' does not exist", CliErrors.BadInput);
            }

            var dir = parse.GetValue(outDir) ?? Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(dir);
            var stem = Path.GetFileNameWithoutExtension(path);
            var ext = Path.GetExtension(path);

            await using var session = await StoreSession.OpenAsync(parse.GetValue(db), parse.GetValue(noSeed), token);
            await session.Snapshot.LoadAsync(token);
            var thesaurus = session.Snapshot.Current;
            if (parse.GetValue(scheme) is { } schemeIri && !thesaurus.Schemes.ContainsKey(schemeIri))
            {
                // Refused rather than matching nothing: every label would come out unmatched for a typo.
                return CliErrors.Fail($"there is no concept scheme '{schemeIri}' in {session.Options.Display}", CliErrors.BadInput);
            }

            using var index = LabelIndex.Build(thesaurus);
            var mapper = new LabelMapper(index, new MatchOptions { Lang = parse.GetValue(lang)?.ToLowerInvariant(), Scheme = parse.GetValue(scheme) });
            var selected = (parse.GetValue(columns) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            // Everything is produced in memory first so that a malformed input leaves no half-written output behind.
            var normalized = new StringWriter();
            try
            {
                using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                DatasetNormalizer.Normalize(reader, normalized, datasetFormat, mapper, selected);
            }
            catch (FormatException e)
            {
                return CliErrors.Fail($"{path}: {e.Message}", CliErrors.BadInput);
            }

            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            var outputs = new List<string> { Path.Combine(dir, stem + ".normalized" + ext), Path.Combine(dir, stem + ".mapping.tsv") };
            await File.WriteAllTextAsync(outputs[0], normalized.ToString(), utf8, token);
            var table = new StringWriter();
            LabelMapper.WriteTable(table, mapper.Mappings);
            await File.WriteAllTextAsync(outputs[1], table.ToString(), utf8, token);
            if (parse.GetValue(sssom))
            {
                var set = new StringWriter();
                SssomWriter.Write(set, mapper.Mappings, new SssomOptions { MappingSetId = "https://w3id.org/vocab/mappings/" + Uri.EscapeDataString(stem) });
                outputs.Add(Path.Combine(dir, stem + ".sssom.tsv"));
                await File.WriteAllTextAsync(outputs[^1], set.ToString(), utf8, token);
            }

            var counts = mapper.Mappings.CountBy(m => m.Result.Status).ToDictionary();
            Console.Error.WriteLine(
                $"{mapper.Mappings.Count} distinct labels: {counts.GetValueOrDefault(MatchStatus.Matched)} matched, " +
                $"{counts.GetValueOrDefault(MatchStatus.Ambiguous)} ambiguous, {counts.GetValueOrDefault(MatchStatus.Unmatched)} unmatched");
            foreach (var output in outputs)
            {
                Console.Out.WriteLine(output);
            }

            return CliErrors.Ok;
        }, ct));
        return command;
    }
}
