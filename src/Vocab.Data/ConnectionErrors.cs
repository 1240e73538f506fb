using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vocab.Data;

/// <summary>Turns the exceptions of a failed connection into one line a user can act on.</summary>
internal static class ConnectionErrors
{
    /// <summary>The message for a connection failure, or null when <paramref name="error"/> is something else.</summary>
    public static string? Describe(Exception error, StoreOptions options)
    {
        if (options.Provider == StoreProvider.Sqlite)
        {
            return Find<SqliteException>(error) is { } sqlite
                ? $"cannot open SQLite database at {options.Display}: {sqlite.Message}"
                : Find<IOException>(error) is { } io ? $"cannot open SQLite database at {options.Display}: {io.Message}"
                : Find<UnauthorizedAccessException>(error) is { } denied ? $"cannot open SQLite database at {options.Display}: {denied.Message}"
                : null;
        }

        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        var where = $"cannot connect to PostgreSQL at {builder.Host}:{builder.Port}";
        if (Find<PostgresException>(error) is { } server)
        {
            return server.SqlState switch
            {
                "28P01" or "28000" => $"{where}: authentication failed for user {builder.Username}",
                "3D000" => $"{where}: database {builder.Database} does not exist",
                "57P03" => $"{where}: the server is starting up or shutting down",
                _ when server.SqlState.StartsWith("08", StringComparison.Ordinal) => $"{where}: {server.MessageText}",
                _ => null,
            };
        }

        if (Find<SocketException>(error) is { } socket)
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

        if (Find<TimeoutException>(error) is not null)
        {
            return $"{where}: timed out after {builder.Timeout} s";
        }

        return Find<NpgsqlException>(error) is { } npgsql && npgsql.IsTransient ? $"{where}: {npgsql.Message}" : null;
    }

    private static T? Find<T>(Exception? error)
        where T : Exception
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is T found)
            {
                return found;
            }
        }

        return null;
    }
}
