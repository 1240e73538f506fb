using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Vocab.Core;

namespace Vocab.Data;

/// <summary>Strict UTF-8 reading for imports, and the exact byte offset of the first invalid sequence when it fails.</summary>
internal static class Utf8Check
{
    /// <summary>UTF-8 without a BOM that throws on invalid bytes instead of silently inserting U+FFFD.</summary>
    public static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True when the exception (or one it wraps, e.g. inside an XmlException) is a strict decoder failure.</summary>
    public static bool IsDecodingError(Exception? error) => Names.Find<DecoderFallbackException>(error) is not null;

    /// <summary>
    /// Offset of the first byte that is not valid UTF-8, found by scanning the file again: the decoder's own index is
    /// relative to a buffer the StreamReader may have shifted (BOM), so a rescan is the reliable answer on this rare path.
    /// </summary>
    public static long FindInvalidOffset(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            long offset = 0;
            var carried = 0;
            int read;
            while ((read = stream.Read(bytes, carried, (1 << 16) - carried)) > 0 || carried > 0)
            {
                var available = carried + read;
                var final = read == 0;
                var status = Utf8.ToUtf16(bytes.AsSpan(0, available), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                if (status == System.Buffers.OperationStatus.InvalidData || (final && status == System.Buffers.OperationStatus.NeedMoreData))
                {
                    return offset + consumed;
                }

                offset += consumed;
                carried = available - consumed;
                bytes.AsSpan(consumed, carried).CopyTo(bytes);
                if (final)
                {
                    break;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
