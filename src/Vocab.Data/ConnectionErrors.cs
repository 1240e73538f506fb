using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using Vocab.Core;

namespace Vocab.Data;

/// <summary>Turns the exceptions of a failed connection into one line a user can act on.</summary>
public static class ConnectionErrors
{
    // SQLite result codes that mean the file cannot be used right now, not that the statement was wrong.
    private static readonly HashSet<int> SqliteOutageCodes =
    [
        8, // SQLITE_READONLY
        10, // SQLITE_IOERR
        13, // SQLITE_FULL
        14, // SQLITE_CANTOPEN
    ];

    /// <summary>
    /// The message for a store that fails while serving (PostgreSQL stopped or restarting, the connection dropped, a
    /// SQLite file that cannot be read or written), or null when <paramref name="error"/> is something else (a bug, a
    /// constraint): the server answers the first with 503 and Retry-After, the second with 500.
    /// </summary>
    public static string? DescribeOutage(Exception error, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == StoreProvider.Sqlite)
        {
            return Names.Find<SqliteException>(error) is { } sqlite && SqliteOutageCodes.Contains(sqlite.SqliteErrorCode)
                ? $"cannot use SQLite database at {options.Display}: {sqlite.Message}"
                : null;
        }

        return Describe(error, options);
    }

    /// <summary>The message for a connection failure, or null when <paramref name="error"/> is something else.</summary>
    public static string? Describe(Exception error, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == StoreProvider.Sqlite)
        {
            return Names.Find<SqliteException>(error) is { } sqlite
                ? $"cannot open SQLite database at {options.Display}: {sqlite.Message}"
                : Names.Find<IOException>(error) is { } io ? $"cannot open SQLite database at {options.Display}: {io.Message}"
                : Names.Find<UnauthorizedAccessException>(error) is { } denied ? $"cannot open SQLite database at {options.Display}: {denied.Message}"
                : null;
        }

        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        var where = $"cannot connect to PostgreSQL at {builder.Host}:{builder.Port}";
        if (Names.Find<PostgresException>(error) is { } server)
        {
            return server.SqlState switch
            {
                "28P01" or "28000" => $"{where}: authentication failed for user {builder.Username}",
                "3D000" => $"{where}: database {builder.Database} does not exist",
                "57P03" => $"{where}: the server is starting up or shutting down",
                "57P01" or "57P02" => $"{where}: the server shut down the connection ({server.MessageText})",
                "53300" => $"{where}: too many connections",
                _ when server.SqlState.StartsWith("08", StringComparison.Ordinal) => $"{where}: {server.MessageText}",
                _ => null,
            };
        }

        if (Names.Find<SocketException>(error) is { } socket)
        {
            return socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => $"{where}: connection refused",
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => $"{where}: host not found",
                SocketError.TimedOut => $"{where}: timed out after {builder.Timeout} s",
                SocketError.NetworkUnreachable or SocketError.HostUnreachable => $"{where}: host unreachable",
                _ => $"{where}: {socket.Message}",
            };
        }

        if (Names.Find<TimeoutException>(error) is not null)
        {
            return $"{where}: timed out after {builder.Timeout} s";
        }

        return Names.Find<NpgsqlException>(error) is { } npgsql && npgsql.IsTransient ? $"{where}: {npgsql.Message}" : null;
    }
}
