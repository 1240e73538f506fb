namespace Vocab.Index.Tests;

/// <summary>Real lookups against the thesaurus that ships in ontology/.</summary>
public sealed class ShippedOntologyTests
{
    private const string Technique = "https://w3id.org/vocab/technique/";
    private const string Parameter = "https://w3id.org/vocab/parameter/";

    private static readonly Lazy<LabelIndex> Index = new(() =>
        LabelIndex.Build(IndexFixture.Project(Directory.GetFiles(Path.Combine(IndexFixture.RepoRoot, "ontology"), "*.ttl")).Current));

    [Fact]
    public void Match_haadf_findsTheStemTechnique()
    {
        // The concept's local name has changed before; its scheme and English prefLabel are the stable facts.
        var result = Index.Value.Match("HAADF", new MatchOptions { Lang = "en" });

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.StartsWith(Technique, result.Best!.ConceptIri, StringComparison.Ordinal);
        Assert.StartsWith("high-angle annular dark-field", result.Best.PrefLabel, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("加速電圧", Parameter + "AccelerationVoltage")]
    [InlineData("Camera Length", Parameter + "CameraLength")]
    [InlineData("Acc. Voltage [kV]", Parameter + "AccelerationVoltage")]
    [InlineData("カメラ長(mm)", Parameter + "CameraLength")]
    public void Match_realLabels_resolve(string raw, string concept)
    {
        var result = Index.Value.Match(raw);

        Assert.Equal(MatchStatus.Matched, result.Status);
        Assert.Equal(concept, result.Best!.ConceptIri);
    }

    [Fact]
    public void Search_electronMicroscope_findsTechniques()
    {
        var hits = Index.Value.Search("電子顕微鏡");

        Assert.Contains(hits, h => h.ConceptIri.StartsWith(Technique, StringComparison.Ordinal) && h.MatchedLabel.Contains("電子顕微鏡", StringComparison.Ordinal));
        Assert.True(Index.Value.ConceptCount > 100);
    }
}
