using System.Text.Json.Nodes;

namespace Vocab.Examples.FourDStem;

/// <summary>The pooled intensity matrix: every instrument's rows, one column per distinct channel key.</summary>
/// <param name="Columns">The column keys (raw channel names, or concept prefLabels).</param>
/// <param name="Matrix">Rows × columns, row-major; zero where an instrument has no such column.</param>
/// <param name="RowInstrument">For each row, the index of the instrument it came from.</param>
public sealed record PooledMatrix(IReadOnlyList<string> Columns, double[] Matrix, int[] RowInstrument)
{
    /// <summary>Row count.</summary>
    public int Rows => RowInstrument.Length;
}

/// <summary>The factorization of one pooling.</summary>
/// <param name="Pooled">The matrix factorized.</param>
/// <param name="Fit">NMF at the true rank.</param>
/// <param name="VendorPurity">Per component: the share of its loading in the rows of one instrument (1 = a vendor artifact).</param>
/// <param name="RankToMatch">The smallest rank whose error is at most the target error (null when none up to the column count).</param>
public sealed record PoolingOutcome(PooledMatrix Pooled, NmfResult Fit, double[] VendorPurity, int? RankToMatch);

/// <summary>Everything the example prints.</summary>
/// <param name="Metadata">concept prefLabel → instrument → value as written (with the unit split off the key).</param>
/// <param name="RawMetadataKeys">Distinct metadata keys before normalization.</param>
/// <param name="Unresolved">Labels the server did not match.</param>
/// <param name="Raw">Pooling by raw channel name.</param>
/// <param name="Normalized">Pooling by concept.</param>
public sealed record PipelineReport(
    IReadOnlyDictionary<string, Dictionary<string, string>> Metadata,
    int RawMetadataKeys,
    IReadOnlyList<string> Unresolved,
    PoolingOutcome Raw,
    PoolingOutcome Normalized);

/// <summary>Normalizes the set through a resolver, pools it by raw name and by concept, and factorizes both.</summary>
public static class Pipeline
{
    /// <summary>The rank the synthetic data really has.</summary>
    public const int TrueRank = 2;

    /// <summary>Runs the whole pipeline.</summary>
    public static async Task<PipelineReport> RunAsync(IReadOnlyList<InstrumentDataset> sets, ILabelResolver resolver, CancellationToken cancellationToken)
    {
        var metadataKeys = sets.SelectMany(s => Leaves(s.Metadata).Select(l => l.Key)).ToHashSet(StringComparer.Ordinal);
        var channelNames = sets.SelectMany(s => s.Channels).ToHashSet(StringComparer.Ordinal);
        var resolved = await resolver.ResolveAsync([.. metadataKeys.Union(channelNames)], cancellationToken);

        string Key(string raw) => resolved.TryGetValue(raw, out var r) && r.Status == "matched" && r.PrefLabel is not null ? r.PrefLabel : raw;

        var metadata = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            foreach (var (key, value) in Leaves(set.Metadata))
            {
                var unit = resolved.TryGetValue(key, out var r) ? r.Unit : null;
                var row = metadata.TryGetValue(Key(key), out var existing) ? existing : metadata[Key(key)] = [];
                row[set.Instrument] = unit is null ? value : value + " " + unit;
            }
        }

        var unresolved = resolved.Values.Where(r => r.Status != "matched").Select(r => $"{r.Input} ({r.Status})").Order(StringComparer.Ordinal).ToList();
        var raw = Pool(sets, c => c);
        var normalized = Pool(sets, Key);
        var normalizedOutcome = Factorize(normalized, target: null);
        var rawOutcome = Factorize(raw, target: normalizedOutcome.Fit.RelativeError);
        return new PipelineReport(metadata, metadataKeys.Count, unresolved, rawOutcome, normalizedOutcome);
    }

    /// <summary>Stacks every instrument's rows; columns are the distinct keys in first-seen order.</summary>
    public static PooledMatrix Pool(IReadOnlyList<InstrumentDataset> sets, Func<string, string> key)
    {
        var columns = new List<string>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in sets.SelectMany(s => s.Channels).Select(key))
        {
            if (position.TryAdd(name, columns.Count))
            {
                columns.Add(name);
            }
        }

        var rows = sets.Sum(s => s.Rows);
        var matrix = new double[rows * columns.Count];
        var rowInstrument = new int[rows];
        var row = 0;
        for (var s = 0; s < sets.Count; s++)
        {
            var set = sets[s];
            for (var r = 0; r < set.Rows; r++, row++)
            {
                rowInstrument[row] = s;
                for (var c = 0; c < set.Channels.Count; c++)
                {
                    // Two raw channels of one instrument could map to one concept; their signals add.
                    matrix[(row * columns.Count) + position[key(set.Channels[c])]] += set.Intensities[(r * set.Channels.Count) + c];
                }
            }
        }

        return new PooledMatrix(columns, matrix, rowInstrument);
    }

    private static PoolingOutcome Factorize(PooledMatrix pooled, double? target)
    {
        var cols = pooled.Columns.Count;
        var fit = Nmf.Fit(pooled.Matrix, pooled.Rows, cols, TrueRank);
        var instruments = pooled.RowInstrument.Max() + 1;
        var purity = new double[TrueRank];
        for (var a = 0; a < TrueRank; a++)
        {
            var perInstrument = new double[instruments];
            for (var i = 0; i < pooled.Rows; i++)
            {
                perInstrument[pooled.RowInstrument[i]] += fit.W[(i * TrueRank) + a];
            }

            purity[a] = perInstrument.Max() / Math.Max(perInstrument.Sum(), 1e-12);
        }

        int? rankToMatch = null;
        if (target is { } goal)
        {
            for (var k = TrueRank; k <= cols && rankToMatch is null; k++)
            {
                if ((k == TrueRank ? fit : Nmf.Fit(pooled.Matrix, pooled.Rows, cols, k, iterations: 800)).RelativeError <= goal * 1.05)
                {
                    rankToMatch = k;
                }
            }
        }

        return new PoolingOutcome(pooled, fit, purity, rankToMatch ?? (target is null ? TrueRank : null));
    }

    /// <summary>Every scalar leaf of a JSON object, by its own key (the path's last step).</summary>
    public static IEnumerable<KeyValuePair<string, string>> Leaves(JsonObject obj)
    {
        foreach (var (key, value) in obj)
        {
            if (value is JsonObject nested)
            {
                foreach (var leaf in Leaves(nested))
                {
                    yield return leaf;
                }
            }
            else if (value is not null)
            {
                yield return new(key, value.ToJsonString());
            }
        }
    }
}
