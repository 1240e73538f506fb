using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace Vocab.Fault.Tests;

/// <summary>One request of the load: when it started and ended (since the load began), what it was, and the answer (0 when none came).</summary>
internal sealed record LoadSample(TimeSpan Start, TimeSpan End, string Kind, int Server, int Status, bool Problem, bool RetryAfter, string? Error)
{
    /// <summary>Served from the server's memory (snapshot, label index): no database needed.</summary>
    public bool FromMemory => Kind is "normalize" or "normalize-batch" or "search" or "ready";

    public TimeSpan Latency => End - Start;
}

/// <summary>What one expert's votes on one proposal allow the store to hold: the last value answered 2xx, and any value sent after it without a 2xx (whose fate is unknown).</summary>
internal sealed class VoteRecord
{
    public int? Acked { get; set; }

    public HashSet<int> Unacknowledged { get; } = [];

    public bool Allows(int? stored) => stored is { } v ? v == Acked || Unacknowledged.Contains(v) : Acked is null;
}

/// <summary>
/// Client load over several servers: normalization (GET and POST), search and readiness, served from memory, and
/// votes, proposals and the change feed, which need the database. Every answer is kept as a <see cref="LoadSample"/>,
/// and every vote in a <see cref="VoteRecord"/>.
/// </summary>
internal sealed class MixedLoad(IReadOnlyList<VocabServer> servers, string author, IReadOnlyList<(string UserId, string Token)> experts, IReadOnlyList<long> proposals)
{
    private static readonly string[] Kinds = ["normalize", "vote", "search", "propose", "normalize-batch", "changes", "ready", "vote"];

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<LoadSample> _samples = new();

    /// <summary>Now, on the load's clock.</summary>
    public TimeSpan Now => _clock.Elapsed;

    public IReadOnlyCollection<LoadSample> Samples => _samples;

    /// <summary>Per (expert user id, proposal); each worker writes only its own expert's entries.</summary>
    public ConcurrentDictionary<(string UserId, long Proposal), VoteRecord> Votes { get; } = new();

    /// <summary>One worker per expert until <paramref name="stop"/>; each alternates servers and request kinds.</summary>
    public Task RunAsync(CancellationToken stop) => Task.WhenAll(experts.Select((expert, w) => Task.Run(() => WorkAsync(w, expert, stop))));

    private async Task WorkAsync(int worker, (string UserId, string Token) expert, CancellationToken stop)
    {
        // The servers answer within their own deadline; the client waits longer so a hang shows as latency, not as a client timeout.
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var random = new Random(worker);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            // Every kind goes to every server: the server is chosen at random, the kind in turn.
            var server = random.Next(servers.Count);
            var kind = Kinds[(worker + n) % Kinds.Length];
            var proposal = proposals[random.Next(proposals.Count)];
            var value = random.Next(2) == 0 ? 1 : -1;
            var vote = kind == "vote" ? Votes.GetOrAdd((expert.UserId, proposal), _ => new VoteRecord()) : null;
            vote?.Unacknowledged.Add(value);
            using var request = Build(servers[server].Address, kind, expert.Token, worker, n, proposal, value);
            var start = Now;
            try
            {
                using var response = await client.SendAsync(request, CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                var status = (int)response.StatusCode;
                _samples.Enqueue(new LoadSample(start, Now, kind, server, status,
                    response.Content.Headers.ContentType?.MediaType == "application/problem+json", response.Headers.RetryAfter is not null, null));
                if (vote is not null && status == 200)
                {
                    vote.Acked = value;
                    vote.Unacknowledged.Clear();
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                _samples.Enqueue(new LoadSample(start, Now, kind, server, 0, false, false, e.GetType().Name + ": " + e.Message));
            }
        }
    }

    private HttpRequestMessage Build(Uri server, string kind, string token, int worker, int n, long proposal, int value)
    {
        var tag = string.Create(CultureInfo.InvariantCulture, $"{worker}-{n}");
        var concept = n % 40;
        return kind switch
        {
            "normalize" => new HttpRequestMessage(HttpMethod.Get, new Uri(server, string.Create(CultureInfo.InvariantCulture, $"api/v1/normalize?label=load%20concept%20{concept}"))),
            "normalize-batch" => new HttpRequestMessage(HttpMethod.Post, new Uri(server, "api/v1/normalize"))
            {
                Content = JsonContent.Create(new { labels = new[] { "load term 3", "load-t7", "loadconcept9", "unknown " + tag } }),
            },
            "search" => new HttpRequestMessage(HttpMethod.Get, new Uri(server, "api/v1/search?q=load%20concept&limit=5")),
            "ready" => new HttpRequestMessage(HttpMethod.Get, new Uri(server, "ready")),
            "changes" => new HttpRequestMessage(HttpMethod.Get, new Uri(server, "api/v1/changes?since=0")),
            "vote" => VocabServer.Request(HttpMethod.Post, new Uri(server, $"api/v1/proposals/{proposal}/votes").ToString(), token,
                JsonContent.Create(new { value, comment = (string?)null })),
            "propose" => VocabServer.Request(HttpMethod.Post, new Uri(server, "api/v1/proposals").ToString(), author, JsonContent.Create(new
            {
                kind = "AddLabel",
                operations = new[] { new { op = "AddLabel", concept = RdfFiles.Concept("load", concept), text = "load proposal " + tag, lang = "en", labelKind = "Hidden" } },
                rationale = "load",
            })),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
