using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.Turtle;

/// <summary>Turtle and TriG parser behaviour beyond the W3C suites: positions, blank node scoping, prefixes, big tokens.</summary>
public sealed class TurtleParserTests
{
    private const string Ex = "http://example.org/";

    [Theory]
    [InlineData("<http://a/s> <http://a/p> <http://a/o> <http://a/x> .", 1, 40, "expected '.' after triple, found '<'")]
    [InlineData("@prefix : <http://a/> .\n:s :p :o ;\n  :q ", 3, 6, "expected an object, found end of input")]
    [InlineData("@prefix : <http://a/> .\n\n  :s :p \"x\n\" .", 3, 11, "line break in a string")]
    [InlineData("<http://a/s> <http://a/p> ex:o .", 1, 27, "undefined prefix 'ex:'")]
    [InlineData("<s> <http://a/p> <http://a/o> .", 1, 1, "relative IRI <s> with no base IRI")]
    [InlineData("@prefix : <http://a/> .\r\n:s :p :o , .", 2, 12, "expected an object, found '.'")]
    [InlineData("<http://a/s> <http://a/p> \"x\"@1 .", 1, 30, "malformed language tag")]
    public void TurtleParser_syntax_error_reports_line_and_column(string text, int line, int column, string message)
    {
        var e = Assert.Throws<RdfSyntaxException>(() => RdfIo.Parse(new TurtleParser(), text));
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(message, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TurtleParser_error_position_counts_lines_dropped_from_the_buffer()
    {
        var filler = string.Concat(Enumerable.Repeat("<http://a/s> <http://a/p> \"some text to fill the buffer\" .\n", 5000));
        var e = Assert.Throws<RdfSyntaxException>(() => RdfIo.Parse(new TurtleParser(), filler + "<http://a/s> <http://a/p> ;"));
        Assert.Equal((5001, 27), (e.Line, e.Column));
    }

    [Fact]
    public void TurtleParser_source_name_is_in_the_message()
    {
        var e = Assert.Throws<RdfSyntaxException>(() =>
            new TurtleParser().Parse(new StringReader("<http://a/s> ."), new RdfParserOptions { SourceName = "x.ttl" }).ToList());
        Assert.StartsWith("x.ttl:1:14: expected a predicate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TurtleParser_blank_node_labels_are_unique_per_document()
    {
        const string text = "_:a <http://a/p> _:a . _:genid1 <http://a/p> [] .";
        var first = RdfIo.Parse(new TurtleParser(), text);
        var second = RdfIo.Parse(new TurtleParser(), text);
        Assert.Equal(first[0].Subject, first[0].Obj);
        Assert.NotEqual(first[0].Subject, second[0].Subject);
        Assert.NotEqual(first[1].Subject, first[1].Obj);
        Assert.Equal(3, first.Concat(second).SelectMany(q => new[] { q.Subject, q.Obj }).Distinct().Count() - 3);
    }

    [Fact]
    public void TurtleParser_prefixes_are_reported()
    {
        var seen = new List<(string, string)>();
        var options = new RdfParserOptions { BaseIri = Ex, OnPrefix = (p, ns) => seen.Add((p, ns)) };
        _ = new TurtleParser().Parse(new StringReader("@prefix a: <a#> .\nPREFIX : <http://b/>\n:s :p :o ."), options).ToList();
        Assert.Equal([("a", Ex + "a#"), (string.Empty, "http://b/")], seen);
    }

    [Theory]
    [InlineData("1", Vocabulary.Xsd.Integer)]
    [InlineData("-1.5", Vocabulary.Xsd.Decimal)]
    [InlineData(".5", Vocabulary.Xsd.Decimal)]
    [InlineData("1e3", Vocabulary.Xsd.Double)]
    [InlineData("1.E-3", Vocabulary.Xsd.Double)]
    [InlineData("true", Vocabulary.Xsd.Boolean)]
    public void TurtleParser_bare_literal_has_its_datatype(string lexical, string datatype)
    {
        var quad = Assert.Single(RdfIo.Parse(new TurtleParser(), $"<http://a/s> <http://a/p> {lexical} ."));
        Assert.Equal(new Literal(lexical, datatype), quad.Obj);
    }

    [Fact]
    public void TurtleParser_integer_before_final_dot_is_an_integer()
    {
        var quad = Assert.Single(RdfIo.Parse(new TurtleParser(), "<http://a/s> <http://a/p> 7."));
        Assert.Equal(new Literal("7", Vocabulary.Xsd.Integer), quad.Obj);
    }

    [Fact]
    public void TurtleParser_tokens_longer_than_the_buffer_are_read_whole()
    {
        var longText = new string('x', 300_000) + "\\n" + new string('y', 10);
        var longIri = Ex + new string('i', 150_000);
        var comment = "# " + new string('c', 200_000) + "\n";
        var quads = RdfIo.Parse(new TurtleParser(), $"{comment}<{longIri}> <http://a/p> \"{longText}\", \"\"\"{longText}\"\"\" .");
        Assert.Equal(2, quads.Count);
        Assert.Equal(longIri, ((Iri)quads[0].Subject).Value);
        Assert.Equal(new string('x', 300_000) + "\n" + new string('y', 10), ((Literal)quads[0].Obj).Value);
        Assert.Equal(((Literal)quads[0].Obj).Value, ((Literal)quads[1].Obj).Value);
    }

    [Fact]
    public void TriGParser_triples_outside_braces_are_in_the_default_graph()
    {
        var quads = RdfIo.Parse(new TriGParser(), """
            PREFIX : <http://example.org/>
            :a :b :c .
            GRAPH :g { :d :e :f . :g :h :i }
            { :j :k :l }
            """);
        Assert.Equal([null, new Iri(Ex + "g"), new Iri(Ex + "g"), null], quads.Select(q => q.Graph));
    }

    [Fact]
    public void TurtleParser_deep_nesting_is_an_error_not_a_crash()
    {
        var text = "<http://a/s> <http://a/p> " + new string('(', 5000) + ")";
        var e = Assert.Throws<RdfSyntaxException>(() => RdfIo.Parse(new TurtleParser(), text));
        Assert.Contains("nested", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TurtleParser_parses_lazily()
    {
        var quads = new TurtleParser().Parse(new StringReader("<http://a/s> <http://a/p> 1 . <http://a/s> <http://a/p> ."));
        using var e = quads.GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Throws<RdfSyntaxException>(() => e.MoveNext());
    }
}
