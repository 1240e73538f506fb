using Vocab.Rdf.Skos;

namespace Vocab.Index.Tests;

/// <summary>The matcher's rules beyond the normalizer: abbreviation direction, lower-cased acronyms, fuzzy margins.</summary>
public sealed class MatchRuleTests : IDisposable
{
    private readonly LabelIndex _index = LabelIndex.Build(Thesaurus().Current);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Match_longFormWhoseInitialsAreAnotherConceptsAcronym_isUnmatched()
    {
        // "tem" is TEM's acronym label; "transport equilibrium model" is not transmission electron microscopy.
        var result = _index.Match("transport equilibrium model");

        Assert.Equal(MatchStatus.Unmatched, result.Status);
        Assert.DoesNotContain(result.Candidates, c => c.ConceptIri == IndexFixture.Ex + "TEM");
    }

    [Fact]
    public void Match_misspeltLongFormOfAnAcronymsConcept_matchesItsOwnLongLabel()
    {
        var result = _index.Match("transmission electron microscopx");

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "TEM", result.Best!.ConceptIri);
        Assert.Equal(MatchType.Fuzzy, result.Best.MatchType);
    }

    [Theory]
    [InlineData("SIMS", MatchType.Exact)]
    [InlineData("sims", MatchType.Normalized)] // the key singularizes it; the word as written is the acronym
    public void Match_acronymEndingInS_matchesTheAcronymNotASingular(string raw, MatchType type)
    {
        var result = _index.Match(raw);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "SIMS", result.Best!.ConceptIri);
        Assert.Equal(type, result.Best.MatchType);
    }

    [Theory]
    [InlineData("EELS")] // capitals: an acronym of the long label
    [InlineData("eels")] // lower case, nothing else found: read as the acronym as written
    public void Match_shortFormOfLongLabel_matchesByInitialism(string raw)
    {
        var result = _index.Match(raw);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "EELS", result.Best!.ConceptIri);
        Assert.Equal(MatchType.Abbreviation, result.Best.MatchType);
    }

    [Theory]
    [InlineData("Eels")] // a capitalised word is no short form
    [InlineData("EeLS")] // nor is mixed case
    public void Match_wordThatIsNotAnAcronym_isNotMatchedByInitialism(string raw)
    {
        Assert.NotEqual(MatchStatus.Matched, _index.Match(raw).Status);
    }

    [Theory]
    [InlineData("SXEAFS", "SEXAFS")]
    [InlineData("SEXAFs", "SEXAFS")]
    [InlineData("Kaptn", "Kapton")]
    public void Match_shortLabelOneEditAway_withNoOtherLabelThatClose_matches(string raw, string concept)
    {
        // Under the score threshold (one edit is a fifth of a five-letter label), but one edit from one label and no other.
        var result = _index.Match(raw);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + concept, result.Best!.ConceptIri);
        Assert.Equal(MatchType.Fuzzy, result.Best.MatchType);
    }

    [Theory]
    [InlineData("lager")]
    [InlineData("Money")]
    public void Match_shortLabelOneEditFromSeveralOrAWordFromAnAcronym_isNotMatched(string raw)
    {
        // "lager" is one edit from both laser and lacer; "Money" is a word, not a typo of the acronym MONES.
        Assert.NotEqual(MatchStatus.Matched, _index.Match(raw).Status);
    }

    [Fact]
    public void Match_typoOneEditFromOneLabelAndTwoFromAnother_matchesTheCloser()
    {
        // The scores differ by less than the margin (one edit is 1/23 of the label), the edit counts do not.
        var result = _index.Match("T cejll receptor complex");

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "TCR", result.Best!.ConceptIri);
        Assert.Equal(MatchType.Fuzzy, result.Best.MatchType);
    }

    [Fact]
    public void Match_transposedLetters_areFoundAsOneEdit()
    {
        var result = _index.Match("difrfaction pattern");

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "DiffractionPattern", result.Best!.ConceptIri);
    }

    [Fact]
    public void Match_katakanaWithHyphensForLongVowels_matchesTheLabel()
    {
        var result = _index.Match("デ-タベ-ス");

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "Database", result.Best!.ConceptIri);
        Assert.Equal(MatchType.Normalized, result.Best.MatchType);
    }

    private static ThesaurusProjection Thesaurus()
    {
        var projection = IndexFixture.Microscopy();
        IndexFixture.Add(projection, """
            ex:SIMS a skos:Concept ; skos:prefLabel "secondary ion mass spectrometry"@en ; skos:altLabel "SIMS"@en .
            ex:TCR a skos:Concept ; skos:prefLabel "T cell receptor complex"@en .
            ex:BCR a skos:Concept ; skos:prefLabel "B cell receptor complex"@en .
            ex:DiffractionPattern a skos:Concept ; skos:prefLabel "diffraction pattern"@en .
            ex:Database a skos:Concept ; skos:prefLabel "データベース"@ja .
            ex:SEXAFS a skos:Concept ; skos:prefLabel "surface extended X-ray absorption fine structure"@en ; skos:altLabel "SEXAFS"@en .
            ex:Kapton a skos:Concept ; skos:prefLabel "Kapton"@en .
            ex:Laser a skos:Concept ; skos:prefLabel "laser"@en .
            ex:Lacer a skos:Concept ; skos:prefLabel "lacer"@en .
            ex:MONES a skos:Concept ; skos:prefLabel "MONES"@en .
            """);
        return projection;
    }
}
