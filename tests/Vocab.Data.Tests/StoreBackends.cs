using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vocab.Data.Tests;

/// <summary>Creates fresh, empty stores for one provider; tests never share a database.</summary>
public abstract class StoreBackend : IAsyncDisposable
{
    /// <summary>A store on a new, empty database.</summary>
    public abstract VocabStore CreateStore();

    /// <summary>A second, independent store instance (own connections, own open) on the same database, like another process.</summary>
    public static VocabStore OpenSame(VocabStore store) => new(new VocabDatabase(store.Database.Options));

    public abstract ValueTask DisposeAsync();
}

/// <summary>A temp folder per test class, one SQLite file per store.</summary>
public sealed class SqliteBackend : StoreBackend
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("vocab-data-tests-").FullName;

    public override VocabStore CreateStore() =>
        new(new VocabDatabase(StoreOptions.Parse(Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".db"))));

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// One database per store on the server named by VOCAB_TEST_POSTGRES (a connection string); tests skip when it is
/// not set. The databases are created by the store's own migration step and dropped afterwards.
/// </summary>
public sealed class PostgresBackend : StoreBackend
{
    public const string Variable = "VOCAB_TEST_POSTGRES";
    private readonly List<string> _databases = [];

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);

    public override VocabStore CreateStore()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Assert.Skip($"PostgreSQL tests need a server: set {Variable} to a connection string (e.g. Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres)");
        }

        var name = "vocab_test_" + Guid.NewGuid().ToString("N");
        _databases.Add(name);
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name };
        return new VocabStore(new VocabDatabase(StoreOptions.Parse(builder.ConnectionString)));
    }

    public override async ValueTask DisposeAsync()
    {
        if (_databases.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        foreach (var name in _databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
