namespace Vocab.Rdf.Tests.RdfXml;

public sealed class RdfXmlWriterTests
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";

    private static string Write(IEnumerable<Quad> quads, IReadOnlyDictionary<string, string>? prefixes = null)
    {
        var text = new StringWriter();
        using var writer = new RdfXmlWriter(text, new RdfWriterOptions { Prefixes = prefixes ?? new Dictionary<string, string>() });
        foreach (var quad in quads)
        {
            writer.Write(quad);
        }

        writer.End();
        return text.ToString();
    }

    private static string[] Lines(IEnumerable<Quad> quads) => quads.Select(q => q.ToString()).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Write_skosConcept_usesPrefixesTypedNodeAndLiteralForms()
    {
        var concept = new Iri("http://ex.org/c1");
        Quad[] quads =
        [
            new(concept, new Iri(Rdf + "type"), new Iri(Skos + "Concept")),
            new(concept, new Iri(Skos + "prefLabel"), Literal.LangString("Electron microscope", "en")),
            new(concept, new Iri(Skos + "prefLabel"), Literal.LangString("電子顕微鏡", "ja")),
            new(concept, new Iri(Skos + "notation"), new Literal("12", "http://www.w3.org/2001/XMLSchema#integer")),
            new(concept, new Iri(Skos + "broader"), new Iri("http://ex.org/c0")),
        ];

        var xml = Write(quads, new Dictionary<string, string> { ["skos"] = Skos });

        Assert.Contains("xmlns:skos=\"" + Skos + "\"", xml, StringComparison.Ordinal);
        Assert.Contains("<skos:Concept rdf:about=\"http://ex.org/c1\">", xml, StringComparison.Ordinal);
        Assert.Contains("<skos:prefLabel xml:lang=\"ja\">電子顕微鏡</skos:prefLabel>", xml, StringComparison.Ordinal);
        Assert.Contains("<skos:notation rdf:datatype=\"http://www.w3.org/2001/XMLSchema#integer\">12</skos:notation>", xml, StringComparison.Ordinal);
        Assert.Contains("<skos:broader rdf:resource=\"http://ex.org/c0\"/>", xml, StringComparison.Ordinal);
        Assert.Equal(Lines(quads), Lines(new RdfXmlParser().Parse(new StringReader(xml))));
    }

    [Fact]
    public void Write_awkwardTextAndNamesWithoutPrefixes_roundTrips()
    {
        var s = new Iri("http://ex.org/a b?x=1&y=\"2\"");
        Quad[] quads =
        [
            new(s, new Iri("http://other.org/vocab#p-1.x"), Literal.String("a < b && c > d ]]> \"q\" 'r'\r\n\ttab  ")),
            new(s, new Iri("http://other.org/vocab#p-1.x"), Literal.String(string.Empty)),
            new(s, new Iri("http://other.org/vocab#p-1.x"), Literal.LangString(string.Empty, "de")),
            new(s, new Iri("http://other.org/vocab#p-1.x"), new Literal(string.Empty, "http://ex.org/dt")),
            new(s, new Iri("urn:x-ex:123abc"), new Literal("<b>x</b>", Rdf + "XMLLiteral")),
            new(s, new Iri(Rdf + "type"), new Iri("http://ex.org/Class#")),
            new(s, new Iri(Rdf + "_3"), Literal.String("😀 supplementary")),
        ];

        var xml = Write(quads);

        Assert.Contains("xmlns:ns0=", xml, StringComparison.Ordinal);
        Assert.Equal(Lines(quads), Lines(new RdfXmlParser().Parse(new StringReader(xml))));
    }

    [Fact]
    public void Write_blankNodesAndGraphNames_usesNodeIdsAndDropsGraphs()
    {
        var b = new BlankNode("x.y");
        var graph = new Iri("http://ex.org/g");
        Quad[] quads =
        [
            new(new Iri("http://ex.org/s"), new Iri("http://ex.org/p"), b, graph),
            new(b, new Iri("http://ex.org/q"), Literal.String("v"), graph),
        ];

        var back = new RdfXmlParser().Parse(new StringReader(Write(quads))).ToList();

        Assert.Equal(2, back.Count);
        Assert.All(back, q => Assert.Null(q.Graph));
        var node = Assert.IsType<BlankNode>(back[0].Obj);
        Assert.Equal(node, back[1].Subject);
    }

    [Theory]
    [InlineData("http://ex.org/vocab/")]
    [InlineData("http://ex.org/123")]
    [InlineData(Rdf + "about")]
    [InlineData(Rdf + "li")]
    public void Write_predicateWithoutXmlName_throwsNamingTheIri(string predicate)
    {
        var quads = new[] { new Quad(new Iri("http://ex.org/s"), new Iri(predicate), Literal.String("v")) };

        var ex = Assert.Throws<InvalidOperationException>(() => Write(quads));

        Assert.Contains(predicate, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_toLatin1_escapesOtherCharactersAsReferences()
    {
        var quads = new[] { new Quad(new Iri("http://ex.org/é"), new Iri("http://ex.org/p"), Literal.LangString("電子顕微鏡 😀 café", "ja")) };
        var bytes = new MemoryStream();
        using (var latin1 = new StreamWriter(bytes, System.Text.Encoding.Latin1, leaveOpen: true))
        using (var writer = new RdfXmlWriter(latin1))
        {
            writer.Write(quads[0]);
            writer.End();
        }

        bytes.Position = 0;
        using var reader = new StreamReader(bytes, System.Text.Encoding.Latin1);
        var xml = reader.ReadToEnd();

        Assert.Contains("encoding=\"iso-8859-1\"", xml, StringComparison.Ordinal);
        Assert.Contains("&#x96FB;", xml, StringComparison.Ordinal);
        Assert.Equal(Lines(quads), Lines(new RdfXmlParser().Parse(new StringReader(xml))));
    }

    [Fact]
    public void Write_characterXmlCannotHold_throws()
    {
        var quads = new[] { new Quad(new Iri("http://ex.org/s"), new Iri("http://ex.org/p"), Literal.String("bell\u0007")) };

        Assert.Throws<InvalidOperationException>(() => Write(quads));
    }
}
