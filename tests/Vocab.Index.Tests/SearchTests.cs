namespace Vocab.Index.Tests;

public sealed class SearchTests : IDisposable
{
    private readonly LabelIndex _index = LabelIndex.Build(IndexFixture.Microscopy().Current);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_japaneseSubstring_findsLongerLabels()
    {
        var hits = _index.Search("電子");

        var tem = Assert.Single(hits, h => h.ConceptIri == IndexFixture.Ex + "TEM");
        Assert.Contains("電子", tem.MatchedLabel, StringComparison.Ordinal);
        Assert.Equal(SearchMatchKind.Substring, tem.Kind);
        Assert.Contains(hits, h => h.ConceptIri == IndexFixture.Ex + "HAADF");
        Assert.Contains(hits, h => h.ConceptIri == IndexFixture.Ex + "EELS");
    }

    [Fact]
    public void Search_exactLabel_ranksFirst()
    {
        var hits = _index.Search("TEM");

        Assert.Equal(IndexFixture.Ex + "TEM", hits[0].ConceptIri);
        Assert.Equal(SearchMatchKind.Exact, hits[0].Kind);
        Assert.Equal("transmission electron microscopy", hits[0].PrefLabel);
    }

    [Fact]
    public void Search_prefLabelHit_outranksAltLabelHit()
    {
        var hits = _index.Search("contrast");

        // Both concepts have "contrast" as an exact alt label; the pref-label substring hits are not exact.
        Assert.All(hits.Take(2), h => Assert.Equal(SearchMatchKind.Exact, h.Kind));

        var voltage = _index.Search("voltage");
        Assert.Equal(IndexFixture.Ex + "AccelerationVoltage", voltage[0].ConceptIri);
        Assert.Equal(LabelRole.Pref, voltage[0].Role);
        Assert.True(voltage.Zip(voltage.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Search_langAndSchemeFilters_apply()
    {
        Assert.DoesNotContain(_index.Search("電子", new SearchOptions { Lang = "en" }), h => h.MatchedLang == "ja");
        var techniques = _index.Search("electron", new SearchOptions { Scheme = IndexFixture.Ex + "technique" });
        Assert.NotEmpty(techniques);
        Assert.All(techniques, h => Assert.NotEqual(IndexFixture.Ex + "HAADFDetector", h.ConceptIri));
        Assert.Empty(_index.Search("camera", new SearchOptions { Scheme = IndexFixture.Ex + "technique" }));
    }

    [Fact]
    public void Search_typo_fallsBackToFuzzy()
    {
        var hits = _index.Search("camera lenght");

        Assert.Equal(IndexFixture.Ex + "CameraLength", hits[0].ConceptIri);
        Assert.Equal(SearchMatchKind.Fuzzy, hits[0].Kind);
    }

    [Theory]
    [InlineData("透過", "TEM")]
    [InlineData("trans", "TEM")]
    [InlineData("TRANS", "TEM")]
    [InlineData("カメラ", "CameraLength")]
    [InlineData("acc", "AccelerationVoltage")]
    public void Autocomplete_prefix_findsConcept(string prefix, string concept)
    {
        var hits = _index.Autocomplete(prefix);

        Assert.Contains(hits, h => h.ConceptIri == IndexFixture.Ex + concept);
        Assert.All(hits, h => Assert.Equal(SearchMatchKind.Prefix, h.Kind));
        Assert.Equal(hits.Count, hits.Select(h => h.ConceptIri).Distinct().Count());
    }

    [Fact]
    public void Autocomplete_langAndLimit_apply()
    {
        Assert.Empty(_index.Autocomplete("透過", lang: "en"));
        Assert.Single(_index.Autocomplete("a", limit: 1));
    }
}
