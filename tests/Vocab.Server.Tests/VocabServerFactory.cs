using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Vocab.Server.Tests;

/// <summary>The real server over a fresh SQLite file (seeded with ontology/), one per test class.</summary>
public sealed class VocabServerFactory : WebApplicationFactory<Program>
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "vocab-server-" + Guid.NewGuid().ToString("N")[..12]);

    public VocabServerFactory() => Directory.CreateDirectory(_dir);

    public string DbPath => Path.Combine(_dir, "store.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Vocab:Db", DbPath);
        builder.UseSetting("Vocab:Seed", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dir))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dir, recursive: true);
        }
    }
}
