using System.Text;
using Vocab.Rdf;

namespace Vocab.Cli.Tests;

/// <summary>
/// <c>import</c> then <c>export</c> gives back exactly the input's statements (as sets, blank nodes up to isomorphism),
/// for real vocabularies and for every output syntax.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> RealVocabularies => new()
    {
        "stw/stw-skos.ttl",
        "qudt/VOCAB_QUDT-UNITS-ALL.ttl",
    };

    [Theory]
    [MemberData(nameof(RealVocabularies))]
    public async Task Import_then_export_nt_gives_the_input_statements(string relative)
    {
        using var dir = new TempDir();
        var input = SharedData.Path(relative.Split('/'));
        var db = dir.File("store.db");
        var output = dir.File("out.nt");

        Assert.Equal(0, (await CliRunner.RunAsync(dir.Path, "import", "--no-seed", "--db", db, input)).ExitCode);
        var export = await CliRunner.RunAsync(dir.Path, "export", "--no-seed", "--db", db, "--format", "nt", "--out", output);
        Assert.Equal(0, export.ExitCode);

        var expected = Read(input, RdfFormat.Turtle);
        var actual = Read(output, RdfFormat.NTriples);
        Assert.Equal(expected.Count, actual.Count);
        Assert.True(GraphIsomorphism.AreIsomorphic(expected, actual), "exported graph is not isomorphic to the input");
    }

    [Theory]
    [InlineData("ttl")]
    [InlineData("nt")]
    [InlineData("nq")]
    [InlineData("trig")]
    [InlineData("rdfxml")]
    [InlineData("jsonld")]
    public async Task Export_in_every_syntax_parses_back_to_the_same_graph(string format)
    {
        using var dir = new TempDir();
        var db = dir.File("store.db");
        Assert.Equal(0, (await CliRunner.RunAsync(dir.Path, "import", "--no-seed", "--db", db, SharedData.TestData("cli", "good.ttl"))).ExitCode);
        var fmt = RdfFormats.FromName(format)!.Value;
        var output = dir.File("out" + RdfFormats.ExtensionOf(fmt));

        var r = await CliRunner.RunAsync(dir.Path, "export", "--no-seed", "--db", db, "--format", format, "--out", output);

        Assert.Equal(0, r.ExitCode);
        var expected = Read(SharedData.TestData("cli", "good.ttl"), RdfFormat.Turtle);
        Assert.True(GraphIsomorphism.AreIsomorphic(expected, Read(output, fmt)), $"{format} export differs from the input");
    }

    [Fact]
    public async Task Export_scheme_writes_only_that_scheme()
    {
        using var dir = new TempDir();
        var db = dir.File("store.db");
        Assert.Equal(0, (await CliRunner.RunAsync(dir.Path, "stats", "--db", db)).ExitCode);
        var output = dir.File("units.nt");

        var r = await CliRunner.RunAsync(dir.Path, "export", "--db", db, "--scheme", "https://w3id.org/vocab/unit", "--out", output);

        Assert.Equal(0, r.ExitCode);
        var quads = Read(output, RdfFormat.NTriples);
        Assert.NotEmpty(quads);
        Assert.All(quads.Where(q => q.Subject is Iri), q => Assert.StartsWith("https://w3id.org/vocab/unit", ((Iri)q.Subject).Value));
    }

    private static List<Quad> Read(string path, RdfFormat format)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        var options = new RdfParserOptions { BaseIri = new Uri(path).AbsoluteUri };
        return RdfFormats.CreateParser(format).Parse(reader, options).Select(q => q with { Graph = null }).Distinct().ToList();
    }
}
