namespace Vocab.Index;

/// <summary>
/// Curated mappings (<c>vdef:mappedLabel</c>): raw labels an expert confirmed, filed apart from the SKOS labels so that
/// search, autocomplete and the label-clash check never see them, and matched with <see cref="MatchType.Curated"/>.
/// </summary>
public sealed partial class LabelIndex
{
    private readonly PostingMap<string> _curatedExact = new(StringComparer.Ordinal);
    private readonly PostingMap<string> _curatedKeys = new(StringComparer.Ordinal);

    /// <summary>Files a curated label's slot by its raw text and key only; the caller holds the write lock.</summary>
    private void AddCurated(ref LabelSlot slot, int id)
    {
        // Without folded text, initials or abbreviation, removal leaves the n-gram, prefix and abbreviation maps alone.
        slot.Folded = "";
        slot.Initialism = null;
        slot.Parenthetical = null;
        _curatedExact.Add(slot.Text, id);
        if (slot.Key.Length > 0)
        {
            _curatedKeys.Add(slot.Key, id);
        }
    }

    /// <summary>Offers the curated mappings whose raw text or key equals the query's.</summary>
    private void CollectCurated(Dictionary<int, (double, MatchType, int)> best, string text, string key, in Filter filter)
    {
        Collect(best, _curatedExact.Get(text), MatchType.Curated, MatchScoring.Curated, filter);
        if (key.Length > 0)
        {
            Collect(best, _curatedKeys.Get(key), MatchType.Curated, MatchScoring.Curated, filter);
        }
    }
}
