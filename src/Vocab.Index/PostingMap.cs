using System.Runtime.InteropServices;

namespace Vocab.Index;

/// <summary>
/// A multimap from a key to label ids, sized for a million labels: most keys name one label, so the dictionary value
/// is that label id itself, and only keys shared by several labels point (as a negative value) at a growable bucket.
/// Not thread-safe; <see cref="LabelIndex"/> serialises writers against readers.
/// </summary>
internal sealed class PostingMap<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _map;
    private readonly List<Bucket?> _buckets = [];
    private readonly Stack<int> _freeBuckets = new();

    public PostingMap(IEqualityComparer<TKey>? comparer = null, int capacity = 0) =>
        _map = new Dictionary<TKey, int>(capacity, comparer);

    public int KeyCount => _map.Count;

    /// <summary>Makes room for <paramref name="keys"/> keys at once, so a build does not rehash as it grows.</summary>
    public void EnsureCapacity(int keys) => _map.EnsureCapacity(keys);

    /// <summary>Files <paramref name="label"/> under <paramref name="key"/>; true when the key is new.</summary>
    public bool Add(TKey key, int label)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_map, key, out var exists);
        if (!exists)
        {
            slot = label;
            return true;
        }

        if (slot >= 0)
        {
            var bucket = new Bucket([slot, label, 0, 0], 2);
            int index;
            if (_freeBuckets.Count > 0)
            {
                index = _freeBuckets.Pop();
                _buckets[index] = bucket;
            }
            else
            {
                index = _buckets.Count;
                _buckets.Add(bucket);
            }

            slot = ~index;
            return false;
        }

        _buckets[~slot]!.Add(label);
        return false;
    }

    public void Remove(TKey key, int label)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(_map, key);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref slot))
        {
            return;
        }

        if (slot >= 0)
        {
            if (slot == label)
            {
                _map.Remove(key);
            }

            return;
        }

        var bucketIndex = ~slot;
        var bucket = _buckets[bucketIndex]!;
        bucket.Remove(label);
        if (bucket.Count == 1)
        {
            // Back to the inline form, so a key that was briefly shared costs nothing afterwards.
            slot = bucket.Items[0];
            _buckets[bucketIndex] = null;
            _freeBuckets.Push(bucketIndex);
        }
    }

    public Postings Get(TKey key)
    {
        if (!_map.TryGetValue(key, out var value))
        {
            return default;
        }

        if (value >= 0)
        {
            return new Postings(value, null, 1);
        }

        var bucket = _buckets[~value]!;
        return new Postings(0, bucket.Items, bucket.Count);
    }

    private sealed class Bucket(int[] items, int count)
    {
        public int[] Items = items;

        public int Count = count;

        public void Add(int label)
        {
            if (Count == Items.Length)
            {
                Array.Resize(ref Items, Items.Length * 2);
            }

            Items[Count++] = label;
        }

        public void Remove(int label)
        {
            // Order inside a posting list carries no meaning, so removal swaps the last item in.
            var at = Array.IndexOf(Items, label, 0, Count);
            if (at >= 0)
            {
                Items[at] = Items[--Count];
            }
        }
    }
}

/// <summary>The label ids filed under one key: either one inline id or a slice of a bucket.</summary>
internal readonly struct Postings(int single, int[]? items, int count)
{
    public int Count { get; } = count;

    public int this[int index] => items is null ? single : items[index];
}
