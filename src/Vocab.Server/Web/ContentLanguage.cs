using System.Globalization;

namespace Vocab.Server.Web;

/// <summary>
/// Which language thesaurus text is shown in: the UI language first, then the other of English and Japanese, then
/// any (Concept.PrefLabel supplies the last step).
/// </summary>
internal static class ContentLanguage
{
    private static readonly string[] AfterJapanese = ["en"];
    private static readonly string[] AfterEnglish = ["ja"];

    /// <summary>The UI culture's language: "ja" or "en" (the only two the UI speaks).</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? "ja" : "en";

    /// <summary>The languages tried after <paramref name="lang"/>.</summary>
    public static IReadOnlyList<string> Fallback(string lang) => lang == "ja" ? AfterJapanese : AfterEnglish;
}
