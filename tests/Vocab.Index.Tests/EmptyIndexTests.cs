using Vocab.Rdf.Skos;

namespace Vocab.Index.Tests;

public sealed class EmptyIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Build_emptyThesaurus_givesAnIndexThatFindsNothing(int threads)
    {
        using var index = LabelIndex.Build(new ThesaurusProjection().Current, threads);

        Assert.Equal(0, index.LabelCount);
        Assert.Equal(MatchStatus.Unmatched, index.Match("HAADF").Status);
        Assert.Empty(index.Search("HAADF"));
        Assert.Empty(index.Autocomplete("HA"));
    }
}
