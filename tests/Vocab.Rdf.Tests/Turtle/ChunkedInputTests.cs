using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.Turtle;

/// <summary>
/// Every W3C input that parses is parsed again through a reader that returns a few chars per read, so tokens
/// straddle buffer refills everywhere; the result must be the same dataset.
/// </summary>
public sealed class ChunkedInputTests
{
    public static TheoryData<string, string> Inputs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var suite in new[] { "rdf-n-triples", "rdf-n-quads", "rdf-turtle", "rdf-trig" })
            {
                foreach (var entry in W3cSuite.Entries(suite).Where(e => e.Kind is W3cTestKind.Eval or W3cTestKind.PositiveSyntax))
                {
                    data.Add(suite, entry.Key);
                }
            }

            return data.Count == 0 ? new TheoryData<string, string> { { "rdf-turtle", "(suite not found)" } } : data;
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parser_input_in_small_chunks_gives_the_same_dataset(string suite, string name)
    {
        var entry = W3cSuite.Entries(suite).FirstOrDefault(e => e.Key == name);
        if (entry is null)
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
        var text = File.ReadAllText(entry.ActionPath);
        var whole = RdfIo.Parse(parser, text, entry.BaseIri);
        foreach (var chunk in new[] { 1, 2, 3, 7 })
        {
            RdfIo.AssertIsomorphic(whole, RdfIo.ParseTrickled(parser, text, chunk, entry.BaseIri), $"{name} in chunks of {chunk}");
        }
    }
}
