using System.CommandLine;
using Vocab.Data;
using Vocab.Rdf.Skos;

namespace Vocab.Cli.Commands;

/// <summary><c>vocab import FILE...</c>: one atomic change for all files.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "RDF files (.ttl .nt .nq .trig .rdf .owl .xml .jsonld)", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var noSeed = CommonOptions.NoSeed();
        var format = FormatOption.Create("Syntax of every file, instead of guessing from the extension");
        var graph = new Option<string?>("--graph") { Description = "Graph IRI for statements in the default graph (default: the file's scheme or ontology IRI)" };
        var profile = new Option<ImportProfile>("--profile") { Description = "auto (detect OWL/OBO), skos (as is) or owl (map OWL/OBO onto SKOS)", DefaultValueFactory = _ => ImportProfile.Auto };
        var actor = new Option<string>("--actor") { Description = "Who the change log records", DefaultValueFactory = _ => Environment.UserName };
        var reason = new Option<string?>("--reason") { Description = "Why, for the change log (default: the file names)" };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI for relative IRIs (default: each file's file:// URI)" };

        var command = new Command("import", "Import RDF files into the store as one change; nothing is written if any file fails")
        {
            files, db, noSeed, format, graph, profile, actor, reason, baseIri,
        };
        command.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            var paths = parse.GetValue(files)!;
            var fmt = FormatOption.Read(parse, format);
            var sources = ImportService.Resolve(paths.Select(p => new ImportSource(p, fmt)).ToArray());
            // The store is opened without seeding: a fresh store is seeded only after the import succeeds,
            // so a failed import leaves a new store as empty as an existing one is left unchanged.
            await using var session = await StoreSession.OpenAsync(parse.GetValue(db), noSeed: true, token);
            var wasEmpty = await session.Store.GetLastSequenceAsync(token) == 0;
            var options = new ImportOptions(parse.GetValue(actor)!, parse.GetValue(reason) ?? "import " + string.Join(", ", paths.Select(Path.GetFileName)))
            {
                Graph = parse.GetValue(graph),
                Profile = parse.GetValue(profile),
                BaseIri = parse.GetValue(baseIri),
            };
            var report = await ProgressView.RunAsync("importing", p => session.Import.ImportAsync(sources, options with { Progress = p }, token), _ => null);
            if (wasEmpty && !parse.GetValue(noSeed))
            {
                await session.SeedAsync(onlyIfEmpty: false, token);
            }

            Reports.Import(report);
            return CliErrors.Ok;
        }, ct));
        return command;
    }
}
