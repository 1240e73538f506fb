namespace Vocab.Rdf.Syntax.Common;

/// <summary>
/// Interns values by the text that produced them, looked up by span so a hit allocates nothing.
/// The table is bounded: when it reaches its capacity it is emptied, so streaming a huge document
/// keeps the frequent terms (predicates, types, datatypes) shared without holding every distinct term.
/// </summary>
internal sealed class SpanCache<T>
    where T : class
{
    private readonly Dictionary<string, T> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _capacity;

    public SpanCache(int capacity = 1 << 16)
    {
        _capacity = capacity;
        _bySpan = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value) =>
        _bySpan.TryGetValue(key, out value);

    public void Add(ReadOnlySpan<char> key, T value)
    {
        if (_map.Count >= _capacity)
        {
            _map.Clear();
        }

        _bySpan[key] = value;
    }

    public void Clear() => _map.Clear();
}
