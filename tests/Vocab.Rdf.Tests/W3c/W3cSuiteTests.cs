namespace Vocab.Rdf.Tests.W3c;

/// <summary>Every entry of the W3C N-Triples, N-Quads, Turtle and TriG manifests, one test case each.</summary>
public sealed class W3cSuiteTests
{
    public static TheoryData<string> NTriplesCases => W3cSuite.Cases("rdf-n-triples");

    public static TheoryData<string> NQuadsCases => W3cSuite.Cases("rdf-n-quads");

    public static TheoryData<string> TurtleCases => W3cSuite.Cases("rdf-turtle");

    public static TheoryData<string> TriGCases => W3cSuite.Cases("rdf-trig");

    [Theory]
    [MemberData(nameof(NTriplesCases))]
    public void NTriplesParser_w3c_entry_conforms(string name) => W3cSuite.Run("rdf-n-triples", name, new NTriplesParser());

    [Theory]
    [MemberData(nameof(NQuadsCases))]
    public void NQuadsParser_w3c_entry_conforms(string name) => W3cSuite.Run("rdf-n-quads", name, new NQuadsParser());

    [Theory]
    [MemberData(nameof(TurtleCases))]
    public void TurtleParser_w3c_entry_conforms(string name) => W3cSuite.Run("rdf-turtle", name, new TurtleParser());

    [Theory]
    [MemberData(nameof(TriGCases))]
    public void TriGParser_w3c_entry_conforms(string name) => W3cSuite.Run("rdf-trig", name, new TriGParser());
}
