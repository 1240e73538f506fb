namespace Vocab.Rdf.Tests.W3c;

/// <summary>Pass counts per syntax ("Turtle: 313/313"), printed to the test output.</summary>
public sealed class W3cSummaryTests
{
    public static TheoryData<string, string> Suites => new()
    {
        { "N-Triples", "rdf-n-triples" },
        { "N-Quads", "rdf-n-quads" },
        { "Turtle", "rdf-turtle" },
        { "TriG", "rdf-trig" },
    };

    [Theory]
    [MemberData(nameof(Suites))]
    public void W3cSuite_every_entry_passes(string syntax, string suite)
    {
        if (W3cSuite.Folder(suite) is null)
        {
            Assert.Skip($"W3C suite {suite} not found under the shared data folder");
        }

        IRdfParser parser = suite switch
        {
            "rdf-n-triples" => new NTriplesParser(),
            "rdf-n-quads" => new NQuadsParser(),
            "rdf-turtle" => new TurtleParser(),
            _ => new TriGParser(),
        };
        var (passed, total, failures) = W3cSuite.RunAll(suite, parser);
        TestContext.Current.TestOutputHelper?.WriteLine($"{syntax}: {passed}/{total}");
        Assert.True(total > 0, $"{suite} has no entries");
        Assert.True(failures.Count == 0, $"{syntax}: {passed}/{total}\n" + string.Join("\n", failures));
    }
}
