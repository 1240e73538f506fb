namespace Vocab.Examples.FourDStem;

/// <summary>A factorization X ≈ W·H with its relative reconstruction error ‖X − WH‖F / ‖X‖F.</summary>
/// <param name="W">Row loadings, rows × rank (row-major).</param>
/// <param name="H">Components, rank × columns (row-major).</param>
/// <param name="Rank">The number of components.</param>
/// <param name="RelativeError">‖X − WH‖F / ‖X‖F.</param>
public sealed record NmfResult(double[] W, double[] H, int Rank, double RelativeError);

/// <summary>
/// Non-negative matrix factorization by Lee and Seung's multiplicative updates for the Frobenius norm (NIPS 2000). Each
/// fit tries a few fixed seeds and keeps the best, so results are reproducible and not hostage to one bad start.
/// </summary>
public static class Nmf
{
    private const double Eps = 1e-12;

    /// <summary>Factorizes the non-negative <paramref name="x"/> (rows × cols, row-major) at <paramref name="rank"/>.</summary>
    public static NmfResult Fit(double[] x, int rows, int cols, int rank, int iterations = 1500, int restarts = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(x.Length, rows * cols);
        NmfResult? best = null;
        for (var seed = 1; seed <= restarts; seed++)
        {
            var fit = FitOnce(x, rows, cols, rank, iterations, seed);
            if (best is null || fit.RelativeError < best.RelativeError)
            {
                best = fit;
            }
        }

        return best!;
    }

    private static NmfResult FitOnce(double[] x, int n, int m, int k, int iterations, int seed)
    {
        var random = new Random(seed);
        var scale = Math.Sqrt(x.Average() / k);
        var w = new double[n * k];
        var h = new double[k * m];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = scale * (0.1 + random.NextDouble());
        }

        for (var i = 0; i < h.Length; i++)
        {
            h[i] = scale * (0.1 + random.NextDouble());
        }

        var wtx = new double[k * m];
        var wtw = new double[k * k];
        var xht = new double[n * k];
        var hht = new double[k * k];
        for (var it = 0; it < iterations; it++)
        {
            // H ← H ∘ (WᵀX) / (WᵀW H)
            Gram(w, n, k, wtw);
            for (var a = 0; a < k; a++)
            {
                for (var j = 0; j < m; j++)
                {
                    double s = 0;
                    for (var i = 0; i < n; i++)
                    {
                        s += w[(i * k) + a] * x[(i * m) + j];
                    }

                    wtx[(a * m) + j] = s;
                }
            }

            for (var a = 0; a < k; a++)
            {
                for (var j = 0; j < m; j++)
                {
                    double d = 0;
                    for (var b = 0; b < k; b++)
                    {
                        d += wtw[(a * k) + b] * h[(b * m) + j];
                    }

                    h[(a * m) + j] *= wtx[(a * m) + j] / (d + Eps);
                }
            }

            // W ← W ∘ (XHᵀ) / (W HHᵀ)
            for (var a = 0; a < k; a++)
            {
                for (var b = 0; b < k; b++)
                {
                    double s = 0;
                    for (var j = 0; j < m; j++)
                    {
                        s += h[(a * m) + j] * h[(b * m) + j];
                    }

                    hht[(a * k) + b] = s;
                }
            }

            for (var i = 0; i < n; i++)
            {
                for (var a = 0; a < k; a++)
                {
                    double s = 0;
                    for (var j = 0; j < m; j++)
                    {
                        s += x[(i * m) + j] * h[(a * m) + j];
                    }

                    xht[(i * k) + a] = s;
                }
            }

            for (var i = 0; i < n; i++)
            {
                for (var a = 0; a < k; a++)
                {
                    double d = 0;
                    for (var b = 0; b < k; b++)
                    {
                        d += w[(i * k) + b] * hht[(b * k) + a];
                    }

                    w[(i * k) + a] *= xht[(i * k) + a] / (d + Eps);
                }
            }
        }

        return new NmfResult(w, h, k, RelativeError(x, w, h, n, m, k));
    }

    private static void Gram(double[] w, int n, int k, double[] into)
    {
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                double s = 0;
                for (var i = 0; i < n; i++)
                {
                    s += w[(i * k) + a] * w[(i * k) + b];
                }

                into[(a * k) + b] = s;
            }
        }
    }

    private static double RelativeError(double[] x, double[] w, double[] h, int n, int m, int k)
    {
        double residual = 0, norm = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                double v = 0;
                for (var a = 0; a < k; a++)
                {
                    v += w[(i * k) + a] * h[(a * m) + j];
                }

                var e = x[(i * m) + j] - v;
                residual += e * e;
                norm += x[(i * m) + j] * x[(i * m) + j];
            }
        }

        return Math.Sqrt(residual / norm);
    }
}
