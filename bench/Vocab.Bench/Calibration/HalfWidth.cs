namespace Vocab.Bench.Calibration;

/// <summary>Full-width katakana to the half-width forms old systems and spreadsheets still produce (ガ → ｶﾞ).</summary>
internal static class HalfWidth
{
    private const string Full = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン・";
    private const string Half = "ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ･";
    private const string Voiced = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";
    private const string VoicedBase = "カキクケコサシスセソタチツテトハヒフヘホ";
    private const string SemiVoiced = "パピプペポ";
    private const string SemiVoicedBase = "ハヒフヘホ";

    /// <summary>The half-width spelling of <paramref name="c"/>, or null when it has none.</summary>
    public static string? Map(char c)
    {
        var at = Full.IndexOf(c, StringComparison.Ordinal);
        if (at >= 0)
        {
            return Half[at].ToString();
        }

        if ((at = Voiced.IndexOf(c, StringComparison.Ordinal)) >= 0)
        {
            return Map(VoicedBase[at]) + "ﾞ";
        }

        if ((at = SemiVoiced.IndexOf(c, StringComparison.Ordinal)) >= 0)
        {
            return Map(SemiVoicedBase[at]) + "ﾟ";
        }

        return c == 'ヴ' ? "ｳﾞ" : null;
    }
}
