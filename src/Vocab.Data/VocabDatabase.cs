using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Vocab.Data;

/// <summary>
/// Opens the store described by <see cref="StoreOptions"/>: builds the provider's DbContext, applies the migrations
/// once at first use, and turns connection failures into <see cref="StoreUnavailableException"/>.
/// </summary>
public sealed class VocabDatabase
{
    /// <summary>The assembly holding both providers' migrations; hosts must reference it (migrations/Vocab.Migrations).</summary>
    public const string MigrationsAssemblyName = "Vocab.Migrations";

    private readonly DbContextOptions _contextOptions;
    private readonly Lock _gate = new();
    private Task? _open;

    /// <summary>Prepares (does not yet open) the store.</summary>
    public VocabDatabase(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _contextOptions = options.Provider switch
        {
            StoreProvider.Sqlite => new DbContextOptionsBuilder<SqliteVocabDbContext>()
                .UseSqlite(options.ConnectionString, o => o.MigrationsAssembly(MigrationsAssemblyName))
                .AddInterceptors(new SqlitePragmaInterceptor())
                .Options,
            StoreProvider.Postgres => new DbContextOptionsBuilder<PostgresVocabDbContext>()
                .UseNpgsql(options.ConnectionString, o => o.MigrationsAssembly(MigrationsAssemblyName))
                .Options,
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown store provider"),
        };
    }

    /// <summary>Where the store lives.</summary>
    public StoreOptions Options { get; }

    /// <summary>A new context for the provider; the caller disposes it. Does not apply migrations (see <see cref="OpenAsync"/>).</summary>
    public VocabDbContext CreateContext() => Options.Provider == StoreProvider.Sqlite
        ? new SqliteVocabDbContext((DbContextOptions<SqliteVocabDbContext>)_contextOptions)
        : new PostgresVocabDbContext((DbContextOptions<PostgresVocabDbContext>)_contextOptions);

    /// <summary>
    /// Connects and applies pending migrations; runs once per instance (a failed attempt is retried on the next call).
    /// Throws <see cref="StoreUnavailableException"/> when the database cannot be reached.
    /// </summary>
    public Task OpenAsync(CancellationToken cancellationToken = default)
    {
        Task open;
        lock (_gate)
        {
            if (_open is null || _open.IsFaulted || _open.IsCanceled)
            {
                // Not tied to the first caller's token: one caller giving up must not fail the others' shared open.
                _open = OpenCoreAsync();
            }

            open = _open;
        }

        return open.WaitAsync(cancellationToken);
    }

    private async Task OpenCoreAsync()
    {
        try
        {
            if (Options.Provider == StoreProvider.Sqlite)
            {
                var path = new SqliteConnectionStringBuilder(Options.ConnectionString).DataSource;
                var directory = Path.GetDirectoryName(path);
                if (!string.IsNullOrEmpty(directory))
                {
                    Directory.CreateDirectory(directory);
                }
            }

            await using var db = CreateContext();
            EnsureMigrationsAssembly(db);
            // EF takes its migration lock even when nothing is pending. On SQLite that lock is a row, so a process killed
            // while holding it (during any open) leaves it behind, and every later open waits for it forever. Opening an
            // up-to-date store therefore reads the history only; the lock is taken when there is something to apply.
            if ((await db.Database.GetPendingMigrationsAsync().ConfigureAwait(false)).Any())
            {
                await db.Database.MigrateAsync().ConfigureAwait(false);
            }

            if (Options.Provider == StoreProvider.Sqlite)
            {
                // WAL lets readers (snapshot, export, a second process) run while one writer imports.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;").ConfigureAwait(false);
            }
        }
        catch (Exception e) when (ConnectionErrors.Describe(e, Options) is { } message)
        {
            throw new StoreUnavailableException(message, e);
        }
    }

    private static void EnsureMigrationsAssembly(VocabDbContext db)
    {
        try
        {
            if (db.Database.GetMigrations().Any())
            {
                return;
            }
        }
        catch (FileNotFoundException)
        {
            // Falls through to the explanation below.
        }

        throw new InvalidOperationException(
            $"the {MigrationsAssemblyName} assembly (migrations/{MigrationsAssemblyName}) with the {db.GetType().Name} migrations is not loaded: the host project must reference it");
    }
}
