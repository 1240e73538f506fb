using Microsoft.EntityFrameworkCore.Design;
using Vocab.Data;

namespace Vocab.Migrations.Design;

/// <summary>Lets dotnet-ef build the SQLite context exactly as the store does (same model, same migrations assembly).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVocabDbContext>
{
    /// <inheritdoc />
    public SqliteVocabDbContext CreateDbContext(string[] args) =>
        (SqliteVocabDbContext)new VocabDatabase(StoreOptions.Parse(DesignTimeStore.Location(args, "vocab-design.db"))).CreateContext();
}

/// <summary>Lets dotnet-ef build the PostgreSQL context; no server is contacted unless a command needs one.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVocabDbContext>
{
    /// <inheritdoc />
    public PostgresVocabDbContext CreateDbContext(string[] args) =>
        (PostgresVocabDbContext)new VocabDatabase(StoreOptions.Parse(DesignTimeStore.Location(args, "Host=127.0.0.1;Database=vocab;Username=postgres"))).CreateContext();
}

/// <summary>The store a design-time command works on: the argument after <c>--</c> (e.g. <c>dotnet ef database update -- Host=...</c>), else a default.</summary>
internal static class DesignTimeStore
{
    public static string Location(string[] args, string fallback) =>
        args.Length > 0 && !string.IsNullOrWhiteSpace(args[0]) ? args[0]
        : fallback.Contains('=', StringComparison.Ordinal) ? fallback
        : Path.Combine(Path.GetTempPath(), fallback);
}
