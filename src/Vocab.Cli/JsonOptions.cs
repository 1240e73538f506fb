using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vocab.Cli;

/// <summary>JSON output settings: camelCase, indented, Japanese written as is.</summary>
internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
