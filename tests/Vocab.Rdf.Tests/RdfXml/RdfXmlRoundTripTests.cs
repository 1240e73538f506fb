using System.Diagnostics;
using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.RdfXml;

public sealed class RdfXmlRoundTripTests
{
    [Fact]
    public void Stw_writtenAsRdfXml_parsesBackIsomorphic()
    {
        var path = SharedData.PathOf("stw", "stw-skos.ttl");
        var prefixes = new Dictionary<string, string>();
        List<Quad> original;
        using (var reader = File.OpenText(path))
        {
            original = new TurtleParser().Parse(reader, new RdfParserOptions { SourceName = path, OnPrefix = (p, ns) => prefixes[p] = ns }).ToList();
        }

        var clock = Stopwatch.StartNew();
        var xml = new StringWriter();
        using (var writer = new RdfXmlWriter(xml, new RdfWriterOptions { Prefixes = prefixes }))
        {
            foreach (var quad in original)
            {
                writer.Write(quad);
            }

            writer.End();
        }

        var written = clock.Elapsed;
        clock.Restart();
        var parsed = new RdfXmlParser().Parse(new StringReader(xml.ToString()), new RdfParserOptions { SourceName = "stw.rdf" }).ToList();
        var read = clock.Elapsed;

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"STW: {original.Count} triples, RDF/XML {xml.GetStringBuilder().Length / 1_000_000.0:F1} M chars, write {written.TotalMilliseconds:F0} ms, parse {read.TotalMilliseconds:F0} ms");
        Assert.True(original.Count > 10_000, $"STW gave only {original.Count} triples");
        Assert.True(GraphIsomorphism.AreIsomorphic(parsed, original), "STW changed in the RDF/XML round trip");
    }
}
