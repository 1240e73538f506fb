using Vocab.Rdf.Skos;

namespace Vocab.Rdf.Tests.Skos;

public sealed class FingerprintTests
{
    [Fact]
    public void Fingerprint_partsSplitDifferently_differ()
    {
        var ab_c = Fingerprint.Finish(Fingerprint.Add(Fingerprint.Start("ab"), "c"));
        var a_bc = Fingerprint.Finish(Fingerprint.Add(Fingerprint.Start("a"), "bc"));

        Assert.NotEqual(ab_c, a_bc);
    }

    [Fact]
    public void Fingerprint_millionLabels_haveNoCollision()
    {
        var set = new FingerprintSet();
        for (var i = 0; i < 1_000_000; i++)
        {
            Assert.True(set.Add(Fingerprint.Finish(Fingerprint.Add(Fingerprint.Start("urn:x-edict:L" + i), "label " + (i % 1000)))));
        }

        Assert.Equal(1_000_000, set.Count);
    }

    [Fact]
    public void FingerprintSet_addTwiceAndZero_behaveAsASet()
    {
        var set = new FingerprintSet();

        Assert.True(set.Add(0));
        Assert.False(set.Add(0));
        Assert.True(set.Add(42));
        Assert.False(set.Add(42));
        Assert.True(set.Contains(0));
        Assert.True(set.Contains(42));
        Assert.False(set.Contains(7));
        Assert.Equal(2, set.Count);
    }
}
