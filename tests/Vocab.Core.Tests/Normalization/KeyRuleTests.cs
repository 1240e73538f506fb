using Vocab.Core.Normalization;

namespace Vocab.Core.Tests.Normalization;

/// <summary>One line per normalization rule, the way Lucene's analysis tests read.</summary>
public sealed class KeyRuleTests
{
    [Theory]
    [InlineData("ＨＡＡＤＦ", "haadf")] // full-width Latin → ASCII (NFKC)
    [InlineData("HAADF", "haadf")] // case folding
    [InlineData("ｶﾒﾗ長", "カメラ長")] // half-width katakana → katakana (NFKC)
    [InlineData("かめら", "カメラ")] // hiragana → katakana
    [InlineData("サーバー", "サーバ")] // trailing long vowel dropped on a katakana word of three or more
    [InlineData("キー", "キー")] // ... and kept on a two-letter word
    [InlineData("エネルギー分散", "エネルギ分散")] // ... at the end of the katakana run, not of the label
    [InlineData("ビーム", "ビーム")] // long vowel between katakana kept
    [InlineData("ｻｰﾊﾞｰ", "サーバ")] // half-width long vowel mark U+FF70
    [InlineData("サ\u2015バ\u2015", "サーバ")] // a dash after katakana is a mistyped long vowel
    [InlineData("デ-タベ-ス", "データベース")] // an ASCII hyphen between katakana is a mistyped long vowel
    [InlineData("デ－タ", "データ")] // ... and so is the full-width hyphen-minus
    [InlineData("エネルギ-", "エネルギ")] // ... and a hyphen ending the label (then dropped like a final ー)
    [InlineData("エネルギ- 分散", "エネルギ 分散")] // ... or before a space
    [InlineData("クラスタ-分析", "クラスタ分析")] // ... or before kanji
    [InlineData("ｻ-ﾊﾞ-", "サーバ")] // ... after half-width katakana too
    [InlineData("で-た", "データ")] // ... and after hiragana
    [InlineData("ウラン-238", "ウラン 238")] // a hyphen before a digit joins a compound
    [InlineData("カメラ-TEM", "カメラ tem")] // ... and before a Latin letter
    [InlineData("アルゴン-メタン", "アルゴン メタン")] // ... and after ン, which takes no long vowel
    [InlineData("フィルタ〜", "フィルタ")] // ... and so is a wave dash
    [InlineData("High-Angle_Annular.Dark  Field", "high angle annular dark field")] // dash, underscore, dot, space runs → one space
    [InlineData("  dark / field  ", "dark field")] // slashes and outer spaces
    [InlineData("走査・透過", "走査 透過")] // katakana middle dot is a separator
    [InlineData("加速電圧", "加速電圧")] // CJK kept unsegmented
    [InlineData("Young's modulus", "young modulus")] // apostrophe joins, then the s is a plural s
    [InlineData("Straße", "strasse")] // full case folding of ß
    [InlineData("grain boundaries", "grain boundary")] // -ies → -y
    [InlineData("analyses", "analysis")] // -yses → -ysis
    [InlineData("spectra", "spectrum")] // Latin plural
    [InlineData("matrices", "matrix")] // Latin -ices plural
    [InlineData("processes", "process")] // -sses → -ss
    [InlineData("fluxes", "flux")] // -xes → -x
    [InlineData("electrons", "electron")] // plain -s
    [InlineData("curves", "curve")] // -ves of a -ve word
    [InlineData("lenses", "lens")] // irregular -ses
    [InlineData("colour", "color")] // British → American -our
    [InlineData("aluminium", "aluminum")] // element name
    [InlineData("analyse", "analyze")] // -yse → -yze
    [InlineData("centre", "center")] // -re → -er
    [InlineData("nanometre", "nanometer")] // -metre rule
    [InlineData("polarisation", "polarization")] // -isation rule
    [InlineData("ionised", "ionized")] // short -ise stem from the table
    [InlineData("electrospray ionisation", "electrospray ionization")] // -isation with a short stem
    [InlineData("improvisation", "improvisation")] // the -isation word American English shares
    [InlineData("blow moulding", "blow molding")] // -ou- → -o-
    [InlineData("sulphate", "sulfate")] // sulph- rule
    [InlineData("defocussed", "defocused")] // -ss- focus forms
    [InlineData("tunnelling", "tunneling")] // -ll- before a suffix
    [InlineData("colours", "color")] // plural first, then spelling
    [InlineData("Acc. Voltage", "acceleration voltage")] // metadata abbreviation acc.
    [InlineData("Stage temp", "stage temperature")] // temp
    [InlineData("Mag", "magnification")] // mag
    [InlineData("Det.", "detector")] // det.
    [InlineData("Exp. time", "exposure time")] // exp.
    [InlineData("EELS", "eels")] // an acronym is not singularized
    [InlineData("EXAFS spectra", "exafs spectrum")] // ... beside words that are
    [InlineData("EEXAPS", "eexaps")] // a one-word all-capital label is an acronym however long
    [InlineData("SEMs", "sem")] // plural of an acronym
    [InlineData("EDS", "eds")] // an all-capital acronym ending in s keeps its s
    [InlineData("XPS", "xps")] // ...
    [InlineData("SIMS", "sims")] // ...
    [InlineData("SIMS DEPTH PROFILES", "sims depth profile")] // ... in a shouted label too, where the words lose theirs
    [InlineData("TEMs", "tem")] // a lower-case s after capitals is a plural
    [InlineData("HAADF-STEMs", "haadf stem")] // ... also after a hyphen
    [InlineData("GRAIN BOUNDARIES", "grain boundary")] // a long word in a shouted label is a word
    [InlineData("TEMP", "temperature")] // abbreviations expand in capitals too
    [InlineData("Fe2+ ions", "fe2+ ion")] // charge signs stay
    [InlineData("", "")] // empty label
    public void Key_rule_folds(string raw, string expected)
    {
        Assert.Equal(expected, LabelNormalizer.Key(raw));
        Assert.Equal(expected, LabelNormalizer.Normalize(raw).Key);
    }

    [Theory]
    [InlineData("mass")] // -ss
    [InlineData("glass")]
    [InlineData("process")]
    [InlineData("analysis")] // -is
    [InlineData("gas")] // too short
    [InlineData("bias")] // -as singular
    [InlineData("lens")]
    [InlineData("us")]
    [InlineData("is")]
    [InlineData("series")] // same form in both numbers
    [InlineData("species")]
    [InlineData("data")] // Latin plural used as a mass noun
    [InlineData("focus")] // -us
    [InlineData("physics")] // field name in -ics
    [InlineData("precise")] // -ise that American English shares
    [InlineData("stepwise")] // -wise
    [InlineData("noise")] // -oise
    public void Key_wordThatIsNotPlural_staysAsIs(string word)
    {
        Assert.Equal(word, LabelNormalizer.Key(word));
    }
}
