using Vocab.Rdf;
using Vocab.Rdf.Skos;
using Vocab.Server.Api.Reconciliation;
using Skos = Vocab.Core.Iris.Skos;

namespace Vocab.Server.Tests;

/// <summary>The preview card escapes every text it shows: labels and notes come from imported data.</summary>
public sealed class ReconcilePreviewTests
{
    [Fact]
    public void Render_markup_in_labels_and_notes_is_escaped()
    {
        const string Iri = "https://example.org/c\"><script>x</script>";
        var projection = new ThesaurusProjection();
        var concept = new Iri(Iri);
        projection.Add(new Quad(concept, new Iri(Vocabulary.Rdf.Type), new Iri(Skos.Concept)));
        projection.Add(new Quad(concept, new Iri(Skos.PrefLabel), Literal.LangString("<script>alert('x')</script> & Co", "en")));
        projection.Add(new Quad(concept, new Iri(Skos.PrefLabel), Literal.LangString("<b>太字</b>", "ja")));
        projection.Add(new Quad(concept, new Iri(Skos.AltLabel), Literal.LangString("<img src=x onerror=alert(1)>", "en")));
        projection.Add(new Quad(concept, new Iri(Skos.Definition), Literal.LangString("a < b \"quoted\"", "en")));
        var thesaurus = projection.Current;
        Assert.True(thesaurus.TryGetConcept(Iri, out var c));

        var html = ReconcilePreview.Render(thesaurus, c, "en");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</h1>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;太字&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a &lt; b &quot;quoted&quot;", html, StringComparison.Ordinal);
        Assert.Contains("c&quot;&gt;&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
