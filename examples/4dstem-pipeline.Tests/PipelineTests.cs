namespace Vocab.Examples.FourDStem.Tests;

public sealed class PipelineTests
{
    [Fact]
    public async Task Run_shippedThesaurus_poolsByConceptAndFitsBetterThanRawNames()
    {
        var sets = SyntheticData.Create();

        var report = await Pipeline.RunAsync(sets, new IndexResolver(), TestContext.Current.CancellationToken);

        Assert.Empty(report.Unresolved);
        Assert.Equal(15, report.Raw.Pooled.Columns.Count);
        Assert.Equal(["bright-field detector", "annular bright-field detector", "annular dark-field detector", "HAADF detector"], report.Normalized.Pooled.Columns);
        Assert.Equal(4, report.Metadata["acceleration voltage"].Count);
        Assert.Equal("200 kV", report.Metadata["acceleration voltage"]["Vendor B (JEOL-like)"]);
        Assert.Equal(4, report.Metadata["camera length"].Count);
        Assert.InRange(report.Normalized.Fit.RelativeError, 0, 0.03);
        Assert.True(report.Raw.Fit.RelativeError > 10 * report.Normalized.Fit.RelativeError);
        Assert.All(report.Normalized.VendorPurity, p => Assert.InRange(p, 0, 0.5));
        Assert.Contains(report.Raw.VendorPurity, p => p > 0.7);
        Assert.True(report.Raw.RankToMatch is null or > Pipeline.TrueRank + 2);
    }

    [Fact]
    public void Fit_exactRankTwoMatrix_isRecoveredWithTinyError()
    {
        double[] w = [1, 0, 0, 1, 0.5, 0.5, 0.2, 0.8];
        double[] h = [1, 2, 0, 1, 0, 1, 3, 1];
        var x = new double[4 * 4];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                x[(i * 4) + j] = (w[i * 2] * h[j]) + (w[(i * 2) + 1] * h[4 + j]);
            }
        }

        var fit = Nmf.Fit(x, 4, 4, 2, iterations: 5000);

        Assert.InRange(fit.RelativeError, 0, 1e-3);
        Assert.All(fit.W.Concat(fit.H), v => Assert.True(v >= 0));
    }

    [Fact]
    public void Create_fixedSeed_isReproducibleAndHasVendorNames()
    {
        var a = SyntheticData.Create();
        var b = SyntheticData.Create();

        Assert.Equal(a[1].Intensities, b[1].Intensities);
        Assert.Contains("加速電圧(kV)", a[1].Metadata.Select(p => p.Key));
        Assert.StartsWith("BF,ABF Detector,ADF,HAADF_det\n", a[0].ToCsv(), StringComparison.Ordinal);
    }
}
