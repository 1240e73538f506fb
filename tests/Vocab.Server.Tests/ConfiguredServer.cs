using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Vocab.Server.Tests;

/// <summary>
/// The real server on a given store with extra configuration (several may share one store, as replicas do); disposes
/// <paramref name="ownedStore"/> with itself, if given.
/// </summary>
public sealed class ConfiguredServer(string db, IReadOnlyDictionary<string, string> settings, TestStore? ownedStore = null) : WebApplicationFactory<Program>
{
    /// <summary>A server on a fresh store of its own (<see cref="TestStore"/>), dropped with it.</summary>
    public ConfiguredServer(IReadOnlyDictionary<string, string> settings, string prefix = "vocab-configured")
        : this(TestStore.Create(prefix), settings)
    {
    }

    private ConfiguredServer(TestStore store, IReadOnlyDictionary<string, string> settings)
        : this(store.Db, settings, store)
    {
    }

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
        if (disposing)
        {
            ownedStore?.Dispose();
        }
    }
}

/// <summary>
/// A fresh database on the PostgreSQL server named by VOCAB_TEST_POSTGRES (created by the store's migrations at first
/// use), dropped when disposed, for tests that are about PostgreSQL itself (replicas, concurrency); they skip when no
/// server is configured.
/// </summary>
public sealed class PostgresTestDatabase(string prefix, int? maxPoolSize = null) : IAsyncDisposable
{
    private readonly string _name = TestStore.DatabaseName(prefix);

    /// <summary>The database's connection string; skips the test when no PostgreSQL server is configured.</summary>
    public string ConnectionString
    {
        get
        {
            var server = TestStore.PostgresServer;
            if (server is null)
            {
                // A PostgreSQL run of the suite must not pass by skipping its PostgreSQL tests.
                Assert.False(TestStore.UsePostgres, "VOCAB_TEST_STORE=postgres but VOCAB_TEST_POSTGRES names no server");
                Assert.Skip("needs PostgreSQL: set VOCAB_TEST_POSTGRES (bash .ci/run starts one)");
                return "";
            }

            return TestStore.ConnectionString(server, _name, maxPoolSize);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (TestStore.PostgresServer is { } server)
        {
            TestStore.DropDatabase(server, TestStore.ConnectionString(server, _name, maxPoolSize), _name);
        }

        return ValueTask.CompletedTask;
    }
}
