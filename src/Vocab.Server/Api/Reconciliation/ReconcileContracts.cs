using System.Text.Json.Serialization;

namespace Vocab.Server.Api.Reconciliation;

// The wire shapes of the W3C Reconciliation Service API 0.2; property names follow the spec's JSON Schemas exactly.

/// <summary>A type (here: a concept scheme) by id and name.</summary>
internal sealed record ReconcileType(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name);

/// <summary>The service manifest returned by <c>GET /reconcile</c>.</summary>
internal sealed record ReconcileManifest(
    [property: JsonPropertyName("versions")] IReadOnlyList<string> Versions,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("identifierSpace")] string IdentifierSpace,
    [property: JsonPropertyName("schemaSpace")] string SchemaSpace,
    [property: JsonPropertyName("documentation")] string Documentation,
    [property: JsonPropertyName("defaultTypes")] IReadOnlyList<ReconcileType> DefaultTypes,
    [property: JsonPropertyName("view")] ReconcileUrl View,
    [property: JsonPropertyName("preview")] ReconcilePreviewSettings Preview,
    [property: JsonPropertyName("suggest")] ReconcileSuggestSettings Suggest);

/// <summary>A URL template with <c>{{id}}</c>.</summary>
internal sealed record ReconcileUrl([property: JsonPropertyName("url")] string Url);

/// <summary>Where and how large the HTML preview is.</summary>
internal sealed record ReconcilePreviewSettings(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height);

/// <summary>The suggest services offered (entities only).</summary>
internal sealed record ReconcileSuggestSettings([property: JsonPropertyName("entity")] ReconcileService Entity);

/// <summary>A service location: base URL plus path.</summary>
internal sealed record ReconcileService(
    [property: JsonPropertyName("service_url")] string ServiceUrl,
    [property: JsonPropertyName("service_path")] string ServicePath);

/// <summary>The candidates for one query of a batch.</summary>
internal sealed record ReconcileResultSet([property: JsonPropertyName("result")] IReadOnlyList<ReconcileCandidate> Result);

/// <summary>One candidate concept for a query; <see cref="Score"/> is 0..100.</summary>
internal sealed record ReconcileCandidate(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("match")] bool Match,
    [property: JsonPropertyName("type")] IReadOnlyList<ReconcileType> Type);

/// <summary>The answer of the entity suggest service.</summary>
internal sealed record ReconcileSuggestResponse([property: JsonPropertyName("result")] IReadOnlyList<ReconcileSuggestion> Result);

/// <summary>One suggested concept; the description names the label that matched when it is not the name.</summary>
internal sealed record ReconcileSuggestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    [property: JsonPropertyName("notable")] IReadOnlyList<ReconcileType> Notable);
