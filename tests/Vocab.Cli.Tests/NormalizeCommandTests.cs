using System.Text.Json.Nodes;
using Vocab.Index.Datasets;

namespace Vocab.Cli.Tests;

/// <summary><c>vocab normalize</c> on the small fixtures in tests/data/datasets, against the shipped thesaurus.</summary>
public sealed class NormalizeCommandTests
{
    private static readonly string Fixtures = Path.Combine(SharedData.RepoRoot, "tests", "data", "datasets");

    [Fact]
    public async Task Normalize_csvWithColumnsAndSssom_writesCopyMappingTableAndSssom()
    {
        using var dir = new TempDir();
        var input = dir.File("scans.csv");
        File.Copy(Path.Combine(Fixtures, "scans.csv"), input);

        var r = await CliRunner.RunAsync(dir.Path, "normalize", input, "--columns", "technique", "--lang", "en", "--sssom", "--db", dir.File("store.db"));

        Assert.Equal(0, r.ExitCode);
        var rows = Read(dir.File("scans.normalized.csv"), ',');
        Assert.Equal(["scan id", "acceleration voltage", "camera length", "convergence semi-angle", "technique"], rows[0][..5]);
        Assert.Equal("operator note", rows[0][5]);
        Assert.StartsWith("high-angle annular dark-field", rows[1][4], StringComparison.Ordinal);
        Assert.Equal("ok, aligned", rows[1][5]);
        Assert.Equal("said \"fine\"", rows[2][5]);

        var table = Read(dir.File("scans.mapping.tsv"), '\t');
        Assert.Equal("input", table[0][0]);
        var voltage = Assert.Single(table, row => row[0] == "Acc. Voltage [kV]");
        Assert.Equal(["matched", "https://w3id.org/vocab/parameter/AccelerationVoltage", "acceleration voltage"], voltage[3..6]);
        Assert.Equal("kV", voltage[8]);
        Assert.Contains(table, row => row[0] == "operator note" && row[3] != "matched");

        var sssom = File.ReadAllLines(dir.File("scans.sssom.tsv"));
        Assert.Equal("#curie_map:", sssom[0]);
        Assert.Contains(sssom, l => l.StartsWith("#mapping_set_id: ", StringComparison.Ordinal));
        Assert.Contains(sssom, l => l.StartsWith("Acc. Voltage [kV]\trdfs literal\tskos:exactMatch\tparameter:AccelerationVoltage\t", StringComparison.Ordinal));
        Assert.DoesNotContain(sssom, l => l.StartsWith("operator note\t", StringComparison.Ordinal));
        Assert.Contains(dir.File("scans.sssom.tsv"), r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Normalize_nestedJson_replacesMatchedKeysToOutFolder()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");

        var r = await CliRunner.RunAsync(dir.Path, "normalize", Path.Combine(Fixtures, "metadata.json"), "--out", outDir, "--db", dir.File("store.db"));

        Assert.Equal(0, r.ExitCode);
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "metadata.normalized.json")))!;
        var instrument = root.AsObject().First(p => p.Value is JsonObject).Value!;
        Assert.Equal(300, instrument["acceleration voltage"]!.GetValue<int>());
        Assert.Equal(150, instrument["camera length"]!.GetValue<int>());
        Assert.Equal(21.4, root.AsObject().First(p => p.Value is JsonArray).Value![0]!["convergence semi-angle"]!.GetValue<double>());
        Assert.True(File.Exists(Path.Combine(outDir, "metadata.mapping.tsv")));
        Assert.False(File.Exists(Path.Combine(outDir, "metadata.sssom.tsv")));
    }

    [Theory]
    [InlineData("notes.txt", "cannot tell the format")]
    [InlineData("missing.csv", "does not exist")]
    public async Task Normalize_badInput_failsWithOneLine(string name, string message)
    {
        using var dir = new TempDir();
        if (name.EndsWith(".txt", StringComparison.Ordinal))
        {
            File.WriteAllText(dir.File(name), "a,b\n");
        }

        var r = await CliRunner.RunAsync(dir.Path, "normalize", dir.File(name), "--db", dir.File("store.db"), "--no-seed");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Normalize_unknownScheme_failsInsteadOfMatchingNothing()
    {
        using var dir = new TempDir();

        var r = await CliRunner.RunAsync(
            dir.Path, "normalize", Path.Combine(Fixtures, "scans.csv"), "--scheme", "https://example.org/none", "--out", dir.Path, "--db", dir.File("store.db"), "--no-seed");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no concept scheme", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("scans.mapping.tsv")));
    }

    [Fact]
    public async Task Normalize_malformedJson_failsAndWritesNothing()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("bad.json"), "{\"HT\": ");

        var r = await CliRunner.RunAsync(dir.Path, "normalize", dir.File("bad.json"), "--db", dir.File("store.db"), "--no-seed");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("invalid JSON", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("bad.normalized.json")));
    }

    private static List<string[]> Read(string path, char delimiter)
    {
        using var reader = new StreamReader(path);
        return [.. DelimitedText.Read(reader, delimiter)];
    }
}
