namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>
/// A JSON value with the place it came from. JSON-LD errors are found long after the JSON is read
/// (during context processing and expansion), and <c>JsonDocument</c> cannot say where an element is,
/// so the processor works on this small tree instead.
/// </summary>
internal abstract class JNode(JsonSource source, int offset)
{
    /// <summary>The document the value was read from.</summary>
    public JsonSource Source { get; } = source;

    /// <summary>Byte offset of the value's first token in the UTF-8 document.</summary>
    public int Offset { get; } = offset;

    /// <summary>An error located at this value.</summary>
    public RdfSyntaxException Error(string message) => Source.Error(message, Offset);
}

/// <summary>A JSON object; members keep document order (JSON-LD keys are unique, the reader checks).</summary>
internal sealed class JMap(JsonSource source, int offset, List<KeyValuePair<string, JNode>> members) : JNode(source, offset)
{
    // Small maps are searched linearly; an index pays off only for wide objects such as big contexts.
    private const int IndexThreshold = 8;
    private Dictionary<string, JNode>? _index;

    public List<KeyValuePair<string, JNode>> Members { get; } = members;

    public int Count => Members.Count;

    public bool ContainsKey(string key) => TryGet(key, out _);

    public bool TryGet(string key, out JNode value)
    {
        if (Members.Count > IndexThreshold)
        {
            _index ??= Members.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
            return _index.TryGetValue(key, out value!);
        }

        foreach (var member in Members)
        {
            if (string.Equals(member.Key, key, StringComparison.Ordinal))
            {
                value = member.Value;
                return true;
            }
        }

        value = null!;
        return false;
    }

    public JNode? Get(string key) => TryGet(key, out var value) ? value : null;
}

/// <summary>A JSON array.</summary>
internal sealed class JArray(JsonSource source, int offset, List<JNode> items) : JNode(source, offset)
{
    public List<JNode> Items { get; } = items;
}

/// <summary>The kinds of JSON scalar.</summary>
internal enum JScalarKind
{
    Null,
    True,
    False,
    String,
    Number,
}

/// <summary>
/// A JSON string, number, boolean or null. Numbers keep their source text so that integers beyond
/// 2^53 are not rounded through a double on their way to <c>xsd:integer</c>.
/// </summary>
internal sealed class JScalar(JsonSource source, int offset, JScalarKind kind, string? text = null, double number = 0)
    : JNode(source, offset)
{
    public JScalarKind Kind { get; } = kind;

    /// <summary>The string value, or a number's source text.</summary>
    public string? Text { get; } = text;

    public double Number { get; } = number;

    public bool IsNull => Kind == JScalarKind.Null;

    public bool IsString => Kind == JScalarKind.String;

    public bool IsBoolean => Kind is JScalarKind.True or JScalarKind.False;
}

/// <summary>Helpers for reading JSON-LD's loosely typed values.</summary>
internal static class JNodeExtensions
{
    public static bool IsNull(this JNode node) => node is JScalar { Kind: JScalarKind.Null };

    /// <summary>The string value, or null when the node is not a JSON string.</summary>
    public static string? AsString(this JNode node) => node is JScalar { Kind: JScalarKind.String } s ? s.Text : null;

    /// <summary>The items of an array, or the node itself as a one-item list (JSON-LD's "array, if necessary").</summary>
    public static IReadOnlyList<JNode> AsArray(this JNode node) => node is JArray a ? a.Items : [node];

    /// <summary>Structural equality, used to tell whether a protected term is redefined identically.</summary>
    public static bool DeepEquals(this JNode? a, JNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (JScalar x, JScalar y):
                return x.Kind == y.Kind && (x.Kind == JScalarKind.Number ? x.Number.Equals(y.Number) : x.Text == y.Text);
            case (JArray x, JArray y):
                if (x.Items.Count != y.Items.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Items.Count; i++)
                {
                    if (!x.Items[i].DeepEquals(y.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case (JMap x, JMap y):
                if (x.Count != y.Count)
                {
                    return false;
                }

                foreach (var member in x.Members)
                {
                    if (!y.TryGet(member.Key, out var other) || !member.Value.DeepEquals(other))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
