using System.Text.Json;
using System.Text.Json.Nodes;
using Vocab.Core;

namespace Vocab.Index.Datasets;

/// <summary>The syntaxes a dataset may come in.</summary>
public enum DatasetFormat
{
    /// <summary>Comma-separated values with a header row.</summary>
    Csv,

    /// <summary>Tab-separated values with a header row.</summary>
    Tsv,

    /// <summary>JSON metadata: any nesting of objects and arrays.</summary>
    Json,
}

/// <summary>
/// Rewrites a dataset with its labels replaced by concept prefLabels: CSV/TSV headers (and the cells of chosen
/// columns), JSON keys and string values at any depth. Unmatched and ambiguous labels stay as written; every
/// distinct label lands in the <see cref="LabelMapper"/>'s mapping table.
/// </summary>
public static class DatasetNormalizer
{
    // Long strings are prose or data (descriptions, base64), not labels; matching them is wasted work and noise.
    private const int MaxValueLength = 120;

    /// <summary>The format a file name implies, or null when the extension is not one we read.</summary>
    public static DatasetFormat? FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".CSV" => DatasetFormat.Csv,
        ".TSV" or ".TAB" => DatasetFormat.Tsv,
        ".JSON" => DatasetFormat.Json,
        _ => null,
    };

    /// <summary>Parses a format name (<c>csv</c>, <c>tsv</c>, <c>json</c>; any case), or null when unknown.</summary>
    public static DatasetFormat? ParseFormat(string? name) =>
        Names.TryParse<DatasetFormat>(name, out var f) ? f : null;

    /// <summary>Normalizes <paramref name="input"/> in <paramref name="format"/> into <paramref name="output"/>.</summary>
    /// <param name="input">The dataset.</param>
    /// <param name="output">Receives the normalized copy.</param>
    /// <param name="format">The dataset's syntax.</param>
    /// <param name="mapper">Matches the labels and keeps the mapping table.</param>
    /// <param name="columns">CSV/TSV columns (by header as written) whose cells are normalized too; ignored for JSON.</param>
    /// <exception cref="FormatException">The input is not valid in its format.</exception>
    public static void Normalize(
        TextReader input, TextWriter output, DatasetFormat format, LabelMapper mapper, IReadOnlyCollection<string>? columns = null)
    {
        if (format == DatasetFormat.Json)
        {
            NormalizeJson(input, output, mapper);
        }
        else
        {
            NormalizeDelimited(input, output, format == DatasetFormat.Tsv ? '\t' : ',', mapper, columns ?? []);
        }
    }

    /// <summary>Normalizes delimited text: the first record is the header.</summary>
    public static void NormalizeDelimited(
        TextReader input, TextWriter output, char delimiter, LabelMapper mapper, IReadOnlyCollection<string> columns)
    {
        bool[]? valueColumns = null;
        foreach (var record in DelimitedText.Read(input, delimiter))
        {
            if (valueColumns is null)
            {
                valueColumns = [.. record.Select(h => columns.Contains(h, StringComparer.Ordinal))];
                var used = new HashSet<string>(record, StringComparer.Ordinal);
                for (var i = 0; i < record.Length; i++)
                {
                    if (record[i].Trim().Length == 0)
                    {
                        continue;
                    }

                    // As with JSON keys: when two headers denote one concept, the later keeps its own name, so
                    // column names stay unique.
                    var mapped = mapper.Map(record[i], LabelSite.Header);
                    if (mapped != record[i] && used.Add(mapped))
                    {
                        record[i] = mapped;
                    }
                }
            }
            else
            {
                for (var i = 0; i < record.Length && i < valueColumns.Length; i++)
                {
                    if (valueColumns[i] && IsLabelLike(record[i]))
                    {
                        record[i] = mapper.Map(record[i], LabelSite.Value);
                    }
                }
            }

            DelimitedText.WriteRecord(output, record, delimiter);
        }
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Normalizes a JSON document: keys and label-like string values, recursively; written indented.</summary>
    public static void NormalizeJson(TextReader input, TextWriter output, LabelMapper mapper)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(input.ReadToEnd(), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new FormatException("invalid JSON: " + e.Message, e);
        }

        string text;
        try
        {
            text = Rewrite(root, mapper)?.ToJsonString(Indented) ?? "null";
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // JSON escapes can spell what UTF-16 cannot hold (an unpaired surrogate such as "\ud800").
            throw new FormatException("invalid JSON: a string holds an invalid escape or an unpaired surrogate", e);
        }

        output.Write(text);
        output.Write('\n');
    }

    /// <summary>A copy of <paramref name="node"/> with keys and string values mapped.</summary>
    public static JsonNode? Rewrite(JsonNode? node, LabelMapper mapper)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    var name = mapper.Map(key, LabelSite.Key);

                    // Two keys can denote one concept ("HT" and "High Tension"); the later keeps its own name rather
                    // than silently overwriting the earlier value.
                    copy[copy.ContainsKey(name) ? key : name] = Rewrite(value, mapper);
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Rewrite(item, mapper))]);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                return JsonValue.Create(IsLabelLike(text) ? mapper.Map(text, LabelSite.Value) : text);
            default:
                return node?.DeepClone();
        }
    }

    // A label has a letter and is short; numbers, dates and empty cells are data, not labels.
    private static bool IsLabelLike(string text) =>
        text.Length is > 0 and <= MaxValueLength && text.Any(char.IsLetter) && !double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _)
        && !DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
