using System.Buffers;

namespace Vocab.Core.Normalization;

/// <summary>
/// A growable character buffer that starts on the stack and rents from the shared pool only for long labels,
/// so that computing a key allocates nothing but the key itself.
/// </summary>
internal ref struct CharBuffer
{
    private char[]? _rented;
    private Span<char> _chars;
    private int _length;

    public CharBuffer(Span<char> initial)
    {
        _chars = initial;
        _rented = null;
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> Written => _chars[.._length];

    public readonly char this[int index] => _chars[index];

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    public void Truncate(int length) => _length = length;

    /// <summary>Returns <paramref name="same"/> when it already holds the written text, so unchanged keys cost no allocation.</summary>
    public readonly string ToString(string? same) =>
        same is not null && Written.SequenceEqual(same) ? same : new string(Written);

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private void Grow(int extra)
    {
        var next = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + extra));
        _chars[.._length].CopyTo(next);
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }

        _rented = next;
        _chars = next;
    }
}
