using System.CommandLine;

namespace Vocab.Cli.Commands;

/// <summary>Options every verb that opens the store shares.</summary>
internal static class CommonOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = "SQLite file path, 'Data Source=…', or a PostgreSQL connection string (Host=…;Database=…). Default: $VOCAB_DB, else ~/.local/share/vocab/vocab.db",
    };

    public static Option<bool> NoSeed() => new("--no-seed")
    {
        Description = "Do not load the shipped thesaurus (ontology/) into an empty store. Also: VOCAB_SEED=false.",
    };
}
