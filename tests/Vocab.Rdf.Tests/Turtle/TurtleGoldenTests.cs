using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.Turtle;

/// <summary>
/// Pretty-printing fixtures in tests/data/turtle: each NAME.input.ttl (or .trig) written with the prefixes it declares
/// must equal NAME.expected.ttl byte for byte and read back as the same dataset. Set VOCAB_UPDATE_GOLDEN=1 to
/// rewrite the expected files after a deliberate layout change (then review the diff).
/// </summary>
public sealed class TurtleGoldenTests
{
    private const string BaseIri = "http://example.org/base/";

    public static TheoryData<string> Fixtures
    {
        get
        {
            var data = new TheoryData<string>();
            var dir = SharedData.RepoRoot is null ? null : SharedData.TestDataPath("turtle");
            if (dir is not null && Directory.Exists(dir))
            {
                foreach (var file in Directory.GetFiles(dir, "*.input.*").Order(StringComparer.Ordinal))
                {
                    data.Add(Path.GetFileName(file));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void TurtleWriter_fixture_matches_expected_output(string inputName)
    {
        var inputPath = SharedData.TestDataPath("turtle", inputName);
        var trig = inputName.EndsWith(".trig", StringComparison.Ordinal);
        IRdfParser parser = trig ? new TriGParser() : new TurtleParser();
        var prefixes = new Dictionary<string, string>();
        List<Quad> quads;
        using (var reader = File.OpenText(inputPath))
        {
            quads = parser.Parse(reader, new RdfParserOptions { BaseIri = BaseIri, OnPrefix = (p, ns) => prefixes[p] = ns }).ToList();
        }

        var options = new RdfWriterOptions { Prefixes = prefixes };
        var actual = RdfIo.Write(o => trig ? new TriGWriter(o, options) : new TurtleWriter(o, options), quads);
        var expectedPath = inputPath.Replace(".input.", ".expected.", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("VOCAB_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}; the writer produced:\n{actual}");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
        RdfIo.AssertIsomorphic(quads, RdfIo.Parse(parser, actual), inputName);
    }
}
