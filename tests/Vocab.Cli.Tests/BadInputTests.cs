using System.Text.Json;

namespace Vocab.Cli.Tests;

/// <summary>Every kind of bad input gives one clear line on stderr, a non-zero exit, and changes nothing.</summary>
public sealed class BadInputTests
{
    private static readonly string Good = SharedData.TestData("cli", "good.ttl");
    private static readonly string Malformed = SharedData.TestData("cli", "malformed.ttl");

    [Fact]
    public async Task Import_malformed_file_reports_line_and_column_and_writes_nothing()
    {
        using var dir = new TempDir();
        var db = dir.File("store.db");
        Assert.Equal(0, (await CliRunner.RunAsync(dir.Path, "import", "--no-seed", "--db", db, Good)).ExitCode);
        var before = await StatsAsync(dir, db);

        // The good file comes first: atomicity means its statements are not written either.
        var r = await CliRunner.RunAsync(dir.Path, "import", "--no-seed", "--db", db, Good, Malformed);

        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.ErrorLines);
        Assert.Contains("malformed.ttl:1203:52:", line);
        Assert.Contains("found 'ex:oops'", line);
        Assert.Equal(before, await StatsAsync(dir, db));
    }

    [Fact]
    public async Task Import_malformed_file_into_a_fresh_store_does_not_seed_it_either()
    {
        using var dir = new TempDir();
        var db = dir.File("store.db");

        var r = await CliRunner.RunAsync(dir.Path, "import", "--db", db, Malformed);

        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.ErrorLines);
        Assert.Equal((0L, 0L), await StatsAsync(dir, db));
    }

    [Fact]
    public async Task Import_into_a_fresh_store_seeds_after_the_import_succeeds()
    {
        using var dir = new TempDir();
        var db = dir.File("store.db");

        var r = await CliRunner.RunAsync(dir.Path, "import", "--db", db, Good);

        Assert.Equal(0, r.ExitCode);
        var (statements, sequence) = await StatsAsync(dir, db);
        Assert.Equal(2L, sequence);
        Assert.True(statements > 10_000);
    }

    [Fact]
    public async Task Import_unknown_extension_fails_before_creating_the_store()
    {
        using var dir = new TempDir();
        var file = dir.File("terms.txt");
        await File.WriteAllTextAsync(file, "<a:b> <a:c> <a:d> .\n", TestContext.Current.CancellationToken);
        var db = dir.File("store.db");

        var r = await CliRunner.RunAsync(dir.Path, "import", "--db", db, file);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown RDF file extension '.txt'", Assert.Single(r.ErrorLines));
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task Import_non_utf8_file_names_the_byte_offset_and_writes_nothing()
    {
        using var dir = new TempDir();
        var file = dir.File("latin1.nt");
        var prefix = "<https://example.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> \"caf"u8.ToArray();
        await File.WriteAllBytesAsync(file, [.. prefix, 0xE9, .. "\" .\n"u8.ToArray()], TestContext.Current.CancellationToken);
        var db = dir.File("store.db");

        var r = await CliRunner.RunAsync(dir.Path, "import", "--no-seed", "--db", db, file);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"not valid UTF-8 at byte offset {prefix.Length}", Assert.Single(r.ErrorLines));
        Assert.Equal((0L, 0L), await StatsAsync(dir, db));
    }

    [Fact]
    public async Task Export_unknown_format_is_refused_with_the_known_ones()
    {
        using var dir = new TempDir();
        var db = dir.File("store.db");

        var r = await CliRunner.RunAsync(dir.Path, "export", "--no-seed", "--db", db, "--format", "yaml");

        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("unknown --format 'yaml'", r.Stderr);
        Assert.Contains("ttl, nt, nq, trig, rdfxml, jsonld", r.Stderr);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task Unreachable_postgres_is_one_line_and_exit_3()
    {
        using var dir = new TempDir();

        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var r = await CliRunner.RunAsync(dir.Path, "import", "--db", "Host=127.0.0.1;Port=1;Username=vocab;Database=vocab", Good);

        Assert.Equal(3, r.ExitCode);
        var line = Assert.Single(r.ErrorLines);
        Assert.Contains("127.0.0.1:1", line);
    }

    [Fact]
    public async Task Import_missing_file_is_one_line()
    {
        using var dir = new TempDir();

        var r = await CliRunner.RunAsync(dir.Path, "import", "--db", dir.File("s.db"), dir.File("nope.ttl"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nope.ttl", Assert.Single(r.ErrorLines));
    }

    private static async Task<(long Statements, long Sequence)> StatsAsync(TempDir dir, string db)
    {
        var r = await CliRunner.RunAsync(dir.Path, "stats", "--no-seed", "--json", "--db", db);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        return (doc.RootElement.GetProperty("statements").GetInt64(), doc.RootElement.GetProperty("sequence").GetInt64());
    }
}
