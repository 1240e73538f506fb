using System.Text.Json;

namespace Vocab.Cli.Tests;

/// <summary>An empty store is seeded with ontology/ unless told not to, and the shipped thesaurus passes the checks.</summary>
public sealed class SeedAndCheckTests
{
    [Fact]
    public async Task First_start_seeds_the_shipped_thesaurus()
    {
        using var dir = new TempDir();
        var db = dir.File("store.db");

        var r = await CliRunner.RunAsync(dir.Path, "stats", "--json", "--db", db);

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.True(doc.RootElement.GetProperty("concepts").GetInt32() >= 800);
        Assert.Equal(1, doc.RootElement.GetProperty("sequence").GetInt64());
    }

    [Theory]
    [InlineData("--no-seed", null)]
    [InlineData(null, "false")]
    public async Task Seeding_can_be_switched_off(string? flag, string? envSeed)
    {
        using var dir = new TempDir();
        var args = new List<string> { "stats", "--json", "--db", dir.File("store.db") };
        if (flag is not null)
        {
            args.Add(flag);
        }

        var env = envSeed is null ? null : new Dictionary<string, string> { ["VOCAB_SEED"] = envSeed };
        var r = await CliRunner.RunAsync(dir.Path, env, [.. args]);

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(0, doc.RootElement.GetProperty("concepts").GetInt32());
    }

    [Fact]
    public async Task Vocab_db_environment_variable_names_the_store()
    {
        using var dir = new TempDir();
        var db = dir.File("from-env.db");

        var r = await CliRunner.RunAsync(dir.Path, new Dictionary<string, string> { ["VOCAB_DB"] = db, ["VOCAB_SEED"] = "false" }, "stats");

        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(db));
    }

    [Fact]
    public async Task Check_json_on_the_shipped_thesaurus_has_no_violations()
    {
        using var dir = new TempDir();

        var r = await CliRunner.RunAsync(dir.Path, "check", "--json", "--db", dir.File("store.db"));

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(0, doc.RootElement.GetProperty("errors").GetInt32());
        Assert.True(doc.RootElement.GetProperty("concepts").GetInt32() >= 800);
    }

    [Fact]
    public async Task Check_reports_integrity_violations_with_exit_4()
    {
        using var dir = new TempDir();
        var db = dir.File("store.db");
        Assert.Equal(0, (await CliRunner.RunAsync(dir.Path, "import", "--no-seed", "--db", db, SharedData.TestData("skos", "dup-preflabel.ttl"))).ExitCode);

        var r = await CliRunner.RunAsync(dir.Path, "check", "--no-seed", "--json", "--db", db);

        Assert.Equal(4, r.ExitCode);
        Assert.Contains("S14", r.Stdout);
    }
}
