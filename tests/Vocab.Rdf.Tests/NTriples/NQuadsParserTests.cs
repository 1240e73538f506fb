using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.NTriples;

/// <summary>N-Triples / N-Quads parser behaviour beyond the W3C suites.</summary>
public sealed class NQuadsParserTests
{
    [Theory]
    [InlineData("<http://a/s> <http://a/p> <http://a/o> <http://a/g> .", 1, 40, "N-Triples has no graph term")]
    [InlineData("<http://a/s> <http://a/p> <http://a/o> .\n<http://a/s> <http://a/p>\n<http://a/o> .", 2, 26, "expected an IRI, blank node or literal")]
    [InlineData("# comment\r\n\r\n<http://a/s> <http://a/p> <http://a/o> . <http://a/s>", 3, 42, "expected end of line after '.'")]
    [InlineData("<http://a/s> <http://a/p> \"x\"^^<http://a/d> ", 1, 45, "expected '.' after triple, found end of input")]
    public void NTriplesParser_syntax_error_reports_line_and_column(string text, int line, int column, string message)
    {
        var e = Assert.Throws<RdfSyntaxException>(() => RdfIo.Parse(new NTriplesParser(), text));
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(message, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NQuadsParser_reads_graph_and_default_graph()
    {
        var quads = RdfIo.Parse(new NQuadsParser(), "<http://a/s> <http://a/p> \"v\"@EN-gb <http://a/g> .\r\n_:b <http://a/p> _:b .");
        Assert.Equal(new Iri("http://a/g"), quads[0].Graph);
        Assert.Equal(Literal.LangString("v", "en-gb"), quads[0].Obj);
        Assert.Null(quads[1].Graph);
        Assert.Equal(quads[1].Subject, quads[1].Obj);
    }

    [Fact]
    public void NTriplesParser_same_predicate_is_one_object()
    {
        var quads = RdfIo.Parse(new NTriplesParser(), "<http://a/s> <http://a/p> \"1\" .\n<http://a/t> <http://a/p> \"2\" .");
        Assert.Same(quads[0].Predicate, quads[1].Predicate);
    }

    [Fact]
    public void NTriplesParser_predicate_stays_one_object_across_many_distinct_subjects()
    {
        var text = string.Concat(Enumerable.Range(0, 150_000).Select(i => $"<http://a/s{i}> <http://a/p> \"v\"^^<http://a/d> .\n"));
        var quads = RdfIo.Parse(new NTriplesParser(), text);
        Assert.All(quads, q => Assert.Same(quads[0].Predicate, q.Predicate));
        Assert.All(quads, q => Assert.Same(((Literal)quads[0].Obj).Datatype, ((Literal)q.Obj).Datatype));
    }

    [Fact]
    public void NTriplesParser_labels_differ_between_documents()
    {
        var first = Assert.Single(RdfIo.Parse(new NTriplesParser(), "_:x <http://a/p> _:y ."));
        var second = Assert.Single(RdfIo.Parse(new NTriplesParser(), "_:x <http://a/p> _:y ."));
        Assert.NotEqual(first.Subject, second.Subject);
    }
}
