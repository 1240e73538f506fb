using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.Turtle;

/// <summary>TurtleWriter choices that the golden fixtures do not pin down on their own.</summary>
public sealed class TurtleWriterTests
{
    [Fact]
    public void TurtleWriter_with_base_writes_relative_iris_that_resolve_back()
    {
        var quads = RdfIo.Parse(new TurtleParser(), """
            <http://example.org/dir/doc> <http://example.org/dir/p#x> <http://example.org/dir/sub/o> ;
                <http://example.org/dir/doc#frag> <http://example.org/other/z> .
            """);
        var options = new RdfWriterOptions { BaseIri = "http://example.org/dir/doc" };
        var text = RdfIo.Write(o => new TurtleWriter(o, options), quads);
        Assert.StartsWith("@base <http://example.org/dir/doc> .\n", text, StringComparison.Ordinal);
        var body = text.Replace("\n    ", " ", StringComparison.Ordinal);
        Assert.Contains("<> <#frag> <http://example.org/other/z> ; <p#x> <sub/o> .", body, StringComparison.Ordinal);
        RdfIo.AssertIsomorphic(quads, RdfIo.Parse(new TurtleParser(), text, "http://elsewhere.example/"), text);
    }

    [Fact]
    public void TurtleWriter_declares_only_used_prefixes()
    {
        var quad = new Quad(new Iri("http://example.org/a"), new Iri(Vocab.Core.Iris.Skos.PrefLabel), Literal.LangString("x", "en"));
        var options = new RdfWriterOptions { Prefixes = new Dictionary<string, string> { ["ex"] = "http://example.org/", ["no"] = "http://unused/" } };
        var text = RdfIo.Write(o => new TurtleWriter(o, options), [quad]);
        Assert.Equal("@prefix ex: <http://example.org/> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\nex:a skos:prefLabel \"x\"@en .\n", text);
    }

    [Theory]
    [InlineData("a\"\"\"b")]
    [InlineData("ends with quote\"")]
    [InlineData("line\nbreak \"\" and \\ and \r and \t and \u0001")]
    [InlineData("\"\n\"")]
    [InlineData("")]
    public void TurtleWriter_awkward_string_reads_back_unchanged(string value)
    {
        var quad = new Quad(new Iri("http://example.org/s"), new Iri("http://example.org/p"), Literal.String(value));
        var text = RdfIo.Write(o => new TurtleWriter(o), [quad]);
        Assert.Equal(quad.Obj, Assert.Single(RdfIo.Parse(new TurtleParser(), text)).Obj);
    }

    [Fact]
    public void TurtleWriter_graphs_are_merged()
    {
        var s = new Iri("http://example.org/s");
        var p = new Iri("http://example.org/p");
        var text = RdfIo.Write(o => new TurtleWriter(o), [new Quad(s, p, s, new Iri("http://g/1")), new Quad(s, p, s, new Iri("http://g/2"))]);
        Assert.Equal("<http://example.org/s> <http://example.org/p> <http://example.org/s> .\n", text);
    }
}
