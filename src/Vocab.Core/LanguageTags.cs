namespace Vocab.Core;

/// <summary>Language tag helpers (RFC 4647 basic filtering, which is what "a label in English" means for en-GB).</summary>
public static class LanguageTags
{
    /// <summary>True when <paramref name="tag"/> equals <paramref name="range"/> or is a subtag of it ("en-gb" matches "en").</summary>
    public static bool Matches(string tag, string range)
    {
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(range);
        if (range.Length == 0 || tag.Length < range.Length)
        {
            return false;
        }

        return tag.StartsWith(range, StringComparison.OrdinalIgnoreCase)
            && (tag.Length == range.Length || tag[range.Length] == '-');
    }
}
