namespace Vocab.Data;

/// <summary>
/// The words of <see cref="ProposalTitles"/> in one language, by resource key: the <c>Title_*</c> formats
/// (<c>Title_Quote</c> quotes names and label texts), <c>LabelKind_*</c>, <c>DiffRel_*</c> and <c>DiffMap_*</c>
/// (<see cref="ProposalTitles.Keys"/> lists them). The server reads them from its resources.
/// </summary>
public sealed class ProposalTitleWording(Func<string, string?> lookup)
{
    /// <summary>The text of <paramref name="key"/>, or the key itself when there is none (as a string localizer answers).</summary>
    public string this[string key] => lookup(key) ?? key;
}
