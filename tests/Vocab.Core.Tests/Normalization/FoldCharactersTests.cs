using Vocab.Core.Normalization;

namespace Vocab.Core.Tests.Normalization;

/// <summary>The character-only folding that n-grams and prefix search use: no word rules, no unit split.</summary>
public sealed class FoldCharactersTests
{
    [Theory]
    [InlineData("Grain Boundaries", "grain boundaries")] // no singularization
    [InlineData("Acc. Voltage [kV]", "acc voltage kv")] // no abbreviation expansion, no unit split
    [InlineData("ｻｰﾊﾞｰ", "サーバ")] // width, kana and long-vowel rules still apply
    [InlineData("すぺくとる", "スペクトル")] // hiragana → katakana
    [InlineData("colour", "colour")] // no spelling pairs
    [InlineData("haadf", "haadf")] // already folded
    public void FoldCharacters_text_foldsCharactersOnly(string text, string expected)
    {
        Assert.Equal(expected, LabelNormalizer.FoldCharacters(text));
    }

    [Fact]
    public void FoldCharacters_foldedText_returnsTheSameInstance()
    {
        const string folded = "dark field";

        Assert.Same(folded, LabelNormalizer.FoldCharacters(folded));
    }
}
