using Vocab.Rdf;

namespace Vocab.Data.Tests;

public sealed class TermDecoderTests
{
    public static TheoryData<Term> Terms() =>
    [
        new Iri("http://example.org/a"),
        new Iri("http://example.org/a b<c>\"d\"{e}|f^g`h\\i"),
        new BlankNode("c12_345"),
        Literal.String("plain"),
        Literal.String("quote \" backslash \\ newline \n return \r tab \t"),
        Literal.LangString("電子顕微鏡", "ja"),
        Literal.LangString("colour", "en-GB"),
        new Literal("1.5", Vocabulary.Xsd.Decimal),
        new Literal("x", "http://example.org/dt with space"),
        Literal.String("ends with quote\""),
        Literal.String("\"@en"),
    ];

    [Theory]
    [MemberData(nameof(Terms))]
    public void Decode_storedForm_givesTheTermBack(Term term)
    {
        Assert.Equal(term, new TermDecoder().Decode(term.ToNTriples()));
    }

    [Theory]
    [InlineData("\"\\u00e9\\U0001D518\\b\\f\\'\"", "é𝔘\b\f'")]
    [InlineData("\"no escapes\"", "no escapes")]
    public void Decode_escapesOfOtherWriters_areUndone(string text, string value)
    {
        Assert.Equal(value, Assert.IsType<Literal>(new TermDecoder().Decode(text)).Value);
    }

    [Fact]
    public void Decode_sameIriTwice_returnsOneInstance()
    {
        var decoder = new TermDecoder();

        Assert.Same(decoder.Decode("<http://example.org/a>"), decoder.Decode("<http://example.org/a>"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("http://no-brackets")]
    [InlineData("\"unterminated")]
    [InlineData("\"x\"^^http://bad")]
    public void Decode_malformedText_throwsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => new TermDecoder().Decode(text));
    }
}
