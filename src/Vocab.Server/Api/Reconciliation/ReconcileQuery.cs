using System.Text.Json;

namespace Vocab.Server.Api.Reconciliation;

/// <summary>One query of a reconciliation batch, already checked.</summary>
/// <param name="Key">The caller's id for the query (<c>q0</c>, ...), echoed in the result.</param>
/// <param name="Text">The label to reconcile, trimmed.</param>
/// <param name="Types">Concept schemes (or concepts) to restrict to; empty for no restriction.</param>
/// <param name="Limit">How many candidates to return.</param>
internal sealed record ReconcileQuery(string Key, string Text, IReadOnlyList<string> Types, int Limit)
{
    public const int DefaultLimit = 5;

    // Bounds the work one request can ask for; a client wanting more pages through candidates it can already see.
    public const int MaxLimit = 100;
    public const int MaxBatch = 1000;

    /// <summary>Parses the <c>queries</c> JSON of the 0.2 protocol; <paramref name="error"/> says what is wrong otherwise.</summary>
    public static bool TryParseBatch(string? json, out IReadOnlyList<ReconcileQuery> queries, out string error)
    {
        queries = [];
        if (string.IsNullOrWhiteSpace(json))
        {
            error = "'queries' is empty: it must be a JSON object such as {\"q0\": {\"query\": \"TEM\"}}";
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            error = "'queries' is not valid JSON: " + e.Message;
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"'queries' must be a JSON object keyed by query id, not {Describe(root.ValueKind)}";
                return false;
            }

            var parsed = new List<ReconcileQuery>();
            foreach (var entry in root.EnumerateObject())
            {
                if (parsed.Count == MaxBatch)
                {
                    error = $"a batch holds at most {MaxBatch} queries";
                    return false;
                }

                if (!TryParseOne(entry.Name, entry.Value, out var query, out error))
                {
                    return false;
                }

                parsed.Add(query);
            }

            queries = parsed;
            error = "";
            return true;
        }
    }

    private static bool TryParseOne(string key, JsonElement value, out ReconcileQuery query, out string error)
    {
        query = null!;
        if (value.ValueKind != JsonValueKind.Object)
        {
            error = $"query '{key}' must be an object, not {Describe(value.ValueKind)}";
            return false;
        }

        // Only names are matched here, so a query without text (properties only, as 0.2 allows) has nothing to go on.
        if (!value.TryGetProperty("query", out var text) || text.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(text.GetString()))
        {
            error = $"query '{key}' needs a non-empty string 'query'";
            return false;
        }

        var limit = DefaultLimit;
        if (value.TryGetProperty("limit", out var limitValue)
            && (limitValue.ValueKind != JsonValueKind.Number || !limitValue.TryGetInt32(out limit) || limit <= 0))
        {
            error = $"query '{key}': 'limit' must be a positive integer";
            return false;
        }

        if (!TryParseTypes(value, out var types))
        {
            error = $"query '{key}': 'type' must be a type id or an array of type ids";
            return false;
        }

        if (!PropertiesAreWellFormed(value))
        {
            error = $"query '{key}': 'properties' must be an array of objects with a string 'pid' and a value 'v'";
            return false;
        }

        query = new ReconcileQuery(key, text.GetString()!.Trim(), types, Math.Min(limit, MaxLimit));
        error = "";
        return true;
    }

    private static bool TryParseTypes(JsonElement value, out IReadOnlyList<string> types)
    {
        types = [];
        if (!value.TryGetProperty("type", out var type) || type.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            var id = type.GetString()!.Trim();
            types = id.Length == 0 ? [] : [id];
            return true;
        }

        if (type.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var list = new List<string>();
        foreach (var item in type.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            var id = item.GetString()!.Trim();
            if (id.Length > 0 && !list.Contains(id))
            {
                list.Add(id);
            }
        }

        types = list;
        return true;
    }

    // Properties are accepted so that clients which always send them work; concepts are matched on their labels alone.
    private static bool PropertiesAreWellFormed(JsonElement value)
    {
        if (!value.TryGetProperty("properties", out var properties) || properties.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (properties.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var property in properties.EnumerateArray())
        {
            if (property.ValueKind != JsonValueKind.Object
                || !property.TryGetProperty("pid", out var pid) || pid.ValueKind != JsonValueKind.String
                || !property.TryGetProperty("v", out _))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };
}
