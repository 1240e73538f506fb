using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.NTriples;

/// <summary>N-Quads and N-Triples writers: every statement on its own line, readable by the parsers again.</summary>
public sealed class NQuadsRoundTripTests
{
    public static TheoryData<string> TriGEvalCases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var entry in W3cSuite.Entries("rdf-trig").Where(e => e.Kind == W3cTestKind.Eval))
            {
                data.Add(entry.Key);
            }

            return data.Count == 0 ? new TheoryData<string> { "(suite not found)" } : data;
        }
    }

    [Theory]
    [MemberData(nameof(TriGEvalCases))]
    public void NQuadsWriter_w3c_trig_result_reads_back_equal(string name)
    {
        var entry = W3cSuite.Entries("rdf-trig").FirstOrDefault(e => e.Key == name) ?? SkipMissing();
        var original = RdfIo.ParseFile(new NQuadsParser(), entry.ResultPath!);
        var text = RdfIo.Write(o => new NQuadsWriter(o), original);
        RdfIo.AssertIsomorphic(original, RdfIo.Parse(new NQuadsParser(), text), name + "\n" + text);
        Assert.Equal(original.Count, text.Count(c => c == '\n'));
    }

    [Fact]
    public void NQuadsWriter_lines_match_NTriplesEscaping()
    {
        var quads = new[]
        {
            new Quad(new Iri("http://ex/s"), new Iri("http://ex/p"), Literal.String("tab\there \"q\" back\\slash\nnew\rline")),
            new Quad(new BlankNode("b0"), new Iri("http://ex/p"), new Iri("http://ex/with space<>{}|^`\\"), new Iri("http://ex/g")),
            new Quad(new Iri("http://ex/s"), new Iri("http://ex/p"), Literal.LangString("日本語", "JA"), new BlankNode("g1")),
            new Quad(new Iri("http://ex/s"), new Iri("http://ex/p"), new Literal("1", Vocabulary.Xsd.Integer)),
        };
        var text = RdfIo.Write(o => new NQuadsWriter(o), quads);
        Assert.Equal(string.Concat(quads.Select(q => q + "\n")), text);
    }

    [Fact]
    public void NTriplesWriter_graph_is_dropped()
    {
        var quad = new Quad(new Iri("http://ex/s"), new Iri("http://ex/p"), new Iri("http://ex/o"), new Iri("http://ex/g"));
        Assert.Equal("<http://ex/s> <http://ex/p> <http://ex/o> .\n", RdfIo.Write(o => new NTriplesWriter(o), [quad]));
    }

    [Fact]
    public void NTriplesWriter_invalid_blank_node_label_is_made_valid()
    {
        var quad = new Quad(new BlankNode("has space"), new Iri("http://ex/p"), new BlankNode("ok.label"));
        var text = RdfIo.Write(o => new NTriplesWriter(o), [quad]);
        var reread = Assert.Single(RdfIo.Parse(new NTriplesParser(), text));
        Assert.IsType<BlankNode>(reread.Subject);
        Assert.NotEqual(reread.Subject, reread.Obj);
    }

    private static W3cEntry SkipMissing()
    {
        Assert.Skip("W3C suite rdf-trig not found under the shared data folder");
        return null!;
    }
}
