namespace Vocab.Index.Tests;

public sealed class UpdateTests
{
    [Fact]
    public void Update_newLabel_isFoundAtOnce()
    {
        var projection = IndexFixture.Microscopy();
        using var index = LabelIndex.Build(projection.Current);
        Assert.Equal(MatchStatus.Unmatched, index.Match("beam voltage").Status);

        IndexFixture.Add(projection, "ex:AccelerationVoltage skos:altLabel \"beam voltage\"@en .");
        index.Update(projection.Current.Concepts[IndexFixture.Ex + "AccelerationVoltage"]);

        Assert.Equal(IndexFixture.Ex + "AccelerationVoltage", index.Match("beam voltage").Best!.ConceptIri);
        Assert.Equal(MatchType.Exact, index.Match("acceleration voltage").Best!.MatchType);
        Assert.Contains(index.Autocomplete("beam"), h => h.ConceptIri == IndexFixture.Ex + "AccelerationVoltage");
        Assert.Contains(index.Search("beam volt"), h => h.MatchedLabel == "beam voltage");
    }

    [Fact]
    public void Update_newConcept_isIndexed()
    {
        var projection = IndexFixture.Microscopy();
        using var index = LabelIndex.Build(projection.Current);
        var before = index.LabelCount;

        IndexFixture.Add(projection, "ex:Dwell a skos:Concept ; skos:prefLabel \"dwell time\"@en, \"ドウェル時間\"@ja .");
        index.Update(projection.Current.Concepts[IndexFixture.Ex + "Dwell"]);

        Assert.Equal(before + 2, index.LabelCount);
        var result = index.Match("Dwell time/us");
        Assert.Equal(IndexFixture.Ex + "Dwell", result.Best!.ConceptIri);
        Assert.Equal("us", result.Best.Unit);
    }

    [Fact]
    public void Remove_concept_disappearsEverywhere()
    {
        var projection = IndexFixture.Microscopy();
        using var index = LabelIndex.Build(projection.Current);

        Assert.True(index.Remove(IndexFixture.Ex + "TEM"));

        Assert.Equal(MatchStatus.Unmatched, index.Match("TEM").Status);
        Assert.DoesNotContain(index.Search("電子"), h => h.ConceptIri == IndexFixture.Ex + "TEM");
        Assert.DoesNotContain(index.Autocomplete("trans"), h => h.ConceptIri == IndexFixture.Ex + "TEM");
        Assert.False(index.Remove(IndexFixture.Ex + "TEM"));
    }

    [Fact]
    public void Update_deprecatedConcept_leavesTheIndex()
    {
        var projection = IndexFixture.Microscopy();
        using var index = LabelIndex.Build(projection.Current);
        var concepts = index.ConceptCount;

        IndexFixture.Add(projection, "ex:CameraLength <http://www.w3.org/2002/07/owl#deprecated> true .");
        index.Update(projection.Current.Concepts[IndexFixture.Ex + "CameraLength"]);

        Assert.Equal(concepts - 1, index.ConceptCount);
        Assert.Equal(MatchStatus.Unmatched, index.Match("camera length").Status);
        Assert.Empty(index.Autocomplete("カメラ"));
    }

    [Fact]
    public void Update_sharedLabelRemovedFromOneConcept_resolvesAmbiguity()
    {
        var projection = IndexFixture.Microscopy();
        using var index = LabelIndex.Build(projection.Current);
        Assert.Equal(MatchStatus.Ambiguous, index.Match("contrast").Status);

        index.Remove(IndexFixture.Ex + "DisplayContrast");

        Assert.Equal(IndexFixture.Ex + "ImageContrast", index.Match("contrast").Best!.ConceptIri);
    }

    [Fact]
    public void Update_manyChanges_keepPrefixTableConsistent()
    {
        var projection = IndexFixture.Microscopy();
        using var index = LabelIndex.Build(projection.Current);

        // Enough updates to force the prefix table to merge its recent additions several times.
        for (var i = 0; i < 3000; i++)
        {
            IndexFixture.Add(projection, $"ex:C{i} a skos:Concept ; skos:prefLabel \"zeta probe {i}\"@en .");
            index.Update(projection.Current.Concepts[IndexFixture.Ex + "C" + i]);
            index.Update(projection.Current.Concepts[IndexFixture.Ex + "C" + i]);
        }

        Assert.Equal(IndexFixture.Ex + "C2999", index.Autocomplete("zeta probe 2999").Single().ConceptIri);
        Assert.Equal(11, index.Autocomplete("zeta probe 299", limit: 50).Count);
        Assert.Equal(IndexFixture.Ex + "TEM", index.Match("TEM").Best!.ConceptIri);
    }

    [Fact]
    public async Task Readers_concurrentWithWriter_seeConsistentResults()
    {
        var projection = IndexFixture.Microscopy();
        using var index = LabelIndex.Build(projection.Current);
        var concept = projection.Current.Concepts[IndexFixture.Ex + "CameraLength"];
        var ct = TestContext.Current.CancellationToken;

        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                index.Update(concept);
            }
        }, ct);
        var reader = Task.Run(() =>
        {
            var wrong = 0;
            for (var i = 0; i < 2000; i++)
            {
                wrong += index.Match("TEM").Best?.ConceptIri == IndexFixture.Ex + "TEM" ? 0 : 1;
            }

            return wrong;
        }, ct);

        await writer;
        Assert.Equal(0, await reader);
        Assert.Equal(IndexFixture.Ex + "CameraLength", index.Match("camera length").Best!.ConceptIri);
    }
}
