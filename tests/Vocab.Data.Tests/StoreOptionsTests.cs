using System.Diagnostics;

namespace Vocab.Data.Tests;

public sealed class StoreOptionsTests
{
    [Fact]
    public void Parse_filePath_isSqliteWithFullPath()
    {
        var options = StoreOptions.Parse("data/vocab.db");

        Assert.Equal(StoreProvider.Sqlite, options.Provider);
        Assert.Equal(Path.GetFullPath("data/vocab.db"), options.Display);
        Assert.Contains("Default Timeout=300", options.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_homeRelativePath_expandsTilde()
    {
        var options = StoreOptions.Parse("~/x/vocab.db");

        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "x", "vocab.db"), options.Display);
    }

    [Fact]
    public void Parse_dataSourceString_keepsItsSettings()
    {
        var options = StoreOptions.Parse("Data Source=/tmp/a.db;Default Timeout=5");

        Assert.Equal((StoreProvider.Sqlite, "/tmp/a.db"), (options.Provider, options.Display));
        Assert.Contains("Default Timeout=5", options.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_hostConnectionString_isPostgresWithConnectTimeout()
    {
        var options = StoreOptions.Parse("Host=db.example;Port=6000;Database=vocab;Username=u;Password=secret");

        Assert.Equal((StoreProvider.Postgres, "db.example:6000/vocab"), (options.Provider, options.Display));
        Assert.Contains("Timeout=5", options.ConnectionString, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://u:p%40ss@127.0.0.1:5999/vocab?sslmode=disable", "127.0.0.1:5999/vocab")]
    [InlineData("postgresql://db.example/thesaurus", "db.example:5432/thesaurus")]
    public void Parse_postgresUri_isConvertedToConnectionString(string uri, string display)
    {
        var options = StoreOptions.Parse(uri);

        Assert.Equal((StoreProvider.Postgres, display), (options.Provider, options.Display));
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
        if (uri.Contains("u:p", StringComparison.Ordinal))
        {
            Assert.Equal(("u", "p@ss", Npgsql.SslMode.Disable), (builder.Username, builder.Password, builder.SslMode));
        }
    }

    [Fact]
    public void Parse_nothing_usesDefaultPathUnlessVocabDbIsSet()
    {
        var saved = Environment.GetEnvironmentVariable("VOCAB_DB");
        try
        {
            Environment.SetEnvironmentVariable("VOCAB_DB", null);
            Assert.Equal(StoreOptions.DefaultPath, StoreOptions.Parse(null).Display);
            Assert.EndsWith(Path.Combine("vocab", "vocab.db"), StoreOptions.DefaultPath, StringComparison.Ordinal);

            Environment.SetEnvironmentVariable("VOCAB_DB", "Host=127.0.0.1;Database=fromenv");
            Assert.Equal(StoreProvider.Postgres, StoreOptions.Parse("").Provider);
        }
        finally
        {
            Environment.SetEnvironmentVariable("VOCAB_DB", saved);
        }
    }

    [Fact]
    public async Task Open_unreachablePostgres_failsFastWithOneClearMessage()
    {
        var store = new VocabStore(new VocabDatabase(StoreOptions.Parse("Host=127.0.0.1;Port=5999;Username=postgres;Database=vocab")));
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CountAsync(null, TestContext.Current.CancellationToken));

        Assert.Equal("cannot connect to PostgreSQL at 127.0.0.1:5999: connection refused", error.Message);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task Open_sqliteFileThatIsNotADatabase_failsWithClearMessage()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vocab-not-a-db-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(path, new string('x', 4096), TestContext.Current.CancellationToken);
        try
        {
            var store = new VocabStore(new VocabDatabase(StoreOptions.Parse(path)));

            var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.OpenAsync(TestContext.Current.CancellationToken));

            Assert.StartsWith($"cannot open SQLite database at {path}: ", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
