using Vocab.Core.Normalization;
using Vocab.Rdf.Skos;

namespace Vocab.Index.Tests;

public sealed class SubstringSearchTests : IDisposable
{
    private const string Labels = """
        ex:A a skos:Concept ; skos:prefLabel "ion beam milling"@en ; skos:altLabel "focused ion beam"@en .
        ex:B a skos:Concept ; skos:prefLabel "ionization energy"@en .
        ex:C a skos:Concept ; skos:prefLabel "electron diffraction"@en ; skos:hiddenLabel "ion"@en .
        ex:D a skos:Concept ; skos:prefLabel "diffraction"@en ; skos:altLabel "回折"@ja .
        ex:E a skos:Concept ; skos:prefLabel "電子回折"@ja ; skos:altLabel "n値"@ja .
        ex:F a skos:Concept ; skos:prefLabel "X線回折法"@ja ; skos:altLabel "ｘ線"@ja .
        ex:G a skos:Concept ; skos:prefLabel "tension"@en ; skos:altLabel "ion pump"@en .
        """;

    private readonly ThesaurusProjection _projection = Build();
    private readonly LabelIndex _index;

    public SubstringSearchTests() => _index = LabelIndex.Build(_projection.Current);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("io")]
    [InlineData("on")]
    [InlineData("ion")]
    [InlineData("ffrac")]
    [InlineData("回折")]
    [InlineData("回")]
    [InlineData("折")]
    [InlineData("n値")]
    [InlineData("値")]
    [InlineData("x線")]
    [InlineData("X")]
    [InlineData("e")]
    [InlineData("n b")]
    public void Search_anySubstring_findsEveryConceptContainingIt(string query)
    {
        var expected = Containing(query);

        var found = _index.Search(query, new SearchOptions { Limit = 100 }).Select(h => h.ConceptIri).ToHashSet();

        Assert.NotEmpty(expected);
        Assert.Superset(expected, found);
    }

    [Fact]
    public void Search_withinBand_prefixBeforeInfixAndShorterFirst()
    {
        var hits = _index.Search("ion", new SearchOptions { Limit = 100 });

        // The hidden label "ion" is an exact hit; then prefLabels starting with "ion", shorter first; then a prefLabel
        // containing it, shorter first ("tension" outranks its own altLabel "ion pump", and "diffraction").
        Assert.Equal(["C", "A", "B", "G", "D"], hits.Select(h => h.ConceptIri[IndexFixture.Ex.Length..]));
        Assert.Equal(SearchMatchKind.Exact, hits[0].Kind);
        Assert.Equal((SearchMatchKind.Prefix, "ion beam milling"), (hits[1].Kind, hits[1].MatchedLabel));
        Assert.Equal((SearchMatchKind.Prefix, "ionization energy"), (hits[2].Kind, hits[2].MatchedLabel));
        Assert.Equal((SearchMatchKind.Substring, "tension"), (hits[3].Kind, hits[3].MatchedLabel));
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score > p.Second.Score));
    }

    [Fact]
    public void Search_limit_keepsTheBestRanked()
    {
        var all = _index.Search("on", new SearchOptions { Limit = 100 });
        var two = _index.Search("on", new SearchOptions { Limit = 2 });

        Assert.Equal(all.Take(2), two);
    }

    [Fact]
    public void Search_afterUpdateAndRemove_followsTheChange()
    {
        IndexFixture.Add(_projection, "ex:H a skos:Concept ; skos:prefLabel \"zygote ionics\"@en, \"回折格子\"@ja .");
        _index.Update(_projection.Current.Concepts[IndexFixture.Ex + "H"]);
        Assert.True(_index.Remove(IndexFixture.Ex + "B"));

        Assert.Contains(_index.Search("yg"), h => h.ConceptIri == IndexFixture.Ex + "H");
        Assert.Contains(_index.Search("格"), h => h.ConceptIri == IndexFixture.Ex + "H");
        Assert.Contains(_index.Search("ionics"), h => h.ConceptIri == IndexFixture.Ex + "H");
        Assert.DoesNotContain(_index.Search("io", new SearchOptions { Limit = 100 }), h => h.ConceptIri == IndexFixture.Ex + "B");
        Assert.DoesNotContain(_index.Search("ization"), h => h.ConceptIri == IndexFixture.Ex + "B");
    }

    [Fact]
    public void Search_fragmentOfALabel_addsNoFuzzyHits()
    {
        Assert.All(_index.Search("diffrac", new SearchOptions { Limit = 100 }), h => Assert.NotEqual(SearchMatchKind.Fuzzy, h.Kind));
        Assert.Contains(_index.Search("difraction"), h => h.Kind == SearchMatchKind.Fuzzy);
    }

    private static ThesaurusProjection Build()
    {
        var projection = new ThesaurusProjection();
        IndexFixture.Add(projection, Labels);
        return projection;
    }

    /// <summary>The truth by linear scan: concepts with a label whose folded text contains the folded query.</summary>
    private HashSet<string> Containing(string query)
    {
        var folded = LabelNormalizer.FoldCharacters(query);
        return [.. _projection.Current.Concepts.Values
            .Where(c => c.Labels.Any(l => LabelNormalizer.FoldCharacters(l.Text).Contains(folded, StringComparison.Ordinal)))
            .Select(c => c.Iri)];
    }
}
