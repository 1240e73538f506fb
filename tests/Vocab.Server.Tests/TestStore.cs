using System.Text;
using Npgsql;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary>
/// The store a server test gives its host: a fresh SQLite file, or with <c>VOCAB_TEST_STORE=postgres</c> a fresh
/// database on the PostgreSQL server named by <c>VOCAB_TEST_POSTGRES</c> (created by the store's migrations at first
/// use). Deleted or dropped when disposed. Every server-test factory takes its store from here, so one switch moves the
/// whole suite to PostgreSQL.
/// </summary>
public sealed class TestStore : IDisposable
{
    /// <summary>Connections one test host may hold: the CI server allows 300 and test classes run side by side.</summary>
    public const int DefaultMaxPoolSize = 30;

    private readonly string? _folder;
    private readonly string? _database;

    private TestStore(string? folder, string? database, string db)
    {
        _folder = folder;
        _database = database;
        Db = db;
    }

    /// <summary>True when <c>VOCAB_TEST_STORE=postgres</c>; any value other than empty, <c>sqlite</c> or <c>postgres</c> fails.</summary>
    public static bool UsePostgres { get; } = Environment.GetEnvironmentVariable("VOCAB_TEST_STORE")?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => false,
        "postgres" or "postgresql" => true,
        var other => throw new InvalidOperationException($"VOCAB_TEST_STORE={other}: use sqlite (the default) or postgres"),
    };

    /// <summary>The PostgreSQL server of VOCAB_TEST_POSTGRES, or null when none is configured.</summary>
    public static string? PostgresServer { get; } =
        Environment.GetEnvironmentVariable("VOCAB_TEST_POSTGRES") is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    /// <summary>The <c>Vocab:Db</c> setting: a SQLite file path or a PostgreSQL connection string.</summary>
    public string Db { get; }

    /// <summary>Which engine holds this store.</summary>
    public StoreProvider Provider => _database is null ? StoreProvider.Sqlite : StoreProvider.Postgres;

    /// <summary>The SQLite file; only for tests about the file itself.</summary>
    public string SqlitePath => _folder is not null && _database is null
        ? Path.Combine(_folder, "store.db")
        : throw new InvalidOperationException("not a SQLite store");

    /// <summary>
    /// A fresh store for one factory. On PostgreSQL with no server configured this throws: a run asked to test
    /// PostgreSQL that silently tested SQLite would report a lie.
    /// </summary>
    public static TestStore Create(string prefix, int maxPoolSize = DefaultMaxPoolSize)
    {
        if (!UsePostgres)
        {
            var folder = Directory.CreateTempSubdirectory(prefix + "-").FullName;
            return new TestStore(folder, null, Path.Combine(folder, "store.db"));
        }

        var server = PostgresServer ?? throw new InvalidOperationException(
            "VOCAB_TEST_STORE=postgres but VOCAB_TEST_POSTGRES names no server (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres)");
        var database = DatabaseName(prefix);
        return new TestStore(null, database, ConnectionString(server, database, maxPoolSize));
    }

    /// <summary>A unique, lower-case PostgreSQL database name starting with <paramref name="prefix"/>.</summary>
    public static string DatabaseName(string prefix) =>
        prefix.Replace('-', '_').ToLowerInvariant().TrimEnd('_') + "_" + Guid.NewGuid().ToString("N");

    /// <summary>The connection string of <paramref name="database"/> on <paramref name="server"/>.</summary>
    public static string ConnectionString(string server, string database, int? maxPoolSize) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = maxPoolSize ?? DefaultMaxPoolSize }.ConnectionString;

    /// <summary>Drops <paramref name="database"/> (closing what still holds it) and empties its client pool.</summary>
    public static void DropDatabase(string server, string connectionString, string database)
    {
        // The host uses the store's normalized string, so that is the pool to empty (not every pool: other classes run beside this one).
        NpgsqlConnection.ClearPool(new NpgsqlConnection(StoreOptions.Parse(connectionString).ConnectionString));
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    /// <summary>
    /// Everything the store holds, as text: the SQLite file and its WAL read as bytes, or on PostgreSQL every row of
    /// every table (bytea columns also byte for byte), for tests that a secret is never stored.
    /// </summary>
    public async Task<string> ReadEverythingAsync(CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        if (Provider == StoreProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { SqlitePath, SqlitePath + "-wal" }.Where(File.Exists))
            {
                text.Append(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, cancellationToken))).Append('\n');
            }

            return text.ToString();
        }

        await using var connection = new NpgsqlConnection(StoreOptions.Parse(Db).ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var queries = new List<string>();
        await using (var columns = new NpgsqlCommand(
            """
            SELECT format('SELECT t::text FROM %I.%I AS t', table_schema, table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
            UNION ALL
            SELECT format('SELECT encode(%I, ''escape'') FROM %I.%I', column_name, table_schema, table_name) FROM information_schema.columns
            WHERE data_type = 'bytea' AND table_schema NOT IN ('pg_catalog', 'information_schema')
            """, connection))
        await using (var reader = await columns.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                queries.Add(reader.GetString(0));
            }
        }

        foreach (var query in queries)
        {
            await using var command = new NpgsqlCommand(query, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                text.Append(reader.IsDBNull(0) ? "" : reader.GetString(0)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Deletes the SQLite folder or drops the PostgreSQL database.</summary>
    public void Dispose()
    {
        if (_database is not null)
        {
            DropDatabase(PostgresServer!, Db, _database);
        }
        else if (_folder is not null && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
