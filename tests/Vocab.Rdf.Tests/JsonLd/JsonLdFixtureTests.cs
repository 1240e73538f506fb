using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.JsonLd;

/// <summary>
/// Golden pairs in tests/data/jsonld: each <c>name.jsonld</c> parses to the dataset in <c>name.nq</c>
/// (up to blank node renaming), and what <see cref="JsonLdWriter"/> makes of that dataset parses back to it;
/// writer/<c>name.nq</c> written as JSON-LD gives exactly writer/<c>name.jsonld</c>.
/// </summary>
public sealed class JsonLdFixtureTests
{
    public static TheoryData<string> Fixtures
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in Directory.GetFiles(SharedData.TestDataPath("jsonld"), "*.jsonld").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileNameWithoutExtension(path));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void JsonLdParser_fixture_matches_expected_nquads(string name)
    {
        var actual = ParseFixture(name);
        var expected = RdfIo.ParseFile(new NQuadsParser(), FixturePath(name + ".nq"));
        RdfIo.AssertIsomorphic(expected, actual, name);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void JsonLdWriter_fixture_dataset_reads_back_isomorphic(string name)
    {
        var original = ParseFixture(name);
        var text = RdfIo.Write(o => new JsonLdWriter(o), original);
        RdfIo.AssertIsomorphic(original, RdfIo.Parse(new JsonLdParser(), text), name + "\n" + text);
    }

    [Fact]
    public void JsonLdParser_compacted_and_expanded_forms_give_the_same_statements()
    {
        var compacted = ParseFixture("skos-compact");
        var expanded = ParseFixture("skos-expanded");
        Assert.Equal(17, compacted.Count);
        Assert.Equal(compacted.ToHashSet(), expanded.ToHashSet());
    }

    [Theory]
    [InlineData("skos-sample")]
    public void JsonLdWriter_golden_output_is_unchanged(string name)
    {
        var quads = RdfIo.ParseFile(new NQuadsParser(), FixturePath(Path.Combine("writer", name + ".nq")));
        var options = new RdfWriterOptions { Prefixes = new Dictionary<string, string> { ["mat"] = "http://example.org/materials/" } };
        var text = RdfIo.Write(o => new JsonLdWriter(o, options), quads);
        var expected = File.ReadAllText(FixturePath(Path.Combine("writer", name + ".jsonld"))).ReplaceLineEndings("\n");
        Assert.Equal(expected, text);
        RdfIo.AssertIsomorphic(quads, RdfIo.Parse(new JsonLdParser(), expected), name);
    }

    internal static List<Quad> ParseFixture(string name) =>
        RdfIo.ParseFile(new JsonLdParser(), FixturePath(name + ".jsonld"), "http://example.org/base/" + name + ".jsonld");

    private static string FixturePath(string file) => SharedData.TestDataPath("jsonld", file);
}
