namespace Vocab.Rdf.Tests.RdfXml;

public sealed class RdfXmlParserTests
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Head = "<rdf:RDF xmlns:rdf='" + Rdf + "' xmlns:ex='http://ex.org/'>";

    private static List<Quad> Parse(string xml, string? baseIri = "http://base.org/doc") =>
        new RdfXmlParser().Parse(new StringReader(xml), new RdfParserOptions { BaseIri = baseIri, SourceName = "t.rdf" }).ToList();

    private static string[] Lines(List<Quad> quads) => quads.Select(q => q.ToString()).Order(StringComparer.Ordinal).ToArray();

    private static string[] Sorted(params string[] lines) => lines.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void TypedNode_withPropertyAttributesAndLang_givesTypeAndLowerCasedLangLiterals()
    {
        var quads = Parse(Head + "<ex:Concept rdf:about='c1' ex:note='hi' xml:lang='EN-GB'><ex:label>Cat</ex:label>"
            + "<ex:label xml:lang=''>plain</ex:label></ex:Concept></rdf:RDF>");

        Assert.Equal(
            Sorted(
                "<http://base.org/c1> <" + Rdf + "type> <http://ex.org/Concept> .",
                "<http://base.org/c1> <http://ex.org/note> \"hi\"@en-gb .",
                "<http://base.org/c1> <http://ex.org/label> \"Cat\"@en-gb .",
                "<http://base.org/c1> <http://ex.org/label> \"plain\" ."),
            Lines(quads));
    }

    [Fact]
    public void PropertyElements_resourceNodeIdAndDatatype_giveIriBlankAndTypedObjects()
    {
        var quads = Parse(Head + "<rdf:Description rdf:about='http://ex.org/s'>"
            + "<ex:p rdf:resource='#o'/><ex:q rdf:nodeID='n1'/><ex:r rdf:datatype='http://www.w3.org/2001/XMLSchema#integer'>42</ex:r>"
            + "</rdf:Description></rdf:RDF>");

        Assert.Equal(
            Sorted(
                "<http://ex.org/s> <http://ex.org/p> <http://base.org/doc#o> .",
                "<http://ex.org/s> <http://ex.org/q> _:n1 .",
                "<http://ex.org/s> <http://ex.org/r> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> ."),
            Lines(quads));
    }

    [Fact]
    public void RdfLi_inContainer_numbersMembersFromOne()
    {
        var quads = Parse(Head + "<rdf:Seq rdf:about='http://ex.org/seq'><rdf:li>a</rdf:li><rdf:li>b</rdf:li><rdf:_7>c</rdf:_7><rdf:li>d</rdf:li></rdf:Seq></rdf:RDF>");

        Assert.Equal(
            Sorted(
                "<http://ex.org/seq> <" + Rdf + "type> <" + Rdf + "Seq> .",
                "<http://ex.org/seq> <" + Rdf + "_1> \"a\" .",
                "<http://ex.org/seq> <" + Rdf + "_2> \"b\" .",
                "<http://ex.org/seq> <" + Rdf + "_7> \"c\" .",
                "<http://ex.org/seq> <" + Rdf + "_3> \"d\" ."),
            Lines(quads));
    }

    [Fact]
    public void RdfId_onPropertyElement_reifiesTheStatement()
    {
        var quads = Parse(Head + "<rdf:Description rdf:about='http://ex.org/s'><ex:p rdf:ID='st'>v</ex:p></rdf:Description></rdf:RDF>");

        Assert.Equal(
            Sorted(
                "<http://ex.org/s> <http://ex.org/p> \"v\" .",
                "<http://base.org/doc#st> <" + Rdf + "type> <" + Rdf + "Statement> .",
                "<http://base.org/doc#st> <" + Rdf + "subject> <http://ex.org/s> .",
                "<http://base.org/doc#st> <" + Rdf + "predicate> <http://ex.org/p> .",
                "<http://base.org/doc#st> <" + Rdf + "object> \"v\" ."),
            Lines(quads));
    }

    [Fact]
    public void ParseTypeResource_givesBlankNodeWithNestedProperties()
    {
        var quads = Parse(Head + "<rdf:Description rdf:about='http://ex.org/s'><ex:p rdf:parseType='Resource'><ex:q>v</ex:q></ex:p></rdf:Description></rdf:RDF>");

        Assert.Equal(2, quads.Count);
        var node = Assert.IsType<BlankNode>(quads[0].Obj);
        Assert.Equal(new Quad(node, new Iri("http://ex.org/q"), Literal.String("v")), quads[1]);
    }

    [Fact]
    public void ParseTypeCollection_givesRdfList()
    {
        var quads = Parse(Head + "<rdf:Description rdf:about='http://ex.org/s'><ex:p rdf:parseType='Collection'>"
            + "<rdf:Description rdf:about='http://ex.org/a'/><rdf:Description rdf:about='http://ex.org/b'/></ex:p>"
            + "<ex:empty rdf:parseType='Collection'/></rdf:Description></rdf:RDF>");

        var head = Assert.Single(quads, q => q.Predicate.Value == "http://ex.org/p").Obj;
        var members = new List<Term>();
        for (var cell = head; cell != new Iri(Rdf + "nil");)
        {
            members.Add(Assert.Single(quads, q => q.Subject == cell && q.Predicate.Value == Rdf + "first").Obj);
            cell = Assert.Single(quads, q => q.Subject == cell && q.Predicate.Value == Rdf + "rest").Obj;
        }

        Assert.Equal([new Iri("http://ex.org/a"), new Iri("http://ex.org/b")], members);
        Assert.Equal(new Iri(Rdf + "nil"), Assert.Single(quads, q => q.Predicate.Value == "http://ex.org/empty").Obj);
    }

    [Fact]
    public void ParseTypeLiteral_givesExclusiveCanonicalXml()
    {
        var quads = Parse(Head + "<rdf:Description rdf:about='http://ex.org/s'>"
            + "<ex:p rdf:parseType='Literal'><b xmlns='http://www.w3.org/1999/xhtml' z='1' a='x&amp;y'>t &lt; u<br/></b><!-- gone --><ex:i/></ex:p>"
            + "</rdf:Description></rdf:RDF>");

        var literal = Assert.IsType<Literal>(Assert.Single(quads).Obj);
        Assert.Equal(Rdf + "XMLLiteral", literal.Datatype);
        Assert.Equal(
            "<b xmlns=\"http://www.w3.org/1999/xhtml\" a=\"x&amp;y\" z=\"1\">t &lt; u<br></br></b><ex:i xmlns:ex=\"http://ex.org/\"></ex:i>",
            literal.Value);
    }

    [Fact]
    public void XmlBase_onElements_resolvesRelativeIris()
    {
        var quads = Parse("<rdf:RDF xmlns:rdf='" + Rdf + "' xmlns:ex='http://ex.org/' xml:base='http://a.org/x/y'>"
            + "<rdf:Description rdf:about='../z'><ex:p rdf:resource='q' xml:base='http://b.org/dir/'/></rdf:Description></rdf:RDF>");

        Assert.Equal(["<http://a.org/z> <http://ex.org/p> <http://b.org/dir/q> ."], Lines(quads));
    }

    [Fact]
    public void RootNodeElement_withoutRdfRdf_isParsed()
    {
        var quads = Parse("<ex:Thing xmlns:rdf='" + Rdf + "' xmlns:ex='http://ex.org/' rdf:about='http://ex.org/t'/>");

        Assert.Equal(["<http://ex.org/t> <" + Rdf + "type> <http://ex.org/Thing> ."], Lines(quads));
    }

    [Fact]
    public void InternalSubsetEntities_areExpanded()
    {
        var quads = Parse("<?xml version='1.0'?><!DOCTYPE rdf:RDF [<!ENTITY ex 'http://ex.org/'>]>"
            + Head + "<rdf:Description rdf:about='&ex;s'><ex:p rdf:resource='&ex;o'/></rdf:Description></rdf:RDF>");

        Assert.Equal(["<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> ."], Lines(quads));
    }

    [Fact]
    public void EntityExpansionBomb_isRejected()
    {
        var entities = "<!ENTITY a0 '0123456789'>" + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY a{i} '&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};'>"));
        var xml = "<!DOCTYPE rdf:RDF [" + entities + "]>" + Head + "<rdf:Description rdf:about='http://ex.org/s' ex:p='&a9;'/></rdf:RDF>";

        Assert.Throws<RdfSyntaxException>(() => Parse(xml));
    }

    [Fact]
    public void OnPrefix_reportsNamespaceDeclarations()
    {
        var prefixes = new List<(string, string)>();
        _ = new RdfXmlParser().Parse(new StringReader(Head + "</rdf:RDF>"), new RdfParserOptions { OnPrefix = (p, ns) => prefixes.Add((p, ns)) }).ToList();

        Assert.Equal([("rdf", Rdf), ("ex", "http://ex.org/")], prefixes);
    }

    [Fact]
    public void Parse_isLazy_statementsComeBeforeALaterError()
    {
        var xml = Head + "<rdf:Description rdf:about='http://ex.org/s' ex:p='1'/><rdf:Description rdf:about='http://ex.org/t' ex:p='2'/><broken></rdf:RDF>";
        using var e = new RdfXmlParser().Parse(new StringReader(xml)).GetEnumerator();

        Assert.True(e.MoveNext());
        Assert.Equal("<http://ex.org/s> <http://ex.org/p> \"1\" .", e.Current.ToString());
        Assert.Throws<RdfSyntaxException>(() => { while (e.MoveNext()) { } });
    }

    [Fact]
    public void MalformedXml_throwsSyntaxExceptionWithPosition()
    {
        var ex = Assert.Throws<RdfSyntaxException>(() => Parse(Head + "\n<rdf:Description rdf:about='x'>\n  <ex:p>v</ex:q>\n</rdf:Description></rdf:RDF>"));

        Assert.Equal(3, ex.Line);
        Assert.True(ex.Column > 1);
        Assert.Equal("t.rdf", ex.Source);
    }

    [Theory]
    [InlineData("<rdf:Description rdf:about='http://ex.org/s'><ex:p rdf:resource='http://ex.org/o'>text</ex:p></rdf:Description>")]
    [InlineData("<rdf:Description rdf:about='http://ex.org/s'><ex:p>text<rdf:Description/></ex:p></rdf:Description>")]
    [InlineData("<rdf:Description rdf:about='http://ex.org/s'><ex:p><rdf:Description/><rdf:Description/></ex:p></rdf:Description>")]
    [InlineData("<rdf:Description rdf:about='http://ex.org/s'>loose text</rdf:Description>")]
    [InlineData("<rdf:Description rdf:about='http://ex.org/s' rdf:ID='x'/>")]
    [InlineData("<rdf:Description rdf:resource='http://ex.org/s'/>")]
    [InlineData("<rdf:Description rdf:about='http://ex.org/s'><ex:p rdf:about='http://ex.org/o'/></rdf:Description>")]
    [InlineData("<rdf:Description rdf:about='http://ex.org/s'><ex:p rdf:parseType='Resource' rdf:resource='http://ex.org/o'/></rdf:Description>")]
    [InlineData("<rdf:Description rdf:about='http://ex.org/s' unqualified='v'/>")]
    [InlineData("<rdf:Description rdf:about='http://ex.org/s'><rdf:Description/></rdf:Description>")]
    [InlineData("<rdf:li/>")]
    [InlineData("<rdf:Description rdf:bagID='b'/>")]
    [InlineData("<rdf:Description rdf:ID='a'/><rdf:Description rdf:ID='a'/>")]
    public void InvalidRdfXml_throwsSyntaxException(string body)
    {
        var ex = Assert.Throws<RdfSyntaxException>(() => Parse(Head + body + "</rdf:RDF>"));

        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void RelativeIri_withoutBase_throwsSyntaxException()
    {
        var ex = Assert.Throws<RdfSyntaxException>(() => Parse(Head + "<rdf:Description rdf:about='rel'/></rdf:RDF>", baseIri: null));

        Assert.Contains("no base IRI", ex.Reason, StringComparison.Ordinal);
    }
}
