using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Vocab.Fault.Tests;

/// <summary>
/// PostgreSQL stopped (fast shutdown: every connection cut) and started again under a mixed load on two servers that
/// share it, neither of which is restarted. While it is down, requests that need the database get 503 problem JSON
/// with Retry-After, never a 500 and never a hang past the deadline, while normalization, search and /ready keep
/// answering 200 from memory. Once it is back, both servers take writes again and follow each other's changes again
/// (LISTEN re-established), by themselves.
/// </summary>
public sealed class PostgresRestartTests
{
    private const int DeadlineSeconds = 10;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Vocab__Curation__AutoAccept__Enabled"] = "false",
        ["Vocab__RequestTimeoutSeconds"] = DeadlineSeconds.ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task PostgresStoppedAndStarted_underLoad_503sThenRecoveryWithoutRestart()
    {
        await using var cluster = await PostgresCluster.CreateAsync();
        await using var store = await FaultStore.CreatePostgresAsync(cluster.ConnectionString, "vocab_fault_pgrestart_");
        await store.ImportAsync(RdfFiles.Write(Path.Combine(store.Folder, "thesaurus.nt"), "load", 40));
        var (_, author) = await store.AddUserWithTokenAsync("author", "contributor", "curate");
        var (_, editor) = await store.AddUserWithTokenAsync("editor", "editor", "curate");
        var experts = new List<(string UserId, string Token)>();
        for (var i = 0; i < 6; i++)
        {
            experts.Add(await store.AddUserWithTokenAsync($"expert{i}", "expert", "curate"));
        }

        var servers = await VocabServer.StartManyAsync(2, store, Settings);
        await using var a = servers[0];
        await using var b = servers[1];
        var proposals = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            proposals.Add(await CurationApi.ProposeLabelAsync(a.Client, author, RdfFiles.Concept("load", i), $"load vote target {i}", TestEnv.Ct));
        }

        var followProbes = new[]
        {
            await CurationApi.ProposeLabelAsync(a.Client, author, RdfFiles.Concept("load", 20), "load follow probe a", TestEnv.Ct),
            await CurationApi.ProposeLabelAsync(a.Client, author, RdfFiles.Concept("load", 21), "load follow probe b", TestEnv.Ct),
        };
        var load = new MixedLoad(servers, author, experts, proposals);
        using var stopLoad = new CancellationTokenSource();
        var running = load.RunAsync(stopLoad.Token);
        await Task.Delay(TimeSpan.FromSeconds(2), TestEnv.Ct);

        var stopping = load.Now;
        await cluster.StopAsync();
        var stopped = load.Now;
        await Task.Delay(TimeSpan.FromSeconds(4), TestEnv.Ct);

        // Operators see it: the follower's reads fail, so the store is reported down (readiness stays: memory still serves).
        Assert.Contains("\nvocab_store_up 0\n", await MetricsAsync(a), StringComparison.Ordinal);
        var restarting = load.Now;
        await cluster.StartAsync();
        var started = load.Now;

        // Both servers take a write again (a proposal through the API), with no restart of theirs.
        var writable = new TimeSpan[2];
        await Task.WhenAll(servers.Select(async (server, i) =>
        {
            await TestEnv.WaitForAsync(async () =>
            {
                using var request = VocabServer.Request(HttpMethod.Post, "api/v1/proposals", author, System.Net.Http.Json.JsonContent.Create(new
                {
                    kind = "AddLabel",
                    operations = new[] { new { op = "AddLabel", concept = RdfFiles.Concept("load", 30 + i), text = $"recovery probe {i} {Guid.NewGuid():N}", lang = "en", labelKind = "Hidden" } },
                    rationale = "probe",
                }));
                using var response = await server.Client.SendAsync(request, TestEnv.Ct);
                return response.StatusCode == HttpStatusCode.Created;
            }, TimeSpan.FromSeconds(60), $"server {i} to take writes after PostgreSQL came back");
            writable[i] = load.Now - started;
        }));

        // Both LISTEN again: the listening connection's last statement is the LISTEN itself.
        var listening = Stopwatch.StartNew();
        await TestEnv.WaitForAsync(async () => await CountListenersAsync(store) >= 2, TimeSpan.FromSeconds(60), "both servers to LISTEN again");
        var listenAgain = load.Now - started;

        // A change accepted on one server is applied by the other.
        var follow = new List<double>();
        foreach (var (from, to, proposal) in new[] { (a, b, followProbes[0]), (b, a, followProbes[1]) })
        {
            var (status, applied, body) = await CurationApi.AcceptAsync(from.Client, editor, proposal, TestEnv.Ct);
            Assert.True(status == HttpStatusCode.OK, body);
            var watch = Stopwatch.StartNew();
            await TestEnv.WaitForAsync(async () => await to.SequenceAsync() >= applied, TimeSpan.FromSeconds(30), "the other server to apply the change");
            follow.Add(watch.Elapsed.TotalMilliseconds);
        }

        await Task.Delay(TimeSpan.FromSeconds(1), TestEnv.Ct);
        await stopLoad.CancelAsync();
        await running;
        var samples = load.Samples.ToList();
        var recovered = started + writable.Max() + TimeSpan.FromSeconds(1);

        // Never a failure of the servers themselves: no 5xx but 503, no lost connection, no answer later than the deadline.
        Assert.All(samples, s => Assert.True(s.Error is null, $"{s.Kind} at {s.Start.TotalSeconds:0.00} s: {s.Error}"));
        Assert.All(samples, s => Assert.True(s.Status is 200 or 201 or 503, $"{s.Kind} at {s.Start.TotalSeconds:0.00} s: {s.Status}"));
        Assert.All(samples, s => Assert.True(s.Latency < TimeSpan.FromSeconds(DeadlineSeconds + 2), $"{s.Kind} at {s.Start.TotalSeconds:0.00} s took {s.Latency.TotalSeconds:0.0} s"));
        Assert.All(samples.Where(s => s.Status == 503), s => Assert.True(s.Problem && s.RetryAfter, $"{s.Kind}: a 503 without problem JSON or Retry-After"));

        // Before the stop everything succeeds; from memory everything succeeds throughout; writes are refused only while it is down.
        Assert.All(samples.Where(s => s.End < stopping), s => Assert.True(s.Status is 200 or 201, $"{s.Kind} before the stop: {s.Status}"));
        Assert.All(samples.Where(s => s.FromMemory), s => Assert.Equal(200, s.Status));
        var outage = samples.Where(s => !s.FromMemory && s.Start > stopped && s.End < restarting).ToList();
        Assert.NotEmpty(outage);
        Assert.All(outage, s => Assert.Equal(503, s.Status));
        Assert.All(samples.Where(s => s.Start > recovered), s => Assert.True(s.Status is 200 or 201, $"{s.Kind} after recovery ({s.Start.TotalSeconds:0.00} s): {s.Status}"));

        var metrics = await MetricsAsync(a);
        Assert.Contains("\nvocab_store_up 1\n", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("\nvocab_store_unavailable_responses_total 0\n", metrics, StringComparison.Ordinal);

        // Every vote answered 200 is stored with its value; the store is consistent.
        store.ClearPool();
        await store.AssertVerifiesAsync();
        await using (var db = store.CreateContext())
        {
            var stored = await db.Votes.AsNoTracking().ToDictionaryAsync(v => (v.UserId, v.ProposalId), v => v.Value, TestEnv.Ct);
            foreach (var ((user, proposal), record) in load.Votes)
            {
                Assert.True(record.Allows(stored.TryGetValue((user, proposal), out var v) ? v : null), $"vote by {user} on {proposal}: stored {v}, answered {record.Acked}");
            }
        }

        var during = samples.Where(s => s.Start > stopping && s.Start < started).ToList();
        TestEnv.Report("postgres-restart", string.Create(CultureInfo.InvariantCulture,
            $"PostgreSQL fast stop under load on 2 servers ({samples.Count} requests; stop took {(stopped - stopping).TotalSeconds:0.0} s, down {(started - stopped).TotalSeconds:0.0} s): "
            + $"while down, database requests {Tally(during.Where(s => !s.FromMemory))}, from memory {Tally(during.Where(s => s.FromMemory))}; "
            + $"after start, writes on both servers within {writable.Max().TotalSeconds:0.00} s (A {writable[0].TotalSeconds:0.00} s, B {writable[1].TotalSeconds:0.00} s), "
            + $"LISTEN on both within {listenAgain.TotalSeconds:0.00} s, a change on one applied by the other in {string.Join(" / ", follow.Select(f => f.ToString("0", CultureInfo.InvariantCulture)))} ms; "
            + $"503s after the start: {samples.Count(s => s.Start >= started && s.Status == 503)}; all requests: {Tally(samples)}; max latency {samples.Max(s => s.Latency).TotalMilliseconds:0} ms"));
    }

    private static async Task<string> MetricsAsync(VocabServer server) => await server.Client.GetStringAsync("metrics", TestEnv.Ct);

    private static string Tally(IEnumerable<LoadSample> samples) =>
        string.Join(", ", samples.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}×{g.Key}")) is { Length: > 0 } t ? t : "none";

    private static async Task<long> CountListenersAsync(FaultStore store)
    {
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.Db) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(TestEnv.Ct);
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN vocab_changes'", connection);
            return (long)(await command.ExecuteScalarAsync(TestEnv.Ct))!;
        }
        catch (NpgsqlException)
        {
            return 0;
        }
    }
}
