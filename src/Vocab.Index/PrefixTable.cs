namespace Vocab.Index;

/// <summary>
/// Folded labels in ordinal order for prefix search: a large sorted array plus a small sorted list of recent
/// additions. A removal deletes the entry from the recent list when it is there, else remembers it; once enough
/// changes have gathered they are folded into the array in one pass that binary-searches each change and
/// block-copies the runs between them into a spare buffer (no per-entry string comparison, no allocation once the
/// buffers are big enough). Cost per change is amortised O(n / RecentLimit) of sequential copying.
/// </summary>
internal sealed class PrefixTable
{
    private const int RecentLimit = 4096;

    private static readonly Comparer<Entry> Order = Comparer<Entry>.Create((a, b) => string.CompareOrdinal(a.Folded, b.Folded));

    private readonly List<Entry> _recent = [];
    private readonly HashSet<Entry> _removed = [];
    private Entry[] _sorted = [];
    private Entry[] _spare = [];
    private int _count;

    internal readonly record struct Entry(string Folded, int Label, int Generation);

    /// <summary>Replaces the contents by <paramref name="entries"/> (a full build).</summary>
    public void Load(Entry[] entries)
    {
        Array.Sort(entries, Order);
        _sorted = entries;
        _count = entries.Length;
        _spare = [];
        _recent.Clear();
        _removed.Clear();
    }

    public void Add(Entry entry)
    {
        var at = _recent.BinarySearch(entry, Order);
        _recent.Insert(at < 0 ? ~at : at, entry);
        Flush();
    }

    public void Remove(Entry entry)
    {
        var at = IndexOf(_recent, entry);
        if (at >= 0)
        {
            _recent.RemoveAt(at);
            return;
        }

        _removed.Add(entry);
        Flush();
    }

    /// <summary>Visits entries whose folded text starts with <paramref name="prefix"/>, in order per part, until <paramref name="visit"/> says stop.</summary>
    public void Scan(string prefix, Func<Entry, bool> visit)
    {
        if (ScanPart(new ArraySegment<Entry>(_sorted, 0, _count), prefix, visit))
        {
            ScanPart(_recent, prefix, visit);
        }
    }

    /// <summary>
    /// Appends the label of every entry whose folded text starts with <paramref name="prefix"/> to
    /// <paramref name="labels"/>: two binary searches bound the run, so no entry's text is read inside it.
    /// </summary>
    public void Collect(string prefix, List<int> labels)
    {
        CollectPart(new ArraySegment<Entry>(_sorted, 0, _count), prefix, labels);
        CollectPart(_recent, prefix, labels);
    }

    private void CollectPart(IReadOnlyList<Entry> part, string prefix, List<int> labels)
    {
        var from = LowerBound(part, prefix);
        int lo = from, hi = part.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (part[mid].Folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = from; i < lo; i++)
        {
            // Removed entries wait in the array until the next fold; skip them.
            if (_removed.Count == 0 || !_removed.Contains(part[i]))
            {
                labels.Add(part[i].Label);
            }
        }
    }

    private bool ScanPart(IReadOnlyList<Entry> part, string prefix, Func<Entry, bool> visit)
    {
        for (var i = LowerBound(part, prefix); i < part.Count && part[i].Folded.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            // Removed entries wait in the array until the next fold; skip them.
            if (_removed.Count > 0 && _removed.Contains(part[i]))
            {
                continue;
            }

            if (!visit(part[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int LowerBound(IReadOnlyList<Entry> part, string folded)
    {
        int lo = 0, hi = part.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(part[mid].Folded, folded) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Position of exactly this entry (same text, label and generation) in a sorted part, or -1.</summary>
    private static int IndexOf(IReadOnlyList<Entry> part, Entry entry)
    {
        for (var i = LowerBound(part, entry.Folded); i < part.Count && string.Equals(part[i].Folded, entry.Folded, StringComparison.Ordinal); i++)
        {
            if (part[i].Label == entry.Label && part[i].Generation == entry.Generation)
            {
                return i;
            }
        }

        return -1;
    }

    private void Flush()
    {
        if (_recent.Count + _removed.Count <= RecentLimit)
        {
            return;
        }

        var sorted = new ArraySegment<Entry>(_sorted, 0, _count);
        var drops = new List<int>(_removed.Count);
        foreach (var entry in _removed)
        {
            var at = IndexOf(sorted, entry);
            if (at >= 0)
            {
                drops.Add(at);
            }
        }

        drops.Sort();
        var total = _count - drops.Count + _recent.Count;
        if (_spare.Length < total)
        {
            _spare = new Entry[total + (total / 8)];
        }

        // Walk the array once: copy the run up to the next event, then apply the event (skip a drop or insert a recent entry).
        int read = 0, write = 0, d = 0, r = 0;
        var nextInsert = r < _recent.Count ? LowerBound(sorted, _recent[r].Folded) : _count;
        while (read < _count || r < _recent.Count)
        {
            var nextDrop = d < drops.Count ? drops[d] : _count;
            var stop = Math.Min(nextDrop, nextInsert);
            Array.Copy(_sorted, read, _spare, write, stop - read);
            write += stop - read;
            read = stop;
            if (r < _recent.Count && nextInsert <= nextDrop)
            {
                _spare[write++] = _recent[r++];
                nextInsert = r < _recent.Count ? Math.Max(read, LowerBound(sorted, _recent[r].Folded)) : _count;
            }
            else if (d < drops.Count)
            {
                read++;
                d++;
            }
            else
            {
                break;
            }
        }

        (_sorted, _spare) = (_spare, _sorted);
        _count = write;
        Array.Clear(_spare);
        _recent.Clear();
        _removed.Clear();
    }
}
