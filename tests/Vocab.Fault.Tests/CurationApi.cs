using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Vocab.Fault.Tests;

/// <summary>The JSON curation API (<c>/api/v1/proposals</c>) as the fault tests call it, with API tokens.</summary>
internal static class CurationApi
{
    /// <summary>Opens an AddLabel proposal (an alternative English label) and returns its id.</summary>
    public static async Task<long> ProposeLabelAsync(HttpClient client, string token, string concept, string label, CancellationToken cancellationToken)
    {
        var body = new
        {
            kind = "AddLabel",
            operations = new[] { new { op = "AddLabel", concept, text = label, lang = "en", labelKind = "Alt" } },
            rationale = "fault test",
        };
        // Setup, not the fault under test: on a machine busy with the other fault tests' clusters and processes a
        // first write can outlast the tests' short request deadline (504) once. Proposing is idempotent (the same
        // patch returns the open proposal it already made), so asking again is safe.
        for (var attempt = 1; ; attempt++)
        {
            using var request = VocabServer.Request(HttpMethod.Post, "api/v1/proposals", token, JsonContent.Create(body));
            using var response = await client.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode is HttpStatusCode.GatewayTimeout or HttpStatusCode.ServiceUnavailable && attempt < 3)
            {
                continue;
            }

            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"propose: {(int)response.StatusCode} {text}");
            return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();
        }
    }

    /// <summary>A proposal with its votes, as <c>GET /api/v1/proposals/{id}</c> shows it.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient client, string token, long proposal, CancellationToken cancellationToken)
    {
        using var request = VocabServer.Request(HttpMethod.Get, $"api/v1/proposals/{proposal}", token);
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"get proposal {proposal}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Sends a vote; returns the status code (the caller decides what counts as acknowledged).</summary>
    public static async Task<HttpStatusCode> VoteAsync(HttpClient client, string token, long proposal, int value, CancellationToken cancellationToken)
    {
        using var request = VocabServer.Request(HttpMethod.Post, $"api/v1/proposals/{proposal}/votes", token, JsonContent.Create(new { value, comment = (string?)null }));
        using var response = await client.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>Accepts a proposal; returns the status code and, on 200, the applied change.</summary>
    public static async Task<(HttpStatusCode Status, long? AppliedSeq, string Body)> AcceptAsync(HttpClient client, string token, long proposal, CancellationToken cancellationToken)
    {
        using var request = VocabServer.Request(HttpMethod.Post, $"api/v1/proposals/{proposal}/decision", token, JsonContent.Create(new { accept = true, reason = "fault test" }));
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        long? applied = response.StatusCode == HttpStatusCode.OK && JsonDocument.Parse(text).RootElement.GetProperty("appliedSeq") is { ValueKind: JsonValueKind.Number } seq
            ? seq.GetInt64()
            : null;
        return (response.StatusCode, applied, text);
    }
}
