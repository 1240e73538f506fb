using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Vocab.Data;

/// <summary>
/// Applies the per-connection SQLite settings every time EF opens a connection. In WAL mode
/// <c>synchronous=NORMAL</c> cannot corrupt the file and saves an fsync per commit; journal_mode itself is stored in
/// the file and set once at open.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    internal const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
