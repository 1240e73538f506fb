using System.CommandLine;
using System.Text.Json;

namespace Vocab.Cli.Commands;

/// <summary><c>vocab stats</c>: what the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var noSeed = CommonOptions.NoSeed();
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON" };
        var command = new Command("stats", "Statements, graphs, concepts and labels per language") { db, noSeed, json };
        command.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            await using var session = await StoreSession.OpenAsync(parse.GetValue(db), parse.GetValue(noSeed), token);
            await session.Snapshot.LoadAsync(token);
            var stats = session.Snapshot.Current.GetStatistics();
            var graphs = await session.Store.ListGraphsAsync(token);
            var statements = await session.Store.CountAsync(null, token);
            if (parse.GetValue(json))
            {
                var doc = new
                {
                    store = session.Options.Display,
                    statements,
                    sequence = session.Snapshot.Sequence,
                    graphs = graphs.Select(g => new { graph = g.Graph.ToNTriples(), statements = g.StatementCount }),
                    stats.Concepts,
                    stats.DeprecatedConcepts,
                    stats.Schemes,
                    stats.Collections,
                    labels = stats.LabelsByLanguage,
                };
                Console.Out.WriteLine(JsonSerializer.Serialize(doc, JsonOptions.Indented));
            }
            else
            {
                Console.Error.WriteLine("store: " + session.Options.Display);
                Reports.Stats(stats, session.Snapshot.Sequence, graphs, statements);
            }

            return CliErrors.Ok;
        }, ct));
        return command;
    }
}
