using System.Diagnostics;
using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.JsonLd;

/// <summary>Real data through <see cref="JsonLdWriter"/> and back: every W3C Turtle eval input and the STW thesaurus.</summary>
public sealed class JsonLdRoundTripTests
{
    public static TheoryData<string> TurtleEvalCases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var entry in W3cSuite.Entries("rdf-turtle").Where(e => e.Kind == W3cTestKind.Eval))
            {
                data.Add(entry.Key);
            }

            if (data.Count == 0)
            {
                data.Add("(suite not found)");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(TurtleEvalCases))]
    public void JsonLdWriter_w3c_turtle_eval_input_reads_back_isomorphic(string name)
    {
        var entry = W3cSuite.Entries("rdf-turtle").FirstOrDefault(e => e.Key == name);
        if (entry is null)
        {
            Assert.Skip("W3C Turtle suite not found under the shared data folder");
        }

        var original = RdfIo.ParseFile(new TurtleParser(), entry.ActionPath, entry.BaseIri);
        var text = RdfIo.Write(o => new JsonLdWriter(o), original);
        RdfIo.AssertIsomorphic(original, RdfIo.Parse(new JsonLdParser(), text), name + "\n" + text);
    }

    [Fact]
    public void JsonLdWriter_stw_thesaurus_reads_back_isomorphic()
    {
        var path = SharedData.PathOf("stw", "stw-skos.ttl");
        var prefixes = new Dictionary<string, string>();
        List<Quad> original;
        using (var reader = File.OpenText(path))
        {
            original = new TurtleParser().Parse(reader, new RdfParserOptions { OnPrefix = (p, ns) => prefixes[p] = ns }).ToList();
        }

        var clock = Stopwatch.StartNew();
        var text = RdfIo.Write(o => new JsonLdWriter(o, new RdfWriterOptions { Prefixes = prefixes }), original);
        var written = clock.Elapsed;
        clock.Restart();
        var reread = RdfIo.Parse(new JsonLdParser(), text);
        var read = clock.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"STW: {original.Count} statements, JSON-LD {text.Length / 1024} KiB, write {written.TotalMilliseconds:F0} ms, parse {read.TotalMilliseconds:F0} ms");

        Assert.Equal(original.Distinct().Count(), reread.Count);
        Assert.Contains("\"skos:prefLabel\"", text, StringComparison.Ordinal);
        RdfIo.AssertIsomorphic(original, reread, "stw-skos.ttl");
    }
}
