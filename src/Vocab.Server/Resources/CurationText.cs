namespace Vocab.Server.Resources;

/// <summary>
/// Names the curation pages' strings for <c>IStringLocalizer&lt;CurationText&gt;</c>: Resources/CurationText.resx
/// (English) and CurationText.ja.resx (propose, proposal, review, unmatched, dashboard and "my activity").
/// </summary>
public sealed class CurationText
{
    private CurationText()
    {
    }
}
