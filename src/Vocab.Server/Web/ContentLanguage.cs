using System.Globalization;
using Vocab.Core.Curation;

namespace Vocab.Server.Web;

/// <summary>
/// Which language thesaurus text is shown in. A reader may choose it apart from the UI language (English menus with
/// Japanese labels, or German labels from an imported thesaurus); without a choice it is the UI language. Text
/// missing in that language falls back to the other of English and Japanese (the UI language first), then any
/// (Concept.PrefLabel supplies the last step).
/// </summary>
internal static class ContentLanguage
{
    /// <summary>The cookie that holds the reader's choice (a language tag; absent: follow the UI).</summary>
    public const string CookieName = "vocab.content";

    private static readonly string[] AfterJapanese = ["en"];
    private static readonly string[] AfterEnglish = ["ja"];
    private static readonly string[] JapaneseThenEnglish = ["ja", "en"];
    private static readonly string[] EnglishThenJapanese = ["en", "ja"];

    // Set per request by the middleware in WebSetup from the cookie. An AsyncLocal flows like the request culture
    // does: into the prerender and into the Blazor circuit started by the request that opens the WebSocket.
    private static readonly AsyncLocal<string?> Chosen = new();

    /// <summary>The UI culture's language: "ja" or "en" (the only two the UI speaks).</summary>
    public static string Ui => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? "ja" : "en";

    /// <summary>The reader's own choice for this request, or null to follow the UI language.</summary>
    public static string? Preferred
    {
        get => Chosen.Value;
        set => Chosen.Value = value;
    }

    /// <summary>The language thesaurus text is shown in.</summary>
    public static string Current => Chosen.Value ?? Ui;

    /// <summary>The languages tried after <paramref name="lang"/>.</summary>
    public static IReadOnlyList<string> Fallback(string lang) => lang switch
    {
        "ja" => AfterJapanese,
        "en" => AfterEnglish,
        _ => Ui == "ja" ? JapaneseThenEnglish : EnglishThenJapanese,
    };

    /// <summary>A well-formed language tag, lower-cased; null for anything else (a forged or stale cookie is ignored).</summary>
    public static string? Parse(string? value) =>
        PatchValidator.IsLanguageTag(value) ? value!.ToLowerInvariant() : null;
}
