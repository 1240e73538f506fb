using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Vocab.Server.Tests;

/// <summary>
/// The real server on a given store with extra configuration (several may share one store, as replicas do); deletes
/// <paramref name="ownedFolder"/> when disposed, if given.
/// </summary>
public sealed class ConfiguredServer(string db, IReadOnlyDictionary<string, string> settings, string? ownedFolder = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Vocab:Db", db);
        builder.UseSetting("Vocab:Seed", "true");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownedFolder is not null && Directory.Exists(ownedFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(ownedFolder, recursive: true);
        }
    }
}

/// <summary>
/// A fresh database on the PostgreSQL server named by VOCAB_TEST_POSTGRES (created by the store's migrations at first
/// use), dropped when disposed; tests skip when no server is configured.
/// </summary>
public sealed class PostgresTestDatabase(string prefix, int? maxPoolSize = null) : IAsyncDisposable
{
    private readonly string _name = prefix + Guid.NewGuid().ToString("N");
    private readonly string? _server = Environment.GetEnvironmentVariable("VOCAB_TEST_POSTGRES") is { Length: > 0 } s && !string.IsNullOrWhiteSpace(s) ? s : null;

    /// <summary>The database's connection string; skips the test when no PostgreSQL server is configured.</summary>
    public string ConnectionString
    {
        get
        {
            if (_server is null)
            {
                Assert.Skip("needs PostgreSQL: set VOCAB_TEST_POSTGRES (bash .ci/run starts one)");
            }

            var builder = new NpgsqlConnectionStringBuilder(_server) { Database = _name };
            if (maxPoolSize is { } size)
            {
                builder.MaxPoolSize = size;
            }

            return builder.ConnectionString;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
