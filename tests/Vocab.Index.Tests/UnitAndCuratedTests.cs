using Vocab.Index.Datasets;
using Vocab.Rdf.Skos;

namespace Vocab.Index.Tests;

/// <summary>Units resolved against the unit scheme, and curated mappings (<c>vdef:mappedLabel</c>).</summary>
public sealed class UnitAndCuratedTests : IDisposable
{
    private const string Unit = "https://w3id.org/vocab/unit/";
    private const string MappedLabel = "https://w3id.org/vocab/def#mappedLabel";

    private readonly ThesaurusProjection _projection = Thesaurus();
    private readonly LabelIndex _index;

    public UnitAndCuratedTests() => _index = LabelIndex.Build(_projection.Current);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("Acc. Voltage [kV]", "kV", "Kilovolt", "kilovolt")] // the symbol as a label of the unit concept
    [InlineData("Dwell time/µs", "μs", "Microsecond", "microsecond")] // µ (micro sign) is Greek μ after NFKC, as the notation is
    [InlineData("Dwell time/us", "us", "Microsecond", "microsecond")] // an ASCII spelling the unit lists as an alt label
    [InlineData("Dose [e/A^2]", "e/A^2", "ElectronsPerSquareAngstrom", "electrons per square ångström")] // by normalized key
    public void Match_labelWithUnit_resolvesTheUnitConcept(string raw, string symbol, string unit, string prefLabel)
    {
        var best = _index.Match(raw).Candidates[0];

        Assert.Equal(symbol, best.Unit);
        Assert.Equal(Unit + unit, best.UnitId);
        Assert.Equal(prefLabel, best.UnitPrefLabel);
    }

    [Fact]
    public void Match_unitNoUnitConceptNames_keepsTheSymbolOnly()
    {
        var best = _index.Match("Acc. Voltage [mV]").Best!;

        Assert.Equal("mV", best.Unit);
        Assert.Null(best.UnitId);
        Assert.Null(best.UnitPrefLabel);
    }

    [Fact]
    public void Match_unitInJapanese_showsTheUnitsJapaneseLabel()
    {
        var best = _index.Match("加速電圧(kV)", new MatchOptions { Lang = "ja" }).Best!;

        Assert.Equal("キロボルト", best.UnitPrefLabel);
    }

    [Theory]
    [InlineData("HT")] // the raw label as the expert confirmed it
    [InlineData("ht")] // ... and anything with the same key
    public void Match_curatedMapping_matchesWithTypeCurated(string raw)
    {
        var result = _index.Match(raw);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(IndexFixture.Ex + "AccelerationVoltage", result.Best!.ConceptIri);
        Assert.Equal(MatchType.Curated, result.Best.MatchType);
        Assert.Equal("HT", result.Best.MatchedLabel);
        Assert.InRange(result.Best.Score, MatchScoring.Normalized, 1.0);
    }

    [Fact]
    public void SearchAndAutocomplete_curatedMapping_neverFound()
    {
        Assert.DoesNotContain(_index.Search("High tension"), h => h.ConceptIri == IndexFixture.Ex + "AccelerationVoltage");
        Assert.DoesNotContain(_index.Autocomplete("High ten"), h => h.ConceptIri == IndexFixture.Ex + "AccelerationVoltage");
    }

    [Fact]
    public void Update_curatedMappingRemoved_noLongerMatches()
    {
        Assert.Equal(MatchType.Curated, _index.Match("High tension").Best!.MatchType);
        var concept = _projection.Current.Concepts[IndexFixture.Ex + "AccelerationVoltage"];
        IndexFixture.Remove(_projection, $"ex:AccelerationVoltage <{MappedLabel}> \"High tension\"@en .");

        _index.Update(concept);

        Assert.DoesNotContain(_index.Match("High tension").Candidates, c => c.MatchType == MatchType.Curated);
        Assert.Equal(MatchType.Curated, _index.Match("HT").Best!.MatchType);
    }

    [Fact]
    public void Sssom_curatedMapping_isManualCuration()
    {
        var mapper = new LabelMapper(_index);
        mapper.Map("HT", LabelSite.Header);
        var writer = new StringWriter();

        SssomWriter.Write(writer, mapper.Mappings, new SssomOptions { MappingSetId = "https://example.org/mappings" });

        Assert.Contains("semapv:ManualMappingCuration", writer.ToString(), StringComparison.Ordinal);
    }

    private static ThesaurusProjection Thesaurus()
    {
        var projection = IndexFixture.Microscopy();
        IndexFixture.Add(projection, $$"""
            @prefix vunit: <{{Unit}}> .
            ex:AccelerationVoltage <{{MappedLabel}}> "HT"@en , "High tension"@en .
            ex:DwellTime a skos:Concept ; skos:prefLabel "dwell time"@en .
            ex:Dose a skos:Concept ; skos:prefLabel "dose"@en .
            vunit:Kilovolt a skos:Concept ; skos:inScheme <https://w3id.org/vocab/unit> ;
              skos:prefLabel "kilovolt"@en , "キロボルト"@ja ; skos:altLabel "kV"@en ; skos:notation "kV" .
            vunit:Microsecond a skos:Concept ; skos:inScheme <https://w3id.org/vocab/unit> ;
              skos:prefLabel "microsecond"@en ; skos:altLabel "µs"@en , "us"@en ; skos:notation "μs" .
            vunit:ElectronsPerSquareAngstrom a skos:Concept ; skos:inScheme <https://w3id.org/vocab/unit> ;
              skos:prefLabel "electrons per square ångström"@en ; skos:altLabel "e/A^2"@en , "e/Å²"@en .
            """);
        return projection;
    }
}
