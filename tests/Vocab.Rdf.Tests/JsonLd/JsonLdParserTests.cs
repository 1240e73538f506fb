using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.JsonLd;

/// <summary>Parser behaviour beyond the golden fixtures: laziness, local contexts, prefixes, blank node scoping.</summary>
public sealed class JsonLdParserTests
{
    [Fact]
    public void JsonLdParser_parse_reads_nothing_until_enumerated()
    {
        var reader = new CountingReader("""{"@id": "http://example.org/s", "http://example.org/p": "o"}""");
        var quads = new JsonLdParser().Parse(reader);
        Assert.Equal(0, reader.Reads);
        Assert.Single(quads.ToList());
        Assert.True(reader.Reads > 0);
    }

    [Fact]
    public void JsonLdParser_registered_context_is_used_for_its_iri()
    {
        var contexts = new Dictionary<string, string>
        {
            ["http://example.org/contexts/skos.jsonld"] = """
                {"@context": {
                  "skos": "http://www.w3.org/2004/02/skos/core#",
                  "label": {"@id": "skos:prefLabel", "@language": "ja"}
                }}
                """,
        };
        var quads = new JsonLdParser(contexts).Parse(
            new StringReader("""{"@context": "../contexts/skos.jsonld", "@id": "c1", "label": "電子"}"""),
            new RdfParserOptions { BaseIri = "http://example.org/data/doc.jsonld" }).ToList();
        Assert.Equal(
            "<http://example.org/data/c1> <http://www.w3.org/2004/02/skos/core#prefLabel> \"電子\"@ja .",
            Assert.Single(quads).ToString());
    }

    [Fact]
    public void JsonLdParser_import_merges_a_registered_context_under_local_entries()
    {
        var contexts = new Dictionary<string, string>
        {
            ["http://example.org/base-context"] = """{"@context": {"name": "http://schema.org/name", "ex": "http://example.org/"}}""",
        };
        var quads = new JsonLdParser(contexts).Parse(new StringReader("""
            {
              "@context": {"@import": "http://example.org/base-context", "name": "http://example.org/name"},
              "@id": "ex:s",
              "name": "local definition wins"
            }
            """)).ToList();
        Assert.Equal("<http://example.org/s> <http://example.org/name> \"local definition wins\" .", Assert.Single(quads).ToString());
    }

    [Fact]
    public void JsonLdParser_reports_prefix_definitions_once()
    {
        var prefixes = new List<(string, string)>();
        _ = new JsonLdParser().Parse(
            new StringReader("""
                {
                  "@context": {
                    "skos": "http://www.w3.org/2004/02/skos/core#",
                    "label": "http://www.w3.org/2000/01/rdf-schema#label",
                    "obo": {"@id": "http://purl.obolibrary.org/obo/", "@prefix": true}
                  },
                  "@graph": [
                    {"@context": {"skos": "http://www.w3.org/2004/02/skos/core#"}, "@id": "skos:a", "label": "x"}
                  ]
                }
                """),
            new RdfParserOptions { OnPrefix = (p, ns) => prefixes.Add((p, ns)) }).ToList();
        Assert.Equal(
            [("skos", "http://www.w3.org/2004/02/skos/core#"), ("obo", "http://purl.obolibrary.org/obo/")],
            prefixes);
    }

    [Fact]
    public void JsonLdParser_blank_nodes_of_two_parses_do_not_collide()
    {
        const string text = """{"@id": "_:x", "http://example.org/p": {"http://example.org/q": 1}}""";
        var first = RdfIo.Parse(new JsonLdParser(), text);
        var second = RdfIo.Parse(new JsonLdParser(), text);
        var firstNodes = first.SelectMany(q => new[] { q.Subject, q.Obj }).OfType<BlankNode>().ToHashSet();
        var secondNodes = second.SelectMany(q => new[] { q.Subject, q.Obj }).OfType<BlankNode>().ToHashSet();
        Assert.Equal(2, firstNodes.Count);
        Assert.Empty(firstNodes.Intersect(secondNodes));
    }

    [Fact]
    public void JsonLdParser_language_tags_are_lower_cased()
    {
        var quads = RdfIo.Parse(new JsonLdParser(), """
            {"@context": {"@language": "EN-GB"}, "@id": "http://example.org/s", "http://example.org/p": ["colour", {"@value": "色", "@language": "JA"}]}
            """);
        Assert.Equal(["en-gb", "ja"], quads.Select(q => ((Literal)q.Obj).Language).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JsonLdParser_base_iri_option_resolves_relative_ids_unless_context_resets_it()
    {
        var quads = RdfIo.Parse(new JsonLdParser(), """
            {"@id": "a", "http://example.org/p": {"@id": "../b"}, "http://example.org/q": {"@context": {"@base": "http://other.example/x/"}, "@id": "c"}}
            """, "http://example.org/dir/doc.jsonld");
        Assert.Equal(
            [
                "<http://example.org/dir/a> <http://example.org/p> <http://example.org/b> .",
                "<http://example.org/dir/a> <http://example.org/q> <http://other.example/x/c> .",
            ],
            quads.Select(q => q.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JsonLdParser_free_floating_values_produce_no_statements()
    {
        var quads = RdfIo.Parse(new JsonLdParser(), """
            {"@graph": ["a string", 5, {"@value": "v"}, {"@list": [1]}, {"@id": "http://example.org/only-id"}]}
            """);
        Assert.Empty(quads);
    }

    [Fact]
    public void JsonLdParser_blank_node_property_is_dropped_but_its_value_is_kept()
    {
        var quads = RdfIo.Parse(new JsonLdParser(), """
            {"@context": {"@vocab": "_:"}, "@id": "http://example.org/s", "p": {"@id": "http://example.org/o", "http://example.org/q": "kept"}}
            """);
        Assert.Equal("<http://example.org/o> <http://example.org/q> \"kept\" .", Assert.Single(quads).ToString());
    }

    private sealed class CountingReader(string text) : StringReader(text)
    {
        public int Reads { get; private set; }

        public override string ReadToEnd()
        {
            Reads++;
            return base.ReadToEnd();
        }

        public override int Read(char[] buffer, int index, int count)
        {
            Reads++;
            return base.Read(buffer, index, count);
        }

        public override int Read(Span<char> buffer)
        {
            Reads++;
            return base.Read(buffer);
        }
    }
}
