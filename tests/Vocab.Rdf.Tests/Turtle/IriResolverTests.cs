using Vocab.Rdf.Syntax.Common;

namespace Vocab.Rdf.Tests.Turtle;

/// <summary>RFC 3986 section 5.4: the reference resolution examples, normal and abnormal, against http://a/b/c/d;p?q.</summary>
public sealed class IriResolverTests
{
    private const string Base = "http://a/b/c/d;p?q";

    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    public void IriResolver_normal_example_resolves(string reference, string expected) =>
        Assert.Equal(expected, IriResolver.Resolve(Base, reference));

    [Theory]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    [InlineData("http:g", "http:g")]
    public void IriResolver_abnormal_example_resolves(string reference, string expected) =>
        Assert.Equal(expected, IriResolver.Resolve(Base, reference));

    [Theory]
    [InlineData("http://example.org/", "x", "http://example.org/x")]
    [InlineData("http://example.org", "x", "http://example.org/x")]
    [InlineData("urn:isbn:123", "#frag", "urn:isbn:123#frag")]
    [InlineData("file:///a/b/manifest.ttl", "test.ttl", "file:///a/b/test.ttl")]
    public void IriResolver_other_bases_resolve(string baseIri, string reference, string expected) =>
        Assert.Equal(expected, IriResolver.Resolve(baseIri, reference));

    [Theory]
    [InlineData("http://x", true)]
    [InlineData("urn:a", true)]
    [InlineData("a+b-c.d:x", true)]
    [InlineData("1a:x", false)]
    [InlineData("/a:b", false)]
    [InlineData("ab", false)]
    public void IriResolver_scheme_is_detected(string iri, bool hasScheme) =>
        Assert.Equal(hasScheme, IriResolver.HasScheme(iri));
}
