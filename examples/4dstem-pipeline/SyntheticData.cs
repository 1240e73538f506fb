using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Vocab.Examples.FourDStem;

/// <summary>One instrument's share of the set: its metadata as its software writes it, and its intensity table.</summary>
/// <param name="Instrument">Who wrote it.</param>
/// <param name="Metadata">The metadata JSON, keys in the vendor's own words.</param>
/// <param name="Channels">The intensity table's column names, in the vendor's own words.</param>
/// <param name="Intensities">Rows = scan positions, columns = <paramref name="Channels"/> (row-major).</param>
public sealed record InstrumentDataset(string Instrument, JsonObject Metadata, IReadOnlyList<string> Channels, double[] Intensities)
{
    /// <summary>Scan positions.</summary>
    public int Rows => Intensities.Length / Channels.Count;

    /// <summary>The intensity table as CSV (header row, then one row per scan position).</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder(string.Join(',', Channels.Select(c => c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c))).Append('\n');
        for (var r = 0; r < Rows; r++)
        {
            csv.AppendJoin(',', Enumerable.Range(0, Channels.Count).Select(c => Intensities[(r * Channels.Count) + c].ToString("0.####", CultureInfo.InvariantCulture))).Append('\n');
        }

        return csv.ToString();
    }
}

/// <summary>
/// A synthetic multi-vendor 4D-STEM set. Every scan position is a non-negative mix of two phases (an amorphous matrix
/// that scatters little, a crystalline precipitate that scatters to high angles), seen through four virtual detectors
/// (BF, ABF, ADF, HAADF). Four instruments record the same physics, each naming channels and metadata its own way and
/// each with its own overall gain; so the pooled data truly has rank two, whatever the names.
/// </summary>
public static class SyntheticData
{
    /// <summary>The true phase signatures over (BF, ABF, ADF, HAADF).</summary>
    public static readonly double[][] Phases = [[0.90, 0.55, 0.20, 0.08], [0.25, 0.35, 0.80, 0.95]];

    private static readonly (string Name, double Gain, string[] Channels, string Metadata)[] Vendors =
    [
        ("Vendor A (Velox-like)", 1.00, ["BF", "ABF Detector", "ADF", "HAADF_det"],
            """{"Optics": {"HT": 300, "CameraLength": 115, "ConvergenceAngle": 21.4}, "Scan": {"DwellTime": 2.0, "StepSize": 0.5}}"""),
        ("Vendor B (JEOL-like)", 0.80, ["明視野検出器", "環状明視野検出器", "環状暗視野検出器", "高角度環状暗視野検出器"],
            """{"加速電圧(kV)": 200, "カメラ長(mm)": 100, "収束半角(mrad)": 18.0, "倍率": 800000}"""),
        ("Vendor C (DigitalMicrograph-like)", 1.25, ["BF Detector", "ABF detector", "ADF Detector", "HAADF Detector"],
            """{"Microscope Info": {"Accelerating Voltage (kV)": 200, "Camera Length [mm]": 80, "Convergence semi-angle (mrad)": 25.0}, "Acquisition": {"Pixel Time": 1.5}}"""),
        ("Vendor D (open-source reader)", 0.95, ["BF detector", "ABF detector", "ADF detector", "HAADF detector"],
            """{"beam": {"AccelerationVoltage": 300, "Convergence semi-angle (mrad)": 20.0}, "detector": {"Camera Length [mm]": 120}, "scan": {"Scan step (nm)": 0.4}}"""),
    ];

    /// <summary>The four instruments' datasets; <paramref name="rowsPerInstrument"/> scan positions each, from a fixed seed.</summary>
    public static IReadOnlyList<InstrumentDataset> Create(int rowsPerInstrument = 60, int seed = 42)
    {
        var random = new Random(seed);
        var sets = new List<InstrumentDataset>();
        foreach (var (name, gain, channels, metadata) in Vendors)
        {
            var x = new double[rowsPerInstrument * channels.Length];
            for (var r = 0; r < rowsPerInstrument; r++)
            {
                // Abundances: the precipitate fraction sweeps across the scan, with jitter.
                var precipitate = Math.Clamp(((double)r / rowsPerInstrument) + ((random.NextDouble() - 0.5) * 0.3), 0, 1);
                var thickness = 0.7 + (0.6 * random.NextDouble());
                for (var c = 0; c < channels.Length; c++)
                {
                    var clean = thickness * (((1 - precipitate) * Phases[0][c]) + (precipitate * Phases[1][c]));
                    var noise = 1 + ((random.NextDouble() - 0.5) * 0.04);
                    x[(r * channels.Length) + c] = 1000 * gain * clean * noise;
                }
            }

            sets.Add(new InstrumentDataset(name, JsonNode.Parse(metadata)!.AsObject(), channels, x));
        }

        return sets;
    }
}
