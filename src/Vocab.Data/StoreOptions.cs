using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vocab.Data;

/// <summary>Which database engine holds the store.</summary>
public enum StoreProvider
{
    /// <summary>An embedded SQLite file (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (production, replicas).</summary>
    Postgres,
}

/// <summary>Where the store lives: the provider and its connection string.</summary>
public sealed record StoreOptions(StoreProvider Provider, string ConnectionString)
{
    /// <summary>Seconds to wait for a PostgreSQL connection before reporting the server unavailable.</summary>
    public const int PostgresConnectTimeoutSeconds = 5;

    /// <summary>The path used when neither an argument nor <c>$VOCAB_DB</c> names a store.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "vocab", "vocab.db");

    /// <summary>A human-readable location (file path or host:port/database) without secrets, for messages.</summary>
    public string Display => Provider == StoreProvider.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : PostgresDisplay(new NpgsqlConnectionStringBuilder(ConnectionString));

    /// <summary>
    /// Reads a store location: a SQLite file path, a <c>Data Source=...</c> string, a PostgreSQL connection string
    /// (<c>Host=...</c>) or a <c>postgres://</c> / <c>postgresql://</c> URI. Null or empty means <c>$VOCAB_DB</c>,
    /// else <see cref="DefaultPath"/>.
    /// </summary>
    public static StoreOptions Parse(string? db)
    {
        if (string.IsNullOrWhiteSpace(db))
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("VOCAB_DB");
            return string.IsNullOrWhiteSpace(fromEnvironment) ? ForSqliteFile(DefaultPath) : Parse(fromEnvironment);
        }

        db = db.Trim();
        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return ForPostgres(PostgresUri.ToConnectionString(db));
        }

        var keys = ConnectionStringKeys(db);
        if (keys.Contains("host") || keys.Contains("server"))
        {
            return ForPostgres(db);
        }

        if (keys.Contains("data source") || keys.Contains("datasource") || keys.Contains("filename"))
        {
            var builder = new SqliteConnectionStringBuilder(db);
            return ForSqliteFile(builder.DataSource, builder, keys.Overlaps(["default timeout", "command timeout"]));
        }

        return ForSqliteFile(db);
    }

    private static StoreOptions ForSqliteFile(string path, SqliteConnectionStringBuilder? builder = null, bool timeoutGiven = false)
    {
        builder ??= new SqliteConnectionStringBuilder();
        builder.DataSource = Path.GetFullPath(ExpandHome(path));

        // A writer holding the lock during a large import can keep others waiting; wait instead of failing with SQLITE_BUSY.
        if (!timeoutGiven)
        {
            builder.DefaultTimeout = 300;
        }

        return new StoreOptions(StoreProvider.Sqlite, builder.ConnectionString);
    }

    private static StoreOptions ForPostgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!ConnectionStringKeys(connectionString).Overlaps(["timeout", "connect timeout", "connection timeout"]))
        {
            builder.Timeout = PostgresConnectTimeoutSeconds;
        }

        return new StoreOptions(StoreProvider.Postgres, builder.ConnectionString);
    }

    private static string ExpandHome(string path) =>
        path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..])
            : path;

    private static HashSet<string> ConnectionStringKeys(string text)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                keys.Add(part[..eq].Trim());
            }
        }

        return keys;
    }

    internal static string PostgresDisplay(NpgsqlConnectionStringBuilder builder) =>
        $"{builder.Host}:{builder.Port}" + (string.IsNullOrEmpty(builder.Database) ? "" : "/" + builder.Database);

    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"{Provider} {Display}";
}
