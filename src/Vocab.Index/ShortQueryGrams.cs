namespace Vocab.Index;

/// <summary>
/// Which grams exist around short strings, for queries too short to have a gram of their own. Every label containing
/// a two-character Latin query has a padded trigram "x" + query, and every label containing a CJK character has a
/// bigram or unigram with it, so the union of those few postings is a complete candidate set without a scan of
/// the whole index. Entries are added when a gram first appears and kept when it disappears (its postings are
/// then empty), so they only ever cost a lookup of an empty list.
/// </summary>
internal sealed class ShortQueryGrams
{
    private readonly Dictionary<uint, List<char>> _pairHeads = [];
    private readonly Dictionary<char, List<char>> _followers = [];
    private readonly Dictionary<char, List<char>> _leaders = [];

    /// <summary>
    /// Notes a gram that has just been added to the index. <paramref name="firstTime"/> says the gram was never in
    /// the index before (a fresh build), so it cannot be noted already and the duplicate check is skipped: a common
    /// kana has thousands of neighbours.
    /// </summary>
    public void Add(ulong gram, bool firstTime)
    {
        if (Grams.IsTrigram(gram))
        {
            AddTo(_pairHeads, (uint)gram, (char)(gram >> 32), firstTime);
        }
        else if (Grams.IsBigram(gram))
        {
            var (a, b) = ((char)(gram >> 16), (char)gram);
            AddTo(_followers, a, b, firstTime);
            AddTo(_leaders, b, a, firstTime);
        }
    }

    /// <summary>The characters (including the run-start pad) that precede the pair <paramref name="a"/><paramref name="b"/> in some trigram.</summary>
    public IReadOnlyList<char> Before(char a, char b) =>
        _pairHeads.TryGetValue(((uint)a << 16) | b, out var heads) ? heads : [];

    /// <summary>The characters that follow <paramref name="c"/> in some CJK bigram.</summary>
    public IReadOnlyList<char> After(char c) => _followers.TryGetValue(c, out var list) ? list : [];

    /// <summary>The characters that precede <paramref name="c"/> in some CJK bigram.</summary>
    public IReadOnlyList<char> Before(char c) => _leaders.TryGetValue(c, out var list) ? list : [];

    private static void AddTo<TKey>(Dictionary<TKey, List<char>> map, TKey key, char value, bool firstTime)
        where TKey : notnull
    {
        ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);
        if (list is null)
        {
            list = [value];
        }
        else if (firstTime || !list.Contains(value))
        {
            list.Add(value);
        }
    }
}
