using System.Buffers;
using System.Text.RegularExpressions;
using Vocab.Core.Normalization;

namespace Vocab.Core.Tests.Normalization;

/// <summary>
/// Key() is a fast path of Normalize(): the two must never disagree; a key is already character-folded; and
/// capitalization of words never changes a key.
/// </summary>
public sealed partial class NormalizerConsistencyTests
{
    private static readonly SearchValues<char> UnitMarks = SearchValues.Create("()[]/,");

    private const string ChmoPath = "/work/shared/data/chmo/chmo-skos.DERIVED.ttl";

    [Theory]
    [InlineData("Acc. Voltage [kV]")]
    [InlineData("高角度環状暗視野（HAADF）")]
    [InlineData("Dose (e/Å²)")]
    [InlineData("(methanesulfinyl)methane")]
    [InlineData("ＳＴＥＭ－ＥＤＳ　マッピング")]
    [InlineData("x")]
    public void Key_label_equalsNormalizeKey(string raw)
    {
        Assert.Equal(LabelNormalizer.Normalize(raw).Key, LabelNormalizer.Key(raw));
    }

    [Fact]
    public void Key_longLabel_usesPooledBuffersCorrectly()
    {
        var raw = string.Concat(Enumerable.Repeat("Grain Boundaries of Aluminium ", 40));
        var expected = string.Join(' ', Enumerable.Repeat("grain boundary of aluminum", 40));

        Assert.Equal(expected, LabelNormalizer.Key(raw));
    }

    [Fact]
    public void Key_labelOfManySeparators_isComputedInOnePass()
    {
        // Quadratic unit detection would take minutes here; a linear one takes milliseconds.
        var raw = string.Concat(Enumerable.Repeat("ab, / ", 100_000)) + "x (nm)";
        var label = LabelNormalizer.Normalize(raw);

        Assert.Equal("nm", label.Unit);
        Assert.StartsWith("ab ab ab", label.Key, StringComparison.Ordinal);
        Assert.EndsWith("ab x", label.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_chmoLabels_agreeWithNormalizeAndAreStable()
    {
        if (!File.Exists(ChmoPath))
        {
            Assert.Skip($"{ChmoPath} is not on this machine.");
        }

        var labels = LabelLiteral().Matches(File.ReadAllText(ChmoPath)).Select(m => m.Groups[1].Value).ToList();
        Assert.True(labels.Count > 1000, $"only {labels.Count} labels found");
        foreach (var raw in labels)
        {
            var key = LabelNormalizer.Key(raw);
            Assert.Equal(LabelNormalizer.Normalize(raw).Key, key);
            Assert.Equal(key, LabelNormalizer.FoldCharacters(key));
            if (raw.AsSpan().IndexOfAny(UnitMarks) < 0)
            {
                // Without a unit or abbreviation part (case-sensitive symbols), capitalizing words never changes a key;
                // only all-capital words do, because they are read as acronyms.
                Assert.Equal(key, LabelNormalizer.Key(TitleCase(raw)));
            }
        }
    }

    /// <summary>Capitalizes the first letter of each lower-case word; all-capital words are left as they are.</summary>
    private static string TitleCase(string text) =>
        LowerWord().Replace(text, m => char.ToUpperInvariant(m.Value[0]) + m.Value[1..]);

    [GeneratedRegex(@"\b[a-z]+\b")]
    private static partial Regex LowerWord();

    [GeneratedRegex("""skos:(?:prefLabel|altLabel) "((?:[^"\\]|\\.)*)"@""")]
    private static partial Regex LabelLiteral();
}
