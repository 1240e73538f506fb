using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.Turtle;

/// <summary>TurtleWriter and TriGWriter output reads back as the same dataset (up to blank node renaming).</summary>
public sealed class TurtleRoundTripTests
{
    public static TheoryData<string> TurtleEvalCases => EvalCases("rdf-turtle");

    public static TheoryData<string> TriGEvalCases => EvalCases("rdf-trig");

    [Theory]
    [MemberData(nameof(TurtleEvalCases))]
    public void TurtleWriter_w3c_eval_input_reads_back_isomorphic(string name)
    {
        var entry = Entry("rdf-turtle", name);
        var original = RdfIo.ParseFile(new TurtleParser(), entry.ActionPath, entry.BaseIri);
        var text = RdfIo.Write(o => new TurtleWriter(o), original);
        RdfIo.AssertIsomorphic(original, RdfIo.Parse(new TurtleParser(), text), name + "\n" + text);
    }

    [Theory]
    [MemberData(nameof(TurtleEvalCases))]
    public void TurtleWriter_with_base_w3c_eval_input_reads_back_isomorphic(string name)
    {
        var entry = Entry("rdf-turtle", name);
        var original = RdfIo.ParseFile(new TurtleParser(), entry.ActionPath, entry.BaseIri);
        var text = RdfIo.Write(o => new TurtleWriter(o, new RdfWriterOptions { BaseIri = entry.BaseIri }), original);
        RdfIo.AssertIsomorphic(original, RdfIo.Parse(new TurtleParser(), text, "http://other.example/"), name + "\n" + text);
    }

    [Theory]
    [MemberData(nameof(TriGEvalCases))]
    public void TriGWriter_w3c_eval_input_reads_back_isomorphic(string name)
    {
        var entry = Entry("rdf-trig", name);
        var original = RdfIo.ParseFile(new TriGParser(), entry.ActionPath, entry.BaseIri);
        var text = RdfIo.Write(o => new TriGWriter(o), original);
        RdfIo.AssertIsomorphic(original, RdfIo.Parse(new TriGParser(), text), name + "\n" + text);
    }

    [Theory]
    [InlineData("stw", "stw-skos.ttl")]
    [InlineData("qudt", "VOCAB_QUDT-UNITS-ALL.ttl")]
    public void TurtleWriter_real_vocabulary_reads_back_isomorphic(string folder, string file)
    {
        var path = SharedData.PathOf(folder, file);
        var prefixes = new Dictionary<string, string>();
        List<Quad> original;
        using (var reader = File.OpenText(path))
        {
            original = new TurtleParser().Parse(reader, new RdfParserOptions { OnPrefix = (p, ns) => prefixes[p] = ns }).ToList();
        }

        var text = RdfIo.Write(o => new TurtleWriter(o, new RdfWriterOptions { Prefixes = prefixes }), original);
        var reread = RdfIo.Parse(new TurtleParser(), text);
        Assert.Equal(original.Distinct().Count(), reread.Count);
        RdfIo.AssertIsomorphic(original, reread, file);
    }

    [Fact]
    public void TriGWriter_blank_node_shared_between_graphs_keeps_its_label()
    {
        var quads = RdfIo.Parse(new TriGParser(), """
            @prefix : <http://example.org/> .
            :g1 { :a :p _:x . }
            :g2 { _:x :q 1 . }
            _:x { :s :p :o }
            """);
        var text = RdfIo.Write(o => new TriGWriter(o), quads);
        RdfIo.AssertIsomorphic(quads, RdfIo.Parse(new TriGParser(), text), text);
        Assert.Contains("_:b1", text, StringComparison.Ordinal);
    }

    private static TheoryData<string> EvalCases(string suite)
    {
        var data = new TheoryData<string>();
        foreach (var entry in W3cSuite.Entries(suite).Where(e => e.Kind == W3cTestKind.Eval))
        {
            data.Add(entry.Key);
        }

        if (data.Count == 0)
        {
            data.Add("(suite not found)");
        }

        return data;
    }

    private static W3cEntry Entry(string suite, string key)
    {
        var entry = W3cSuite.Entries(suite).FirstOrDefault(e => e.Key == key);
        if (entry is null)
        {
            Assert.Skip($"W3C suite {suite} not found under the shared data folder");
        }

        return entry;
    }
}
