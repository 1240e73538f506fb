using System.Collections;

namespace Vocab.Core;

/// <summary>
/// A set whose members carry a reference count: every statement that asserts a member adds one, and the member
/// disappears only when the last such statement is removed. This is what lets removing a statement exactly undo
/// adding it, even when the same fact arrives from two graphs or from both sides of an inverse pair.
/// Most resources have a handful of values, so members live in a small array (insertion order, no hashing)
/// and move to a dictionary only when a hub (a scheme with every concept in it) grows past a few entries.
/// </summary>
internal sealed class RefBag<T> : IReadOnlyCollection<T>
    where T : IEquatable<T>
{
    private const int ListLimit = 8;

    private Entry[] _entries = new Entry[2];
    private int _size;
    private Dictionary<T, int>? _map;

    /// <summary>
    /// Adds (<paramref name="delta"/> &gt; 0) or drops one reference to <paramref name="item"/>, creating the bag on
    /// first use; true when the item appeared or disappeared.
    /// </summary>
    public static bool Change(ref RefBag<T>? bag, T item, int delta)
    {
        if (delta > 0)
        {
            return (bag ??= new RefBag<T>()).Add(item);
        }

        return bag is not null && bag.Remove(item);
    }

    /// <summary>A shared empty bag for resources that have no value of a property; never added to.</summary>
    public static RefBag<T> Empty { get; } = new RefBag<T>();

    /// <inheritdoc />
    public int Count => _map?.Count ?? _size;

    /// <summary>Adds one reference; true when <paramref name="item"/> was not present before.</summary>
    public bool Add(T item)
    {
        if (_map is not null)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_map, item, out _);
            return ++count == 1;
        }

        for (var i = 0; i < _size; i++)
        {
            if (_entries[i].Item.Equals(item))
            {
                _entries[i].Count++;
                return false;
            }
        }

        if (_size == ListLimit)
        {
            _map = new Dictionary<T, int>(ListLimit * 2);
            for (var i = 0; i < _size; i++)
            {
                _map.Add(_entries[i].Item, _entries[i].Count);
            }

            _entries = [];
            _size = 0;
            _map.Add(item, 1);
            return true;
        }

        if (_size == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[_size++] = new Entry(item, 1);
        return true;
    }

    /// <summary>Drops one reference; true when that was the last one and <paramref name="item"/> is gone.</summary>
    public bool Remove(T item)
    {
        if (_map is not null)
        {
            if (!_map.TryGetValue(item, out var count))
            {
                return false;
            }

            if (count > 1)
            {
                _map[item] = count - 1;
                return false;
            }

            _map.Remove(item);
            return true;
        }

        for (var i = 0; i < _size; i++)
        {
            if (!_entries[i].Item.Equals(item))
            {
                continue;
            }

            if (--_entries[i].Count > 0)
            {
                return false;
            }

            // Shift rather than swap so the remaining values keep the order they were asserted in.
            Array.Copy(_entries, i + 1, _entries, i, _size - i - 1);
            _entries[--_size] = default;
            return true;
        }

        return false;
    }

    /// <summary>True when <paramref name="item"/> has at least one reference.</summary>
    public bool Contains(T item)
    {
        if (_map is not null)
        {
            return _map.ContainsKey(item);
        }

        for (var i = 0; i < _size; i++)
        {
            if (_entries[i].Item.Equals(item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Enumerates the members without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private record struct Entry(T Item, int Count);

    /// <summary>Enumerator over the members of a bag in either representation.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly RefBag<T> _bag;
        private Dictionary<T, int>.KeyCollection.Enumerator _mapEnumerator;
        private int _index;

        internal Enumerator(RefBag<T> bag)
        {
            _bag = bag;
            _index = -1;
            if (bag._map is not null)
            {
                _mapEnumerator = bag._map.Keys.GetEnumerator();
            }
        }

        /// <inheritdoc />
        public readonly T Current => _bag._map is not null ? _mapEnumerator.Current : _bag._entries[_index].Item;

        readonly object IEnumerator.Current => Current!;

        /// <inheritdoc />
        public bool MoveNext() => _bag._map is not null ? _mapEnumerator.MoveNext() : ++_index < _bag._size;

        /// <inheritdoc />
        public void Reset() => throw new NotSupportedException();

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
