using System.Collections.Frozen;

namespace Vocab.Core.Normalization;

/// <summary>
/// The unit symbols that decide whether a trailing bracket or a "/unit" suffix is a unit ("[kV]") or part of the
/// label ("(SEM)"). Matching is case-sensitive because case carries meaning in units (mV and MV; ms and MS, which
/// is also "mass spectrometry"). Symbols are as they read after NFKC: µ becomes Greek μ, Å the letter Å, ² a 2.
/// </summary>
internal static class UnitSymbols
{
    /// <summary>Symbols that are a unit on their own and may be factors of a composed unit.</summary>
    private static readonly FrozenSet<string> Symbols = new[]
    {
        // Voltage: accelerating voltage, bias, detector and lens voltages. "KV"/"kv" are how some software writes kV.
        "V", "kV", "MV", "mV", "μV", "uV", "KV", "kv",
        // Current: emission, probe and beam currents.
        "A", "mA", "μA", "uA", "nA", "pA", "fA",
        // Length: camera length, pixel size, working distance, wavelength; "A°" and "Ang" are typed ångström.
        "m", "mm", "cm", "μm", "um", "nm", "pm", "Å", "A°", "Ang",
        // Time: dwell and exposure times, frame rates.
        "s", "ms", "μs", "us", "ns", "ps", "fs", "sec", "min", "h",
        // Frequency: scan rates, lock-in and readout frequencies.
        "Hz", "kHz", "MHz", "GHz",
        // Energy: beam energy, energy loss, X-ray lines.
        "eV", "keV", "MeV", "meV", "J", "mJ", "μJ",
        // Temperature: stage and sample temperatures ("°C" is what NFKC makes of ℃).
        "K", "mK", "°C", "degC", "°F",
        // Pressure: column and chamber vacuum.
        "Pa", "hPa", "kPa", "MPa", "GPa", "mbar", "bar", "Torr", "mTorr",
        // Angle: tilt, convergence and collection semi-angles.
        "rad", "mrad", "μrad", "urad", "deg", "°",
        // Power and magnetic field: laser power, objective-lens field.
        "W", "mW", "μW", "T", "mT",
        // Fractions and concentrations: composition columns.
        "%", "wt%", "at%", "ppm", "mol%",
        // Counts and pixels: detector signals and image sizes.
        "counts", "cts", "px", "pixel", "pixels",
        // Amount and mass: sample preparation.
        "g", "mg", "μg", "kg", "mol", "mmol", "L", "mL", "μL",
        // Arbitrary units of spectra and intensities.
        "a.u.", "arb. units", "arb.u.",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Symbols that only occur inside a composed unit: electrons in a dose "e/Å2", steradian in "counts/sr".</summary>
    private static readonly FrozenSet<string> FactorsOnly = new[] { "e", "sr", "frame" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"x" reads as a unit only alone, for magnifications ("Mag (x)"); inside a composition it is a variable.</summary>
    private const string Times = "x";

    /// <summary>Lengths that take a bare exponent on their own ("nm2", "cm3", "Å2") without reading like "A2" or "C1".</summary>
    private static readonly FrozenSet<string> Lengths = new[] { "m", "mm", "cm", "μm", "um", "nm", "pm", "Å" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SymbolLookup = Symbols.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FactorLookup = FactorsOnly.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LengthLookup = Lengths.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether an NFKC-normalized text is a unit: a known symbol, or known symbols composed with "/", "·", "*", "." or
    /// spaces, each with an optional exponent ("^-1", "-1", "2"), and "1" as a numerator ("1/nm").
    /// </summary>
    public static bool IsUnit(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty || text.Length > 24)
        {
            return false;
        }

        if (SymbolLookup.Contains(text) || text.SequenceEqual(Times))
        {
            return true;
        }

        var factors = 0;
        var symbols = 0;
        var bareExponent = false;
        var lastSymbolIsLength = false;
        foreach (var range in text.SplitAny("/·⋅*. "))
        {
            var factor = text[range];
            if (factor.IsEmpty)
            {
                return false;
            }

            factors++;
            if (factors == 1 && factor.SequenceEqual("1"))
            {
                continue;
            }

            var symbol = WithoutExponent(factor, out var marked);
            if (!(SymbolLookup.Contains(symbol) || FactorLookup.Contains(symbol)))
            {
                return false;
            }

            bareExponent |= symbol.Length < factor.Length && !marked;
            lastSymbolIsLength = LengthLookup.Contains(symbol);
            symbols++;
        }

        // One factor with a bare exponent is a unit only for lengths: "nm2" yes, "A2" (a sample name) no.
        return symbols > 0 && (factors > 1 || !bareExponent || lastSymbolIsLength);
    }

    /// <summary>
    /// The symbol part of a factor: strips digits, a sign (ASCII or the U+2212 that NFKC makes of ⁻) and "^";
    /// <paramref name="marked"/> says whether the exponent had a sign or a caret, which no sample name has.
    /// </summary>
    private static ReadOnlySpan<char> WithoutExponent(ReadOnlySpan<char> factor, out bool marked)
    {
        var end = factor.Length;
        while (end > 0 && char.IsAsciiDigit(factor[end - 1]))
        {
            end--;
        }

        marked = false;
        if (end < factor.Length && end > 0 && factor[end - 1] is '-' or '+' or '\u2212')
        {
            end--;
            marked = true;
        }

        if (end < factor.Length && end > 0 && factor[end - 1] == '^')
        {
            end--;
            marked = true;
        }

        return factor[..end];
    }
}
