namespace Vocab.Index.Tests;

/// <summary>The result cache of the exact-label hot path: the same answers as the full path, and never stale.</summary>
public sealed class MatchCacheTests
{
    [Fact]
    public void Match_repeatedWithDifferentLimits_answersAsTheFullPath()
    {
        using var index = LabelIndex.Build(IndexFixture.Microscopy().Current);

        var first = index.Match("contrast", new MatchOptions { Limit = 1 });
        var second = index.Match("contrast", new MatchOptions { Limit = 3 });
        var uncached = index.Match("contrast", new MatchOptions { Limit = 3, Lang = "en" });

        Assert.Single(first.Candidates);
        Assert.Equal(2, second.Candidates.Count);
        Assert.Equal(uncached.Candidates.Select(c => c.ConceptIri), second.Candidates.Select(c => c.ConceptIri));
        Assert.Equal(MatchStatus.Ambiguous, first.Status);
        Assert.Same(second, index.Match("contrast", new MatchOptions { Limit = 3 }));
    }

    [Fact]
    public void Match_afterAnUpdateAddsARival_isNoLongerTheCachedAnswer()
    {
        var projection = IndexFixture.Microscopy();
        using var index = LabelIndex.Build(projection.Current);
        Assert.Equal(MatchStatus.Matched, index.Match("camera length").Status);

        IndexFixture.Add(projection, "ex:CameraLength2 a skos:Concept ; skos:prefLabel \"camera length\"@en .");
        index.Update(projection.Current.Concepts[IndexFixture.Ex + "CameraLength2"]);

        Assert.Equal(MatchStatus.Ambiguous, index.Match("camera length").Status);
    }
}
