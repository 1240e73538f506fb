using System.Text;
using Vocab.Core.Normalization;

namespace Vocab.Core.Tests.Normalization;

/// <summary>The ICU-free NFKC path must give exactly what <see cref="string.Normalize(NormalizationForm)"/> gives.</summary>
public sealed class NfkcFastTests
{
    [Fact]
    public void Normalize_everyBmpCharacterBetweenLetters_matchesIcu()
    {
        for (var code = 0x80; code <= 0xFFFF; code++)
        {
            // Surrogates and noncharacters are not text; ICU rejects them (see the test below).
            if (code is >= 0xD800 and <= 0xDFFF or >= 0xFDD0 and <= 0xFDEF or 0xFFFE or 0xFFFF)
            {
                continue;
            }

            var text = $"a{(char)code}b";
            Assert.Equal(text.Normalize(NormalizationForm.FormKC), Fast(text));
        }
    }

    [Theory]
    [InlineData("か\u3099")] // a combining voiced mark composes with the kana before it
    [InlineData("ｶﾞ")] // half-width kana with a half-width voiced mark
    [InlineData("e\u0301")] // a combining accent
    [InlineData("（ｋＶ）\u3000Å²")] // full-width, ideographic space, ångström sign, superscript
    [InlineData("ﾊﾟｲﾌﾟ")] // half-width semi-voiced kana
    public void Normalize_sequence_matchesIcu(string text)
    {
        Assert.Equal(text.Normalize(NormalizationForm.FormKC), Fast(text));
    }

    [Theory]
    [InlineData("bad\uD800label")] // lone surrogate
    [InlineData("ラベル\uFFFE")] // noncharacter
    public void Key_invalidUtf16_foldsToReplacementCharacter(string raw)
    {
        Assert.Contains('\uFFFD', LabelNormalizer.Key(raw));
    }

    private static string Fast(string text)
    {
        var buffer = new CharBuffer(new char[4]);
        try
        {
            return NfkcFast.Normalize(text, ref buffer).ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }
}
