using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.JsonLd;

/// <summary>Malformed JSON and invalid JSON-LD are reported as <see cref="RdfSyntaxException"/> at the offending place.</summary>
public sealed class JsonLdParserErrorTests
{
    [Fact]
    public void JsonLdParser_remote_context_reports_that_it_is_not_supported()
    {
        var e = Fail("""{"@context": "https://schema.org/", "name": "x"}""");
        Assert.Equal("remote contexts are not supported: https://schema.org/", e.Reason);
        Assert.Equal((1, 14), (e.Line, e.Column));
    }

    [Fact]
    public void JsonLdParser_relative_remote_context_is_named_by_its_resolved_iri()
    {
        var e = Fail("""{"@context": "context.jsonld"}""", "http://example.org/data/doc.jsonld");
        Assert.Equal("remote contexts are not supported: http://example.org/data/context.jsonld", e.Reason);
    }

    [Fact]
    public void JsonLdParser_remote_context_inside_an_array_is_reported()
    {
        var e = Fail("""
            {
              "@context": [
                {"ex": "http://example.org/"},
                "http://example.org/remote-context"
              ]
            }
            """);
        Assert.Contains("remote contexts are not supported", e.Reason, StringComparison.Ordinal);
        Assert.Equal((4, 5), (e.Line, e.Column));
    }

    [Fact]
    public void JsonLdParser_missing_value_reports_line_and_column()
    {
        var e = Fail("{\n  \"@id\": \"http://example.org/s\",\n  \"http://example.org/p\": \n}");
        Assert.StartsWith("malformed JSON", e.Reason, StringComparison.Ordinal);
        Assert.Equal((4, 1), (e.Line, e.Column));
    }

    [Fact]
    public void JsonLdParser_malformed_json_after_japanese_counts_columns_in_characters()
    {
        var e = Fail("""{"http://example.org/p": "電子顕微鏡", x}""");
        Assert.Equal((1, 35), (e.Line, e.Column));
    }

    [Theory]
    [InlineData("{\"a\": \"unterminated")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("[1, 2] 3")]
    [InlineData("")]
    [InlineData("{\"a\": 1} // comment")]
    [InlineData("{\"a\": NaN}")]
    public void JsonLdParser_malformed_json_throws_syntax_error(string text)
    {
        var e = Fail(text);
        Assert.True(e.Line >= 1 && e.Column >= 1, e.Message);
    }

    [Fact]
    public void JsonLdParser_error_message_carries_source_name()
    {
        var parser = new JsonLdParser();
        var e = Assert.Throws<RdfSyntaxException>(() =>
            parser.Parse(new StringReader("{\"@id\": 1}"), new RdfParserOptions { SourceName = "terms.jsonld" }).ToList());
        Assert.Equal("terms.jsonld", e.Source);
        Assert.StartsWith("terms.jsonld:1:9: invalid @id value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLdParser_duplicate_key_is_rejected_at_the_second_key()
    {
        var e = Fail("{\n  \"@id\": \"http://example.org/a\",\n  \"@id\": \"http://example.org/b\"\n}");
        Assert.Contains("duplicate key", e.Reason, StringComparison.Ordinal);
        Assert.Equal((3, 3), (e.Line, e.Column));
    }

    [Theory]
    [InlineData("""{"@id": 42}""", "invalid @id value", 1, 9)]
    [InlineData("""{"@id": "relative", "http://example.org/p": "x"}""", "relative IRI \"relative\"", 1, 9)]
    [InlineData("""{"@type": {"a": 1}, "@id": "http://example.org/s"}""", "invalid type value", 1, 11)]
    [InlineData("""{"http://example.org/p": {"@value": "x", "@language": "en_US"}}""", "not a BCP 47 language tag", 1, 55)]
    [InlineData("""{"http://example.org/p": {"@value": "x", "@type": "http://example.org/t", "@language": "en"}}""", "invalid value object", 1, 26)]
    [InlineData("""{"http://example.org/p": {"@value": {"nested": true}}}""", "invalid value object value", 1, 37)]
    [InlineData("""{"http://example.org/p": {"@value": 1, "@language": "en"}}""", "invalid language-tagged value", 1, 26)]
    [InlineData("""{"http://example.org/p": {"@list": [], "@id": "http://example.org/x"}}""", "invalid set or list object", 1, 26)]
    [InlineData("""{"@id": "http://example.org/s", "@reverse": "x"}""", "invalid @reverse value", 1, 45)]
    [InlineData("""{"@id": "http://example.org/a b", "http://example.org/p": "x"}""", "invalid IRI", 1, 9)]
    [InlineData("""{"@context": 5}""", "invalid local context", 1, 14)]
    [InlineData("""{"@context": {"@vocab": 5}}""", "invalid vocab mapping", 1, 25)]
    [InlineData("""{"@context": {"@base": "relative"}}""", "invalid base IRI", 1, 24)]
    [InlineData("""{"@context": {"@language": "not a tag"}}""", "invalid default language", 1, 28)]
    [InlineData("""{"@context": {"a": "b:x", "b": "a:y"}}""", "cyclic IRI mapping", 1, 20)]
    [InlineData("""{"@context": {"@id": "http://example.org/id"}}""", "keyword redefinition", 1, 22)]
    [InlineData("""{"@context": {"term": {"@id": "http://example.org/t", "@foo": 1}}}""", "invalid term definition", 1, 63)]
    [InlineData("""{"@context": {"term": {"@id": "http://example.org/t", "@container": "@bogus"}}}""", "invalid container mapping", 1, 69)]
    [InlineData("""{"@context": {"term": {"@type": "relative"}}}""", "invalid type mapping", 1, 33)]
    [InlineData("""{"@context": {"term": {}}}""", "invalid IRI mapping", 1, 23)]
    [InlineData("""{"@context": {"@version": 1.0}}""", "invalid @version value", 1, 27)]
    [InlineData("""{"@context": {"t": {"@id": "http://example.org/t", "@context": "http://example.org/c"}}}""", "invalid scoped context", 1, 64)]
    public void JsonLdParser_invalid_jsonld_is_reported_at_its_position(string text, string reason, int line, int column)
    {
        var e = Fail(text);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal((line, column), (e.Line, e.Column));
    }

    [Fact]
    public void JsonLdParser_protected_term_cannot_be_redefined()
    {
        var e = Fail("""
            {
              "@context": [
                {"@protected": true, "name": "http://schema.org/name"},
                {"name": "http://example.org/name"}
              ],
              "name": "x"
            }
            """);
        Assert.Contains("protected term redefinition", e.Reason, StringComparison.Ordinal);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void JsonLdParser_protected_term_may_be_redefined_identically()
    {
        var quads = Parse("""
            {
              "@context": [
                {"@protected": true, "name": "http://schema.org/name"},
                {"name": "http://schema.org/name"}
              ],
              "@id": "http://example.org/s",
              "name": "x"
            }
            """);
        Assert.Equal("<http://example.org/s> <http://schema.org/name> \"x\" .", Assert.Single(quads).ToString());
    }

    [Fact]
    public void JsonLdParser_null_context_with_protected_terms_is_rejected()
    {
        var e = Fail("""{"@context": [{"@protected": true, "a": "http://example.org/a"}, null]}""");
        Assert.Contains("invalid context nullification", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLdParser_error_in_registered_context_names_that_context()
    {
        var contexts = new Dictionary<string, string> { ["http://example.org/ctx"] = "{\"@context\": {\"a\": 5}}" };
        var e = Assert.Throws<RdfSyntaxException>(() =>
            new JsonLdParser(contexts).Parse(new StringReader("""{"@context": "http://example.org/ctx"}""")).ToList());
        Assert.Equal("http://example.org/ctx", e.Source);
        Assert.Contains("invalid term definition", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLdParser_recursive_registered_contexts_are_rejected()
    {
        var contexts = new Dictionary<string, string>
        {
            ["http://example.org/a"] = """{"@context": "http://example.org/b"}""",
            ["http://example.org/b"] = """{"@context": "http://example.org/a"}""",
        };
        var e = Assert.Throws<RdfSyntaxException>(() =>
            new JsonLdParser(contexts).Parse(new StringReader("""{"@context": "http://example.org/a"}""")).ToList());
        Assert.Contains("recursive context inclusion", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLdParser_json_nested_beyond_the_limit_is_a_syntax_error()
    {
        var e = Fail(new string('[', 600) + new string(']', 600));
        Assert.StartsWith("malformed JSON", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLdParser_deep_nesting_on_a_small_stack_is_a_syntax_error_not_a_crash()
    {
        const int depth = 500;
        var text = string.Concat(Enumerable.Repeat("{\"http://example.org/p\": ", depth)) + "1" + new string('}', depth);
        Exception? error = null;
        var thread = new Thread(() => error = Record.Exception(() => Parse(text)), 256 * 1024);
        thread.Start();
        thread.Join();
        var e = Assert.IsType<RdfSyntaxException>(error);
        Assert.Contains("nests too deeply", e.Reason, StringComparison.Ordinal);
    }

    private static List<Quad> Parse(string text, string? baseIri = null) => RdfIo.Parse(new JsonLdParser(), text, baseIri);

    private static RdfSyntaxException Fail(string text, string? baseIri = null) =>
        Assert.Throws<RdfSyntaxException>(() => Parse(text, baseIri));
}
