using System.Text.Encodings.Web;
using System.Text.Json;
using Vocab.Core;
using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.JsonLd;

/// <summary>The shape of <see cref="JsonLdWriter"/> output, and that it always reads back as the same dataset.</summary>
public sealed class JsonLdWriterTests
{
    private const string Ex = "http://example.org/";
    private static readonly Iri RdfType = new(Vocabulary.Rdf.Type);
    private static readonly JsonSerializerOptions Minified = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void JsonLdWriter_skos_concept_uses_prefixes_types_and_language_values()
    {
        var c = new Iri(Ex + "c");
        Quad[] quads =
        [
            new(c, RdfType, new Iri(Iris.Skos.Concept)),
            new(c, new Iri(Iris.Skos.PrefLabel), Literal.LangString("electron microscope", "en")),
            new(c, new Iri(Iris.Skos.PrefLabel), Literal.LangString("電子顕微鏡", "ja")),
            new(c, new Iri(Iris.Skos.Broader), new Iri(Ex + "b")),
            new(c, new Iri(Iris.Skos.Notation), Literal.String("EM")),
            new(c, new Iri(Iris.Dct.Modified), new Literal("2025-01-01", Vocabulary.Xsd.Ns + "date")),
        ];
        var text = Write(quads, new RdfWriterOptions { Prefixes = new Dictionary<string, string> { ["ex"] = Ex } });

        using var json = JsonDocument.Parse(text);
        var context = json.RootElement.GetProperty("@context");
        Assert.Equal(["dct", "ex", "skos", "xsd"], context.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Iris.Skos.Ns, context.GetProperty("skos").GetString());
        var node = Assert.Single(json.RootElement.GetProperty("@graph").EnumerateArray());
        Assert.Equal("ex:c", node.GetProperty("@id").GetString());
        Assert.Equal("skos:Concept", node.GetProperty("@type").GetString());
        var ja = node.GetProperty("skos:prefLabel")[1];
        Assert.Equal(("電子顕微鏡", "ja"), (ja.GetProperty("@value").GetString(), ja.GetProperty("@language").GetString()));
        Assert.Equal("ex:b", node.GetProperty("skos:broader").GetProperty("@id").GetString());
        Assert.Equal("EM", node.GetProperty("skos:notation").GetString());
        Assert.Equal("xsd:date", node.GetProperty("dct:modified").GetProperty("@type").GetString());
        Assert.Contains("\"電子顕微鏡\"", text, StringComparison.Ordinal);
        AssertReadsBack(quads, text);
    }

    [Fact]
    public void JsonLdWriter_blank_node_used_once_is_nested_and_shared_one_is_labelled()
    {
        var once = new BlankNode("once");
        var twice = new BlankNode("twice");
        Quad[] quads =
        [
            new(new Iri(Ex + "a"), new Iri(Ex + "p"), once),
            new(once, new Iri(Ex + "q"), Literal.String("nested")),
            new(new Iri(Ex + "a"), new Iri(Ex + "r"), twice),
            new(new Iri(Ex + "b"), new Iri(Ex + "r"), twice),
            new(twice, new Iri(Ex + "q"), Literal.String("shared")),
        ];
        var text = Write(quads, Prefixed());
        using var json = JsonDocument.Parse(text);
        var nodes = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(3, nodes.Count);
        Assert.Equal("nested", nodes[0].GetProperty("ex:p").GetProperty("ex:q").GetString());
        Assert.Equal("_:b0", nodes[0].GetProperty("ex:r").GetProperty("@id").GetString());
        Assert.Equal("_:b0", nodes[2].GetProperty("@id").GetString());
        AssertReadsBack(quads, text);
    }

    [Fact]
    public void JsonLdWriter_blank_node_cycles_read_back_isomorphic()
    {
        BlankNode a = new("a"), b = new("b"), self = new("self");
        var p = new Iri(Ex + "p");
        Quad[] quads = [new(a, p, b), new(b, p, a), new(self, p, self), new(new Iri(Ex + "s"), p, Literal.String("x"))];
        AssertReadsBack(quads, Write(quads, Prefixed()));
    }

    [Fact]
    public void JsonLdWriter_well_formed_list_becomes_a_list_object_and_a_broken_one_stays_nodes()
    {
        var quads = RdfIo.Parse(new TurtleParser(), """
            @prefix ex: <http://example.org/> .
            ex:s ex:steps ("align" ex:focus [ ex:q 1 ] ("nested" "list")) ;
                 ex:empty () .
            ex:s ex:broken _:c1 .
            _:c1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "x" ;
                 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> ;
                 ex:extra "a list cell with another property" .
            """);
        var text = Write(quads, Prefixed());
        using var json = JsonDocument.Parse(text);
        var node = json.RootElement.GetProperty("@graph")[0];
        var steps = node.GetProperty("ex:steps").GetProperty("@list");
        Assert.Equal(4, steps.GetArrayLength());
        Assert.Equal("list", steps[3].GetProperty("@list")[1].GetString());
        Assert.Equal(0, node.GetProperty("ex:empty").GetProperty("@list").GetArrayLength());
        Assert.Equal("x", node.GetProperty("ex:broken").GetProperty("rdf:first").GetString());
        AssertReadsBack(quads, text);
    }

    [Fact]
    public void JsonLdWriter_named_graphs_become_graph_objects()
    {
        var quads = RdfIo.Parse(new TriGParser(), """
            @prefix ex: <http://example.org/> .
            ex:g1 ex:source "described in the default graph" .
            ex:g1 { ex:a ex:p [ ex:q "nested inside g1" ] . }
            _:g2 { ex:b ex:p "in a blank node graph" . }
            ex:g3 { ex:c ex:p _:shared . }
            ex:g4 { _:shared ex:q "a blank node described in another graph" . }
            """);
        var text = Write(quads, Prefixed());
        using var json = JsonDocument.Parse(text);
        var nodes = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var g1 = nodes.Single(n => n.GetProperty("@id").GetString() == "ex:g1");
        Assert.Equal("described in the default graph", g1.GetProperty("ex:source").GetString());
        Assert.Equal("nested inside g1", g1.GetProperty("@graph")[0].GetProperty("ex:p").GetProperty("ex:q").GetString());
        Assert.Equal(4, nodes.Count(n => n.TryGetProperty("@graph", out _)));
        AssertReadsBack(quads, text);
    }

    [Fact]
    public void JsonLdWriter_base_iri_writes_ids_relative_to_it()
    {
        var item = new Iri("http://example.org/data/item1");
        Quad[] quads =
        [
            new(item, new Iri(Ex + "p"), new Iri("http://example.org/data/item2#part")),
            new(item, new Iri(Ex + "p"), new Iri("http://example.org/data/doc#frag")),
            new(item, new Iri(Ex + "p"), new Iri("http://example.org/data/sub/item3")),
            new(item, new Iri(Ex + "p"), new Iri("http://example.org/elsewhere")),
            new(item, new Iri(Ex + "p"), new Iri("http://example.org/data/a:b")),
        ];
        var text = Write(quads, new RdfWriterOptions { BaseIri = "http://example.org/data/doc" });
        using var json = JsonDocument.Parse(text);
        Assert.Equal("http://example.org/data/doc", json.RootElement.GetProperty("@context").GetProperty("@base").GetString());
        var node = json.RootElement.GetProperty("@graph")[0];
        Assert.Equal("item1", node.GetProperty("@id").GetString());
        Assert.Equal(
            ["item2#part", "#frag", "sub/item3", "http://example.org/elsewhere", "http://example.org/data/a:b"],
            node.GetProperty(Ex + "p").EnumerateArray().Select(v => v.GetProperty("@id").GetString()));
        AssertReadsBack(quads, text);
    }

    [Fact]
    public void JsonLdWriter_prefix_named_like_an_iri_scheme_is_left_out()
    {
        Quad[] quads =
        [
            new(new Iri("urn:isbn:0451450523"), new Iri("http://example.org/urn/title"), Literal.String("x")),
            new(new Iri("http://example.org/urn/a"), new Iri("http://example.org/urn/title"), Literal.String("y")),
        ];
        var text = Write(quads, new RdfWriterOptions { Prefixes = new Dictionary<string, string> { ["urn"] = "http://example.org/urn/" } });
        Assert.DoesNotContain("\"urn\":", text, StringComparison.Ordinal);
        AssertReadsBack(quads, text);
    }

    [Fact]
    public void JsonLdWriter_namespace_without_gen_delim_is_declared_as_prefix()
    {
        Quad[] quads = [new(new Iri("http://purl.obolibrary.org/obo/CHMO_0000104"), RdfType, new Iri(Iris.Owl.Class))];
        var text = Write(quads, new RdfWriterOptions
        {
            Prefixes = new Dictionary<string, string> { ["chmo"] = "http://purl.obolibrary.org/obo/CHMO_" },
        });
        using var json = JsonDocument.Parse(text);
        var chmo = json.RootElement.GetProperty("@context").GetProperty("chmo");
        Assert.True(chmo.GetProperty("@prefix").GetBoolean());
        Assert.Equal("chmo:0000104", json.RootElement.GetProperty("@graph")[0].GetProperty("@id").GetString());
        Assert.Equal("owl:Class", json.RootElement.GetProperty("@graph")[0].GetProperty("@type").GetString());
        AssertReadsBack(quads, text);
    }

    [Theory]
    [InlineData("42", Vocabulary.Xsd.Integer, "42")]
    [InlineData("-7", Vocabulary.Xsd.Integer, "-7")]
    [InlineData("12345678901234567890", Vocabulary.Xsd.Integer, "12345678901234567890")]
    [InlineData("007", Vocabulary.Xsd.Integer, """{"@value":"007","@type":"xsd:integer"}""")]
    [InlineData("-0", Vocabulary.Xsd.Integer, """{"@value":"-0","@type":"xsd:integer"}""")]
    [InlineData("true", Vocabulary.Xsd.Boolean, "true")]
    [InlineData("1", Vocabulary.Xsd.Boolean, """{"@value":"1","@type":"xsd:boolean"}""")]
    [InlineData("1.5E0", Vocabulary.Xsd.Double, """{"@value":"1.5E0","@type":"xsd:double"}""")]
    [InlineData("plain", Vocabulary.Xsd.String, "\"plain\"")]
    [InlineData("{\"a\":[1,2]}", Vocabulary.Rdf.Json, """{"@value":"{\"a\":[1,2]}","@type":"rdf:JSON"}""")]
    public void JsonLdWriter_literal_is_written_in_a_form_that_reads_back_exactly(string lexical, string datatype, string expectedJson)
    {
        var literal = new Literal(lexical, datatype);
        Quad[] quads = [new(new Iri(Ex + "s"), new Iri(Ex + "p"), literal)];
        var text = Write(quads, Prefixed());
        using var json = JsonDocument.Parse(text);
        var value = json.RootElement.GetProperty("@graph")[0].GetProperty("ex:p");
        Assert.Equal(expectedJson, JsonSerializer.Serialize(value, Minified));
        Assert.Equal(literal, Assert.Single(RdfIo.Parse(new JsonLdParser(), text)).Obj);
    }

    [Fact]
    public void JsonLdWriter_rdf_type_with_literal_object_stays_a_property()
    {
        Quad[] quads = [new(new Iri(Ex + "s"), RdfType, Literal.String("not a class")), new(new Iri(Ex + "s"), RdfType, new BlankNode("t"))];
        var text = Write(quads, Prefixed());
        using var json = JsonDocument.Parse(text);
        var node = json.RootElement.GetProperty("@graph")[0];
        Assert.Equal("not a class", node.GetProperty("rdf:type").GetString());
        Assert.Equal("_:b0", node.GetProperty("@type").GetString());
        AssertReadsBack(quads, text);
    }

    [Fact]
    public void JsonLdWriter_long_chain_of_blank_nodes_reads_back_isomorphic()
    {
        // Each node is used once, so each would nest in the previous one; the writer stops nesting at a fixed depth.
        var next = new Iri(Ex + "next");
        var quads = new List<Quad> { new(new Iri(Ex + "head"), next, new BlankNode("n0")) };
        for (var i = 0; i < 1000; i++)
        {
            quads.Add(new Quad(new BlankNode("n" + i), next, new BlankNode("n" + (i + 1))));
        }

        var text = Write(quads, Prefixed());
        AssertReadsBack(quads, text);
    }

    [Fact]
    public void JsonLdWriter_empty_dataset_is_an_empty_graph()
    {
        var text = Write([], null);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(0, json.RootElement.GetProperty("@graph").GetArrayLength());
        Assert.Empty(RdfIo.Parse(new JsonLdParser(), text));
    }

    [Fact]
    public void JsonLdWriter_duplicate_statements_are_written_once()
    {
        var quad = new Quad(new Iri(Ex + "s"), new Iri(Ex + "p"), Literal.String("o"));
        var text = Write([quad, quad], Prefixed());
        using var json = JsonDocument.Parse(text);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("@graph")[0].GetProperty("ex:p").ValueKind);
    }

    private static RdfWriterOptions Prefixed() => new() { Prefixes = new Dictionary<string, string> { ["ex"] = Ex } };

    private static string Write(IEnumerable<Quad> quads, RdfWriterOptions? options) => RdfIo.Write(o => new JsonLdWriter(o, options), quads);

    private static void AssertReadsBack(IReadOnlyCollection<Quad> quads, string text) =>
        RdfIo.AssertIsomorphic(quads, RdfIo.Parse(new JsonLdParser(), text), text);
}
