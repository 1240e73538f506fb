namespace Vocab.Index.Tests;

public sealed class MatchTests : IDisposable
{
    private readonly LabelIndex _index = LabelIndex.Build(IndexFixture.Microscopy().Current);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("HAADF", MatchType.Abbreviation)]
    [InlineData("ＨＡＡＤＦ", MatchType.Abbreviation)]
    [InlineData("HAADF-STEM", MatchType.Abbreviation)]
    [InlineData("high-angle annular dark field", MatchType.Exact)]
    [InlineData("High Angle Annular Dark Field", MatchType.Normalized)]
    [InlineData("高角度環状暗視野", MatchType.Exact)]
    public void Match_haadfVariants_matchTheSameConcept(string raw, MatchType type)
    {
        var result = _index.Match(raw);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "HAADF", result.Best!.ConceptIri);
        Assert.Equal(type, result.Best.MatchType);
        Assert.InRange(result.Best.Score, MatchScoring.MatchThreshold, 1.0);
    }

    [Fact]
    public void Match_labelWithUnit_matchesPropertyAndReturnsUnit()
    {
        var result = _index.Match("Acc. Voltage [kV]");

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "AccelerationVoltage", result.Best!.ConceptIri);
        Assert.Equal(MatchType.Normalized, result.Best.MatchType);
        Assert.Equal("kV", result.Best.Unit);
        Assert.Equal("acceleration voltage", result.Best.PrefLabel);
    }

    [Fact]
    public void Match_japaneseLabelWithUnit_matchesWithUnit()
    {
        var result = _index.Match("加速電圧(kV)");

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "AccelerationVoltage", result.Best!.ConceptIri);
        Assert.Equal("kV", result.Best.Unit);
    }

    [Fact]
    public void Match_typo_isFuzzy()
    {
        var result = _index.Match("hgh-angle annular dark feild");

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "HAADF", result.Best!.ConceptIri);
        Assert.Equal(MatchType.Fuzzy, result.Best.MatchType);
        Assert.True(result.Best.Score < MatchScoring.Normalized);
    }

    [Fact]
    public void Match_japaneseNearMiss_isFuzzyByDice()
    {
        var result = _index.Match("透過電子顕微鏡観察法");

        Assert.NotEmpty(result.Candidates);
        Assert.Equal(IndexFixture.Ex + "TEM", result.Candidates[0].ConceptIri);
        Assert.Equal(MatchType.Fuzzy, result.Candidates[0].MatchType);
    }

    [Fact]
    public void Match_labelSharedByTwoConcepts_isAmbiguous()
    {
        var result = _index.Match("Contrast");

        Assert.Equal(MatchStatus.Ambiguous, result.Status);
        Assert.Null(result.Best);
        Assert.Equal(
            [IndexFixture.Ex + "DisplayContrast", IndexFixture.Ex + "ImageContrast"],
            result.Candidates.Select(c => c.ConceptIri).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("banana bread")]
    [InlineData("obsolete microscope")]
    [InlineData("   ")]
    public void Match_unrelatedOrDeprecated_isUnmatched(string raw)
    {
        var result = _index.Match(raw);

        Assert.Equal(MatchStatus.Unmatched, result.Status);
        Assert.Null(result.Best);
    }

    [Fact]
    public void Match_initialismOfPrefLabel_isAbbreviation()
    {
        var result = _index.Match("EELS");

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "EELS", result.Best!.ConceptIri);
        Assert.Equal(MatchType.Abbreviation, result.Best.MatchType);
    }

    [Fact]
    public void Match_parenthesizedAbbreviation_isAbbreviation()
    {
        var result = _index.Match("EDS");

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "EDS", result.Best!.ConceptIri);
    }

    [Fact]
    public void Match_notation_isExact()
    {
        var result = _index.Match("T-0042");

        Assert.Equal(IndexFixture.Ex + "EDS", result.Best!.ConceptIri);
        Assert.Equal(MatchType.Exact, result.Best.MatchType);
    }

    [Fact]
    public void Match_langFilter_excludesOtherLanguages()
    {
        Assert.Equal(MatchStatus.Unmatched, _index.Match("加速電圧", new MatchOptions { Lang = "en" }).Status);

        var ja = _index.Match("加速電圧", new MatchOptions { Lang = "ja" });
        Assert.Equal(MatchStatus.Matched, ja.Status);
        Assert.Equal("加速電圧", ja.Best!.PrefLabel);
        Assert.Equal("ja", ja.Best.Lang);
    }

    [Fact]
    public void Match_schemeFilter_resolvesSharedLabel()
    {
        var result = _index.Match("contrast", new MatchOptions { Scheme = IndexFixture.Ex + "imaging" });

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "ImageContrast", result.Best!.ConceptIri);
        Assert.Equal(MatchStatus.Unmatched, _index.Match("contrast", new MatchOptions { Scheme = IndexFixture.Ex + "nope" }).Status);
    }

    [Fact]
    public void Match_typeFilter_keepsNarrowerConceptsOnly()
    {
        var detector = new MatchOptions { Type = IndexFixture.Ex + "Detector" };

        Assert.Equal(IndexFixture.Ex + "HAADFDetector", _index.Match("環状暗視野検出器", detector).Best!.ConceptIri);
        Assert.Equal(MatchStatus.Unmatched, _index.Match("camera length", detector).Status);
    }

    [Fact]
    public void Match_limit_capsCandidates()
    {
        var result = _index.Match("contrast", new MatchOptions { Limit = 1 });

        Assert.Single(result.Candidates);
        Assert.Equal(MatchStatus.Ambiguous, result.Status);
    }

    [Fact]
    public void Scoring_decide_needsAClearWinner()
    {
        Candidate Make(double score) => new("x", "x", "en", score, MatchType.Exact, "x", null);

        Assert.Equal(MatchStatus.Matched, MatchScoring.Decide([Make(0.9), Make(0.7)]));
        Assert.Equal(MatchStatus.Ambiguous, MatchScoring.Decide([Make(0.9), Make(0.88)]));
        Assert.Equal(MatchStatus.Ambiguous, MatchScoring.Decide([Make(0.7)]));
        Assert.Equal(MatchStatus.Unmatched, MatchScoring.Decide([Make(0.5)]));
        Assert.Equal(MatchStatus.Unmatched, MatchScoring.Decide([]));
    }
}
