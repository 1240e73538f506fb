namespace Vocab.Core.Tests;

public sealed class ConceptTests
{
    private static Concept Make(params Label[] labels) =>
        new ThesaurusBuilder().Concept("http://example.org/c", labels).Thesaurus.Concepts["http://example.org/c"];

    [Fact]
    public void PrefLabel_requestedLanguage_isPreferred()
    {
        var concept = Make(new("microscopy", "en", LabelKind.Pref), new("顕微鏡法", "ja", LabelKind.Pref));

        Assert.Equal("顕微鏡法", concept.PrefLabel("ja", ["en"])?.Text);
    }

    [Fact]
    public void PrefLabel_missingLanguage_usesFallbackInOrder()
    {
        var concept = Make(new("Mikroskopie", "de", LabelKind.Pref), new("microscopy", "en", LabelKind.Pref));

        Assert.Equal("microscopy", concept.PrefLabel("ja", ["en", "de"])?.Text);
        Assert.Equal("Mikroskopie", concept.PrefLabel("ja", ["fr", "de"])?.Text);
    }

    [Fact]
    public void PrefLabel_subtag_matchesItsLanguage()
    {
        var concept = Make(new Label("colour", "en-gb", LabelKind.Pref));

        Assert.Equal("colour", concept.PrefLabel("en")?.Text);
    }

    [Fact]
    public void PrefLabel_noMatch_returnsUntaggedBeforeOtherLanguages()
    {
        var concept = Make(new("Mikroskopie", "de", LabelKind.Pref), new("microscopy", "", LabelKind.Pref), new("TEM", "ja", LabelKind.Alt));

        Assert.Equal("microscopy", concept.PrefLabel("ja")?.Text);
    }

    [Fact]
    public void PrefLabel_onlyAltLabels_isNull()
    {
        Assert.Null(Make(new Label("TEM", "en", LabelKind.Alt)).PrefLabel("en"));
    }

    [Theory]
    [InlineData("en", "en", true)]
    [InlineData("en-gb", "en", true)]
    [InlineData("EN-GB", "en", true)]
    [InlineData("eng", "en", false)]
    [InlineData("en", "en-gb", false)]
    [InlineData("", "en", false)]
    [InlineData("ja", "", false)]
    public void LanguageTags_basicFiltering_matchesSubtags(string tag, string range, bool expected)
    {
        Assert.Equal(expected, LanguageTags.Matches(tag, range));
    }

    [Fact]
    public void Statistics_countLabelsByLanguageAndKind()
    {
        var thesaurus = new ThesaurusBuilder()
            .Concept("http://example.org/a", new("a", "en", LabelKind.Pref), new("A", "en", LabelKind.Alt), new("ア", "ja", LabelKind.Pref))
            .Concept("http://example.org/b", new("b", "en", LabelKind.Pref), new("bee", "en", LabelKind.Hidden))
            .Thesaurus;

        var statistics = thesaurus.GetStatistics();

        Assert.Equal(2, statistics.Concepts);
        Assert.Equal(new LabelCounts(2, 1, 1), statistics.LabelsByLanguage["en"]);
        Assert.Equal(new LabelCounts(1, 0, 0), statistics.LabelsByLanguage["ja"]);
    }
}
