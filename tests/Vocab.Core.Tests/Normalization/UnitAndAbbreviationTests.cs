using Vocab.Core.Normalization;

namespace Vocab.Core.Tests.Normalization;

/// <summary>Units and abbreviations split off a label, one line per form.</summary>
public sealed class UnitAndAbbreviationTests
{
    [Theory]
    [InlineData("Acc. Voltage [kV]", "acceleration voltage", "kV", "Acc. Voltage")] // square brackets
    [InlineData("Camera length (mm)", "camera length", "mm", "Camera length")] // parentheses
    [InlineData("Dwell time/us", "dwell time", "us", "Dwell time")] // slash suffix
    [InlineData("加速電圧(kV)", "加速電圧", "kV", "加速電圧")] // CJK label, ASCII brackets
    [InlineData("加速電圧（ｋＶ）", "加速電圧", "kV", "加速電圧")] // full-width brackets and unit
    [InlineData("Exposure time [s]", "exposure time", "s", "Exposure time")] // one-letter unit
    [InlineData("Temperature, K", "temperature", "K", "Temperature")] // comma suffix
    [InlineData("Pixel size (µm)", "pixel size", "μm", "Pixel size")] // micro sign → Greek mu by NFKC
    [InlineData("Dose (e/Å²)", "dose", "e/Å2", "Dose")] // composed unit with a superscript
    [InlineData("Scattering vector (nm⁻¹)", "scattering vector", "nm−1", "Scattering vector")] // negative exponent
    [InlineData("q (1/nm)", "q", "1/nm", "q")] // reciprocal unit
    [InlineData("Density [g/cm3]", "density", "g/cm3", "Density")] // composed unit with a bare exponent
    [InlineData("Magnification (x)", "magnification", "x", "Magnification")] // times sign for magnification
    [InlineData("Intensity (a.u.)", "intensity", "a.u.", "Intensity")] // arbitrary units
    [InlineData("Stage temperature (℃)", "stage temperature", "°C", "Stage temperature")] // ℃ → °C by NFKC
    [InlineData("Composition (wt%)", "composition", "wt%", "Composition")] // percent units
    [InlineData("Spatial frequency (nm^-1)", "spatial frequency", "nm^-1", "Spatial frequency")] // caret exponent
    [InlineData("Image size (pixels)", "image size", "pixels", "Image size")] // counted units
    [InlineData("Chamber pressure [Torr]", "chamber pressure", "Torr", "Chamber pressure")] // named pressure unit
    [InlineData("Sample (A2)", "sample a2", null, "Sample (A2)")] // a bare exponent on a non-length is a name
    [InlineData("Mass spectrometry (MS)", "mass spectrometry", null, "Mass spectrometry (MS)")] // MS is not ms
    [InlineData("Signal/noise", "signal noise", null, "Signal/noise")] // a slash without a unit after it
    [InlineData("(kV)", "kv", null, "(kV)")] // a unit with no label stays the label
    public void Normalize_unit_splitsOff(string raw, string key, string? unit, string propertyText)
    {
        var label = LabelNormalizer.Normalize(raw);

        Assert.Equal(key, label.Key);
        Assert.Equal(unit, label.Unit);
        Assert.Equal(propertyText, label.PropertyText);
    }

    [Theory]
    [InlineData("energy-dispersive X-ray spectroscopy (EDS)", "energy dispersive x ray spectroscopy", "eds")] // abbreviation in parentheses
    [InlineData("Scanning electron microscopy (SEM)", "scanning electron microscopy", "sem")] // not a unit
    [InlineData("高角度環状暗視野（HAADF）", "高角度環状暗視野", "haadf")] // full-width parentheses
    [InlineData("scanning transmission electron microscopy (S/TEM)", "scanning transmission electron microscopy", "s tem")] // folded
    [InlineData("Camera (left)", "camera left", null)] // lower-case words are not an abbreviation
    [InlineData("EDS map [keV]", "eds map", null)] // a unit is not an abbreviation
    public void Normalize_parenthesizedAbbreviation_isFoldedAndLeftOutOfTheKey(string raw, string key, string? abbreviation)
    {
        var label = LabelNormalizer.Normalize(raw);

        Assert.Equal(key, label.Key);
        Assert.Equal(abbreviation, label.ParenthesizedAbbreviation);
    }

    [Theory]
    [InlineData("high-angle annular dark field", "haadf")] // hyphens separate words
    [InlineData("electron energy loss spectroscopy", "eels")] // plain words
    [InlineData("Analysis of the Surface", "as")] // stop words carry no initial
    [InlineData("Acc. Voltage [kV]", "av")] // after the unit is split off
    [InlineData("spectroscopy", null)] // one word has no initialism
    [InlineData("speed of light", "sl")] // two content words suffice
    [InlineData("高角度 環状", null)] // not Latin
    [InlineData("SALDI-TOF-MS", null)] // initials of acronyms would collide with other acronyms ("stm")
    [InlineData("HRTEM image", null)] // a label with an acronym is abbreviated already
    [InlineData("13C NMR spectra", null)] // words that start with digits have no initial
    public void Normalize_initialism_takesContentWordInitials(string raw, string? initialism)
    {
        Assert.Equal(initialism, LabelNormalizer.Normalize(raw).Initialism);
    }

    [Fact]
    public void Normalize_tokens_areTheKeySplitOnSpaces()
    {
        var label = LabelNormalizer.Normalize("High-Angle Annular Dark Field (HAADF)");

        Assert.Equal(["high", "angle", "annular", "dark", "field"], label.Tokens);
        Assert.Equal("haadf", label.ParenthesizedAbbreviation);
        Assert.Equal("haadf", label.Initialism);
        Assert.Empty(LabelNormalizer.Normalize("  ").Tokens);
    }
}
