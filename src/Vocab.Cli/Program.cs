using System.CommandLine;
using Vocab.Cli.Commands;

var root = new RootCommand("vocab: the Vocab terminology server and its tools (import, export, check, stats, serve).")
{
    ImportCommand.Create(),
    ExportCommand.Create(),
    CheckCommand.Create(),
    StatsCommand.Create(),
    ServeCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
