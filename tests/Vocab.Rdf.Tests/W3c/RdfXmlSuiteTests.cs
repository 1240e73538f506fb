using System.Text;

namespace Vocab.Rdf.Tests.W3c;

/// <summary>
/// The W3C RDF/XML suite (every manifest entry one case) and, for every evaluation entry, a round trip of
/// its expected graph through <see cref="RdfXmlWriter"/> and back through <see cref="RdfXmlParser"/>.
/// </summary>
public sealed class RdfXmlSuiteTests
{
    private const string Suite = "rdf-xml";

    public static TheoryData<string> Cases => W3cSuite.Cases(Suite);

    public static TheoryData<string> EvalCases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var entry in W3cSuite.Entries(Suite).Where(e => e.Kind == W3cTestKind.Eval))
            {
                data.Add(entry.Name);
            }

            if (data.Count == 0)
            {
                data.Add("(suite not found)");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RdfXmlParser_w3c_entry_conforms(string name) => W3cSuite.Run(Suite, name, new RdfXmlParser());

    [Theory]
    [MemberData(nameof(EvalCases))]
    public void RdfXmlWriter_w3c_expected_graph_roundTrips(string name)
    {
        var entry = W3cSuite.Entries(Suite).FirstOrDefault(e => e.Name == name);
        if (entry is null)
        {
            Assert.Skip($"W3C suite {Suite} not found under the shared data folder");
        }

        Assert.Null(RoundTripFailure(entry));
    }

    [Fact]
    public void RdfXmlSuite_every_entry_passes_and_roundTrips()
    {
        var entries = W3cSuite.Entries(Suite);
        if (entries.Count == 0)
        {
            Assert.Skip($"W3C suite {Suite} not found under the shared data folder");
        }

        var (passed, total, failures) = W3cSuite.RunAll(Suite, new RdfXmlParser());
        var evals = entries.Where(e => e.Kind == W3cTestKind.Eval).ToList();
        var roundTripFailures = evals.Select(e => RoundTripFailure(e) is { } f ? $"{e.Name}: {f}" : null).OfType<string>().ToList();
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"RDF/XML: {passed}/{total}");
        output?.WriteLine($"RDF/XML round-trip: {evals.Count - roundTripFailures.Count}/{evals.Count}");
        Assert.True(failures.Count == 0, $"RDF/XML: {passed}/{total}\n" + string.Join("\n", failures));
        Assert.True(roundTripFailures.Count == 0, string.Join("\n", roundTripFailures));
    }

    /// <summary>Null when the entry's expected graph survives RDF/XML output and re-parsing; otherwise why not.</summary>
    private static string? RoundTripFailure(W3cEntry entry)
    {
        List<Quad> expected;
        using (var reader = new StreamReader(entry.ResultPath!, Encoding.UTF8))
        {
            expected = new NTriplesParser().Parse(reader).ToList();
        }

        var xml = new StringWriter();
        using (var writer = new RdfXmlWriter(xml))
        {
            foreach (var quad in expected)
            {
                writer.Write(quad);
            }

            writer.End();
        }

        var actual = new RdfXmlParser().Parse(new StringReader(xml.ToString())).ToList();
        return GraphIsomorphism.AreIsomorphic(actual, expected) ? null : "round trip changed the graph:\n" + xml;
    }
}
