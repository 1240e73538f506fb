using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Vocab.Server.Tests;

/// <summary>The real server over a fresh store (seeded with ontology/), one per test class: see <see cref="TestStore"/>.</summary>
public sealed class VocabServerFactory : WebApplicationFactory<Program>
{
    /// <summary>This host's store (a SQLite file, or a PostgreSQL database under VOCAB_TEST_STORE=postgres).</summary>
    public TestStore Store { get; } = TestStore.Create("vocab-server");

    /// <summary>The <c>Vocab:Db</c> setting, for a second store instance on the same data.</summary>
    public string Db => Store.Db;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Vocab:Db", Db);
        builder.UseSetting("Vocab:Seed", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Store.Dispose();
        }
    }
}
