using Npgsql;

namespace Vocab.Data;

/// <summary>
/// Change notifications: on PostgreSQL every committed change sends <c>NOTIFY vocab_changes, '&lt;seq&gt;'</c> (inside its
/// transaction, so it is delivered exactly when the change becomes visible), and followers LISTEN, so a replica learns
/// of a change at once instead of at its next poll. SQLite has no such channel; followers there poll.
/// </summary>
public sealed partial class VocabStore
{
    /// <summary>The PostgreSQL notification channel.</summary>
    public const string ChangeChannel = "vocab_changes";

    /// <summary>True when the store can push change notifications (PostgreSQL).</summary>
    public bool CanNotify => Database.Options.Provider == StoreProvider.Postgres;

    /// <summary>
    /// Calls <paramref name="onChange"/> with the sequence number of each change committed by any process, until
    /// cancelled. Reconnects after a lost connection (a notification missed meanwhile is caught by polling). Returns at
    /// once on SQLite.
    /// </summary>
    public async Task ListenForChangesAsync(Action<long> onChange, Action<Exception>? onError, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        if (!CanNotify)
        {
            return;
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(Database.Options.ConnectionString);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                connection.Notification += (_, e) =>
                {
                    if (long.TryParse(e.Payload, System.Globalization.CultureInfo.InvariantCulture, out var sequence))
                    {
                        onChange(sequence);
                    }
                };
                await using (var listen = new NpgsqlCommand("LISTEN " + ChangeChannel, connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                // Report a (re)connection as "something may have changed": the caller catches up.
                onChange(0);
                while (true)
                {
                    await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                onError?.Invoke(e);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
