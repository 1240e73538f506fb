using System.Security.Cryptography;
using System.Text;

namespace Vocab.Data;

/// <summary>
/// Encodes a statement's four N-Triples strings as UTF-8 (graph NUL subject NUL predicate NUL object) and hashes
/// them: the first 16 bytes of SHA-256 identify the statement in the partial unique index. One instance reuses its
/// buffer, so it is not thread-safe.
/// </summary>
internal sealed class StatementHasher
{
    public const int HashLength = 16;
    private byte[] _buffer = new byte[1024];
    private readonly int[] _starts = new int[4];
    private readonly int[] _lengths = new int[4];

    /// <summary>The UTF-8 bytes of the given component (0 graph, 1 subject, 2 predicate, 3 object) of the last <see cref="Encode"/>.</summary>
    public ReadOnlySpan<byte> Component(int index) => _buffer.AsSpan(_starts[index], _lengths[index]);

    /// <summary>Encodes the statement into the buffer and writes its hash into <paramref name="hash"/>.</summary>
    public void Encode(string graph, string subject, string predicate, string obj, Span<byte> hash)
    {
        var max = Encoding.UTF8.GetMaxByteCount(graph.Length + subject.Length + predicate.Length + obj.Length + 3);
        if (_buffer.Length < max)
        {
            _buffer = new byte[Math.Max(max, _buffer.Length * 2)];
        }

        var at = 0;
        at = Put(0, graph, at);
        _buffer[at++] = 0;
        at = Put(1, subject, at);
        _buffer[at++] = 0;
        at = Put(2, predicate, at);
        _buffer[at++] = 0;
        at = Put(3, obj, at);

        Span<byte> full = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_buffer.AsSpan(0, at), full);
        full[..HashLength].CopyTo(hash);
    }

    /// <summary>The hash of a statement as a new array.</summary>
    public byte[] Hash(string graph, string subject, string predicate, string obj)
    {
        var hash = new byte[HashLength];
        Encode(graph, subject, predicate, obj, hash);
        return hash;
    }

    private int Put(int index, string value, int at)
    {
        var length = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(at));
        _starts[index] = at;
        _lengths[index] = length;
        return at + length;
    }
}
