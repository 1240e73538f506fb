using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Vocab.Data;
using Vocab.Server;

namespace Vocab.Cli.Commands;

/// <summary><c>vocab serve</c>: the ASP.NET Core host (APIs, later the web app) over the store.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var db = CommonOptions.Db();
        var noSeed = CommonOptions.NoSeed();
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VOCAB_URLS") ?? DefaultUrls };
        var command = new Command("serve", "Start the Vocab server") { db, noSeed, urls };
        command.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            var options = new VocabServerOptions
            {
                Store = StoreOptions.Parse(parse.GetValue(db)),
                Seed = !parse.GetValue(noSeed) && ThesaurusSeeder.EnabledByEnvironment(),
                Urls = parse.GetValue(urls)!,
            };
            await using var app = VocabHost.Build([], options);
            await app.StartAsync(token);
            Console.Error.WriteLine($"vocab serving {string.Join(" ", app.Urls)} (store: {options.Store.Display}); Ctrl+C stops");
            await app.WaitForShutdownAsync(token);
            return CliErrors.Ok;
        }, ct));
        return command;
    }
}
