using Vocab.Rdf.Skos;

namespace Vocab.Rdf.Tests.Skos;

/// <summary>The one-walk thesaurus statistics the dashboard and the content-language list read.</summary>
public sealed class StatisticsTests
{
    private const string Turtle = """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix ex: <http://example.org/> .
        ex:s a skos:ConceptScheme .
        ex:other a skos:ConceptScheme .
        ex:a a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel "colour"@en-GB, "color"@en-US, "色"@ja .
        ex:b a skos:Concept ; skos:topConceptOf ex:s ; skos:prefLabel "B"@EN ; skos:altLabel "bee"@de .
        ex:c a skos:Concept ; skos:inScheme ex:s, ex:other ; skos:altLabel "only alt"@en .
        ex:d a skos:Concept ; skos:inScheme ex:s ; owl:deprecated true ; skos:prefLabel "old"@en .
        ex:e a skos:Concept ; skos:inScheme ex:undeclared ; skos:prefLabel "e"@en .
        """;

    [Fact]
    public void Statistics_coverageByScheme_countsLiveConceptsWithAPrefLabelPerPrimaryLanguage()
    {
        var projection = new ThesaurusProjection();
        foreach (var quad in new TurtleParser().Parse(new StringReader(Turtle), new RdfParserOptions { BaseIri = "http://example.org/" }))
        {
            projection.Add(quad);
        }

        var stats = projection.Current.GetStatistics();

        Assert.Equal(["http://example.org/other", "http://example.org/s"], stats.CoverageByScheme.Keys.Order(StringComparer.Ordinal));
        var s = stats.CoverageByScheme["http://example.org/s"];
        // a, b (a top concept is in its scheme) and c; d is deprecated; e's scheme is not declared.
        Assert.Equal(3, s.Concepts);
        // a has two English preferred labels (en-GB, en-US) and counts once; b's "EN" is English too.
        Assert.Equal(2, s.WithPrefLabelIn("en"));
        Assert.Equal(1, s.WithPrefLabelIn("ja"));
        Assert.Equal(0, s.WithPrefLabelIn("de"));
        Assert.Equal(1, stats.CoverageByScheme["http://example.org/other"].Concepts);
        Assert.Equal(0, stats.CoverageByScheme["http://example.org/other"].WithPrefLabelIn("en"));
        Assert.Equal(1, stats.DeprecatedConcepts);
    }
}
