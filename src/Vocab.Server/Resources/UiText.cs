namespace Vocab.Server.Resources;

/// <summary>
/// Names the web app's own UI strings for <c>IStringLocalizer&lt;UiText&gt;</c>: Resources/UiText.resx (English) and
/// UiText.ja.resx. Other features keep their strings in resource files of their own beside these.
/// </summary>
public sealed class UiText
{
    private UiText()
    {
    }
}
