using System.Collections;

namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>
/// A map of expanded JSON-LD (node, value, list or graph object). Expanded maps are many and small — a value
/// object has two or three entries — so a short array searched in order costs far less than a hash table;
/// keys are mostly the interned keyword constants, which compare by reference first.
/// </summary>
internal sealed class ExpandedMap : IEnumerable<KeyValuePair<string, object?>>
{
    private KeyValuePair<string, object?>[] _entries = new KeyValuePair<string, object?>[4];

    public int Count { get; private set; }

    public object? this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);
        set
        {
            var index = IndexOf(key);
            if (index >= 0)
            {
                _entries[index] = new(_entries[index].Key, value);
            }
            else
            {
                Append(key, value);
            }
        }
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[index].Value : null;
        return index >= 0;
    }

    public object? GetValueOrDefault(string key) => TryGetValue(key, out var value) ? value : null;

    public bool TryAdd(string key, object? value)
    {
        if (IndexOf(key) >= 0)
        {
            return false;
        }

        Append(key, value);
        return true;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        var entries = _entries;
        for (var i = 0; i < Count; i++)
        {
            var candidate = entries[i].Key;
            if (ReferenceEquals(candidate, key) || string.Equals(candidate, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void Append(string key, object? value)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, Count * 2);
        }

        _entries[Count++] = new(key, value);
    }

    /// <summary>Enumerates entries in insertion order without allocating.</summary>
    public struct Enumerator(ExpandedMap map) : IEnumerator<KeyValuePair<string, object?>>
    {
        private int _index = -1;

        public readonly KeyValuePair<string, object?> Current => map._entries[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < map.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
