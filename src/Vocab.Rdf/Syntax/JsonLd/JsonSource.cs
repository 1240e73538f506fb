using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>
/// One JSON text (the document or a registered local context): reads it into a <see cref="JNode"/> tree and
/// turns byte offsets into the 1-based line and UTF-16 column that <see cref="RdfSyntaxException"/> reports.
/// </summary>
internal sealed class JsonSource
{
    // Nesting is bounded only to keep the recursive reader and expander well inside a thread's stack
    // (a few frames per level); real JSON-LD nests a few dozen levels at most.
    private const int MaxDepth = 512;

    private const int MaxInternedKey = 128;

    private readonly byte[] _utf8;
    private readonly HashSet<string> _keySet = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _keys;
    private int[]? _lineStarts;

    private JsonSource(byte[] utf8, string? name)
    {
        _utf8 = utf8;
        Name = name;
        _keys = _keySet.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The document's name for error messages.</summary>
    public string? Name { get; }

    /// <summary>Reads a whole JSON text; malformed JSON throws <see cref="RdfSyntaxException"/> at the offending character.</summary>
    public static JNode Parse(string text, string? name)
    {
        // A TextReader over a string may still carry the byte order mark that a StreamReader would have removed.
        var utf8 = Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);
        var source = new JsonSource(utf8, name);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                throw source.Error("empty document: expected a JSON object or array", 0);
            }

            var root = source.ReadValue(ref reader);
            if (reader.Read())
            {
                throw source.Error("unexpected content after the JSON value", (int)reader.TokenStartIndex);
            }

            return root;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = source.ColumnOf(line, (int)(e.BytePositionInLine ?? 0));
            throw new RdfSyntaxException("malformed JSON: " + FirstSentence(e.Message), line + 1, column, name);
        }
    }

    /// <summary>An error at a byte offset of this text.</summary>
    public RdfSyntaxException Error(string message, int offset)
    {
        _lineStarts ??= LineStarts(_utf8);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new RdfSyntaxException(message, line + 1, ColumnOf(line, offset - _lineStarts[line]), Name);
    }

    private JNode ReadValue(ref Utf8JsonReader reader)
    {
        var offset = (int)reader.TokenStartIndex;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            // MaxDepth bounds the nesting, but a thread with a small stack may run out first.
            throw Error("the document nests too deeply to be read", offset);
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<KeyValuePair<string, JNode>>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var keyOffset = (int)reader.TokenStartIndex;
                    var key = ReadKey(ref reader);
                    if (ContainsKey(members, key))
                    {
                        throw Error($"duplicate key \"{key}\" in a JSON object", keyOffset);
                    }

                    reader.Read();
                    members.Add(new(key, ReadValue(ref reader)));
                }

                return new JMap(this, offset, members);
            case JsonTokenType.StartArray:
                var items = new List<JNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }

                return new JArray(this, offset, items);
            case JsonTokenType.String:
                return new JScalar(this, offset, JScalarKind.String, GetString(ref reader));
            case JsonTokenType.Number:
                var text = Encoding.UTF8.GetString(reader.ValueSpan);
                var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (!double.IsFinite(number))
                {
                    throw Error($"number {text} is out of range", offset);
                }

                return new JScalar(this, offset, JScalarKind.Number, text, number);
            case JsonTokenType.True:
                return new JScalar(this, offset, JScalarKind.True);
            case JsonTokenType.False:
                return new JScalar(this, offset, JScalarKind.False);
            default:
                return new JScalar(this, offset, JScalarKind.Null);
        }
    }

    private static bool ContainsKey(List<KeyValuePair<string, JNode>> members, string key)
    {
        // Objects are small; a set would cost more than it saves until they are not.
        if (members.Count < 16)
        {
            foreach (var member in members)
            {
                if (ReferenceEquals(member.Key, key) || string.Equals(member.Key, key, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        return members.Exists(m => string.Equals(m.Key, key, StringComparison.Ordinal));
    }

    /// <summary>A key, shared with earlier occurrences of the same key: a document repeats a few keys very many times.</summary>
    private string ReadKey(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxInternedKey)
        {
            return GetString(ref reader);
        }

        Span<char> chars = stackalloc char[MaxInternedKey];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        if (_keys.TryGetValue(chars[..length], out var key))
        {
            return key;
        }

        key = chars[..length].ToString();
        _keySet.Add(key);
        return key;
    }

    private string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // An escaped lone surrogate such as "\uD800" is valid JSON syntax but not a Unicode string.
            throw Error("invalid string: " + FirstSentence(e.Message), (int)reader.TokenStartIndex);
        }
    }

    /// <summary>1-based UTF-16 column of a byte position within a 0-based line.</summary>
    private int ColumnOf(int line, int bytePosition)
    {
        _lineStarts ??= LineStarts(_utf8);
        if (line >= _lineStarts.Length)
        {
            return bytePosition + 1;
        }

        var start = _lineStarts[line];
        var end = Math.Min(start + bytePosition, _utf8.Length);
        var column = 1;
        for (var i = start; i < end; i++)
        {
            var b = _utf8[i];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte starts a character; four-byte sequences are two UTF-16 code units.
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        return column;
    }

    private static int[] LineStarts(byte[] utf8)
    {
        // Utf8JsonReader counts lines by '\n' only, so the same rule keeps both kinds of position consistent.
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "Path: $ | LineNumber: 0 | BytePositionInLine: 5." which would repeat the position.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).TrimEnd();
    }
}
