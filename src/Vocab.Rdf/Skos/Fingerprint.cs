using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Vocab.Rdf.Skos;

/// <summary>
/// 64-bit fingerprints of statements, so the import mapper can remember which statements it has seen (to derive
/// nothing that is already there) without keeping a million-statement graph alive. A false match needs two distinct
/// statements with equal 64-bit hashes: about 1 in 10^7 for a million statements, and costs one skipped derived label.
/// Text is mixed eight bytes at a time (a per-character hash was the import mapper's main cost on EDICT);
/// parts are added one by one so a subject hashed once serves several fingerprints.
/// </summary>
internal static class Fingerprint
{
    private const ulong Seed = 0x9E3779B97F4A7C15UL;
    private const ulong K1 = 0x87C37B91114253D5UL;
    private const ulong K2 = 0x4CF5AD432745937FUL;

    public static ulong Start(string text) => Add(Seed, text);

    /// <summary>Adds a text part; its length is mixed in too, so ("ab","c") and ("a","bc") differ.</summary>
    public static ulong Add(ulong hash, string text)
    {
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        while (bytes.Length >= 8)
        {
            hash = Round(hash, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        return Round(Round(hash, tail), (ulong)text.Length);
    }

    /// <summary>Adds a small tag (which property, which kind of part).</summary>
    public static ulong Add(ulong hash, int tag) => Round(hash, (uint)tag | 0xF00D_0000_0000_0000UL);

    /// <summary>The murmur3 finaliser: spreads every input bit over the low bits HashSet buckets by.</summary>
    public static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        return hash ^ (hash >> 33);
    }

    private static ulong Round(ulong hash, ulong block) => BitOperations.RotateLeft(hash ^ (BitOperations.RotateLeft(block * K1, 31) * K2), 27) * 5 + 0x52DCE729;
}
