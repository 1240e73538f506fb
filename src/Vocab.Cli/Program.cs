using System.CommandLine;
using Vocab.Cli.Commands;

var root = new RootCommand("vocab: the Vocab terminology server and its tools (import, export, check, stats, serve).")
{
    ImportCommand.Create(),
    ExportCommand.Create(),
    CheckCommand.Create(),
    VerifyCommand.Create(),
    StatsCommand.Create(),
    NormalizeCommand.Create(),
    ServeCommand.Create(),
    UsersCommand.Create(),
    TokensCommand.Create(),
    BackupCommand.CreateBackup(),
    BackupCommand.CreateRestore(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // One line per problem, not the whole help text: scripts read stderr.
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine("error: " + error.Message);
    }

    Console.Error.WriteLine($"run '{string.Join(' ', parse.CommandResult.Command.Name == root.Name ? "vocab" : "vocab " + parse.CommandResult.Command.Name)} --help' for usage");
    return 1;
}

return await parse.InvokeAsync();
