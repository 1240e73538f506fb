using System.CommandLine;
using Vocab.Core.Checks;

namespace Vocab.Cli.Commands;

/// <summary><c>vocab check</c>: SKOS integrity conditions and the quality report, as a table or JSON.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var noSeed = CommonOptions.NoSeed();
        var json = new Option<bool>("--json") { Description = "Write the full report as JSON to stdout" };
        var languages = new Option<string[]>("--lang") { Description = "Languages every concept needs a prefLabel in", DefaultValueFactory = _ => ["en", "ja"], AllowMultipleArgumentsPerToken = true };
        var max = new Option<int>("--max") { Description = "Findings listed in the table (all are in --json)", DefaultValueFactory = _ => 50 };
        var command = new Command("check", "Check SKOS integrity (S9, S13, S14, S27, S37, S46) and thesaurus quality; exits 4 on integrity violations")
        {
            db, noSeed, json, languages, max,
        };
        command.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            await using var session = await StoreSession.OpenAsync(parse.GetValue(db), parse.GetValue(noSeed), token);
            await session.Snapshot.LoadAsync(token);
            var report = ThesaurusChecker.Check(session.Snapshot.Current, new CheckOptions { RequiredLanguages = parse.GetValue(languages)! });
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(report.ToJson(indented: true));
            }
            else
            {
                Reports.Check(report, parse.GetValue(max));
            }

            return report.HasErrors ? CliErrors.CheckFailed : CliErrors.Ok;
        }, ct));
        return command;
    }
}
