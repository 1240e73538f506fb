using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Fault.Tests;

/// <summary>
/// A fresh store for one test (a SQLite file in a temp folder, or a throwaway database on VOCAB_TEST_POSTGRES), with
/// the library services the tests use in-process to prepare it and to check it after a crash. Server processes open
/// the same store by <see cref="Db"/>.
/// </summary>
public sealed class FaultStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private FaultStore(string db, string folder, string? postgresAdmin, string? postgresName)
    {
        Db = db;
        Folder = folder;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
        var services = new ServiceCollection().AddLogging();
        services.AddVocabData(Vocab.Data.StoreOptions.Parse(db));
        services.AddVocabCuration(new CurationOptions { AutoAccept = new AutoAcceptRule(false, 3, true) }, Vocab.Server.Web.Curation.ProposalTitleText.English);
        services.AddVocabIdentityCore();
        _services = services.BuildServiceProvider();
    }

    /// <summary>What <c>--db</c> takes.</summary>
    public string Db { get; }

    /// <summary>A temp folder of the test's own (files, the server's HOME), deleted on dispose.</summary>
    public string Folder { get; }

    public bool IsPostgres => _postgresName is not null;

    public VocabStore Store => _services.GetRequiredService<VocabStore>();

    public CurationService Curation => _services.GetRequiredService<CurationService>();

    public VocabDbContext CreateContext() => _services.GetRequiredService<VocabDatabase>().CreateContext();

    /// <summary>"sqlite" or "postgres" (skips the test when no PostgreSQL server is configured).</summary>
    public static async Task<FaultStore> CreateAsync(string provider, string prefix)
    {
        var folder = Directory.CreateTempSubdirectory("vocab-fault-").FullName;
        if (provider == "sqlite")
        {
            var sqlite = new FaultStore(Path.Combine(folder, "store.db"), folder, null, null);
            await sqlite.Store.OpenAsync(TestEnv.Ct);
            return sqlite;
        }

        if (TestEnv.PostgresServer is not { } server)
        {
            Directory.Delete(folder, true);
            Assert.Skip("needs PostgreSQL: set VOCAB_TEST_POSTGRES (bash .ci/run starts one)");
            throw new InvalidOperationException("unreachable");
        }

        return await CreatePostgresAsync(server, prefix, folder);
    }

    /// <summary>A throwaway database on <paramref name="server"/> (a connection string to any of its databases).</summary>
    public static async Task<FaultStore> CreatePostgresAsync(string server, string prefix, string? folder = null)
    {
        folder ??= Directory.CreateTempSubdirectory("vocab-fault-").FullName;
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        var db = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        var store = new FaultStore(db, folder, server, name);
        await store.Store.OpenAsync(TestEnv.Ct);
        return store;
    }

    /// <summary>
    /// A copy of this store as it is now (a file copy for SQLite, <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL), for
    /// tests that damage a store on purpose. This store's pooled connections are closed first: a template must be idle.
    /// </summary>
    public async Task<FaultStore> CloneAsync(string prefix)
    {
        if (_postgresName is null)
        {
            var folder = Directory.CreateTempSubdirectory("vocab-fault-").FullName;
            SqliteConnection.ClearPool(new SqliteConnection(Store.Database.Options.ConnectionString));
            var path = Path.Combine(folder, "store.db");
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(Db + suffix))
                {
                    File.Copy(Db + suffix, path + suffix);
                }
            }

            var copy = new FaultStore(path, folder, null, null);
            await copy.Store.OpenAsync(TestEnv.Ct);
            return copy;
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(Store.Database.Options.ConnectionString));
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = "postgres" }.ConnectionString))
        {
            await connection.OpenAsync(TestEnv.Ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{_postgresName}\"", connection);
            await create.ExecuteNonQueryAsync(TestEnv.Ct);
        }

        var clone = new FaultStore(new NpgsqlConnectionStringBuilder(Db) { Database = name }.ConnectionString,
            Directory.CreateTempSubdirectory("vocab-fault-").FullName, _postgresAdmin, name);
        await clone.Store.OpenAsync(TestEnv.Ct);
        return clone;
    }

    /// <summary>Drops this process's pooled connections (after the test restarted PostgreSQL under them).</summary>
    public void ClearPool() => NpgsqlConnection.ClearPool(new NpgsqlConnection(Store.Database.Options.ConnectionString));

    /// <summary>Runs one SQL statement on the store (to damage it on purpose); returns the rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var db = CreateContext();
        return await db.Database.ExecuteSqlRawAsync(sql, TestEnv.Ct);
    }

    /// <summary>Imports <paramref name="path"/> in-process (the same service <c>vocab import</c> uses).</summary>
    public Task<ImportReport> ImportAsync(string path, string? graph = null) =>
        _services.GetRequiredService<ImportService>().ImportAsync([new ImportSource(path)], new ImportOptions("fault-test", "fixture") { Graph = graph }, TestEnv.Ct);

    /// <summary>Creates an account (no password: it only acts through its token) and a token with <paramref name="scopes"/>; returns the user id and the token.</summary>
    public async Task<(string UserId, string Token)> AddUserWithTokenAsync(string name, string role, params string[] scopes)
    {
        using var scope = _services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VocabUser>>();
        var user = new VocabUser { UserName = name, DisplayName = name, Role = role, CreatedUtc = DateTime.UtcNow };
        var created = await users.CreateAsync(user);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        var token = await _services.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, name + "-token", scopes, null, TestEnv.Ct);
        return (user.Id, token!.Value.Secret);
    }

    /// <summary>Current statements, straight from the store.</summary>
    public Task<long> CountAsync() => Store.CountAsync(null, TestEnv.Ct);

    /// <summary>Runs <see cref="VocabStore.VerifyAsync"/> and fails the test with every finding when something disagrees.</summary>
    public async Task<StoreVerification> AssertVerifiesAsync()
    {
        var result = await Store.VerifyAsync(TestEnv.Ct);
        Assert.True(result.Ok, "vocab verify found disagreements:\n" + string.Join("\n", result.Findings.Select(f => $"{f.Code}: {f.Message}")));
        return result;
    }

    /// <summary>Concept IRIs of the store (for proposals), first <paramref name="max"/> by IRI.</summary>
    public async Task<List<string>> ConceptsAsync(int max)
    {
        await using var db = CreateContext();
        var subjects = await db.Statements.Where(s => s.RemovedIn == null
                && s.Predicate == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" && s.Object == "<http://www.w3.org/2004/02/skos/core#Concept>")
            .OrderBy(s => s.Subject).Select(s => s.Subject).Take(max).ToListAsync(TestEnv.Ct);
        return subjects.ConvertAll(s => s[1..^1]);
    }

    public async ValueTask DisposeAsync()
    {
        var connectionString = Store.Database.Options.ConnectionString;
        await _services.DisposeAsync();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = "postgres" }.ConnectionString);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // The test's own cluster may be stopped already; it is deleted with its folder.
            }
        }
        else
        {
            SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed child's file handle can linger for a moment; the temp cleaner gets the rest.
        }
    }
}
