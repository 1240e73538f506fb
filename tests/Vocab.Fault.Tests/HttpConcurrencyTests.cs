using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Vocab.Fault.Tests;

/// <summary>
/// The concurrency requirement over the wire: 100 clients open 1,000 proposals and cast 10,000 votes through the JSON API
/// of two real <c>vocab serve</c> processes on one PostgreSQL database, alternating between them. Every vote is answered
/// 200, stored once, and every final tally equals what the clients themselves counted; <c>vocab verify</c> agrees.
/// </summary>
public sealed class HttpConcurrencyTests
{
    private const int Clients = 100;
    private const int Proposals = 1_000;
    private const int Votes = 10_000;
    private const int Concepts = 50;

    [Fact]
    public async Task HundredClients_twoProcesses_everyVoteCountedOnce()
    {
        await using var store = await FaultStore.CreateAsync("postgres", "vocab_httpconc_");
        await store.ImportAsync(RdfFiles.Write(Path.Combine(store.Folder, "thesaurus.nt"), "conc", Concepts));
        var clients = new (string UserId, string Token)[Clients];
        for (var i = 0; i < Clients; i++)
        {
            clients[i] = await store.AddUserWithTokenAsync($"expert{i:000}", "expert", "curate");
        }

        // Auto-accept off, so every proposal stays open and every vote is allowed; no rate limit (one client address).
        var settings = new Dictionary<string, string>
        {
            ["Vocab__Curation__AutoAccept__Enabled"] = "false",
            ["Vocab__RateLimit__PerIpPerSecond"] = "0",
            ["Vocab__RateLimit__PerTokenPerSecond"] = "0",
        };
        var servers = await VocabServer.StartManyAsync(2, store, settings);
        try
        {
            var watch = Stopwatch.StartNew();
            var owner = new ConcurrentDictionary<long, int>();
            await Parallel.ForEachAsync(Enumerable.Range(0, Clients), new ParallelOptions { MaxDegreeOfParallelism = Clients, CancellationToken = TestEnv.Ct }, async (client, ct) =>
            {
                for (var i = 0; i < Proposals / Clients; i++)
                {
                    var n = client * (Proposals / Clients) + i;
                    var id = await CurationApi.ProposeLabelAsync(servers[n % 2].Client, clients[client].Token, RdfFiles.Concept("conc", n % Concepts), $"http concurrency label {n}", ct);
                    Assert.True(owner.TryAdd(id, client), $"proposal id {id} handed out twice");
                }
            });
            var proposing = watch.Elapsed;
            Assert.Equal(Proposals, owner.Count);
            var ids = owner.Keys.Order().ToArray();

            // Each client votes +1 or -1 on random proposals that are not its own (sometimes again: that replaces its vote).
            var expected = new ConcurrentDictionary<(int Client, long Proposal), int>();
            var failures = new ConcurrentBag<string>();
            watch.Restart();
            await Parallel.ForEachAsync(Enumerable.Range(0, Clients), new ParallelOptions { MaxDegreeOfParallelism = Clients, CancellationToken = TestEnv.Ct }, async (client, ct) =>
            {
                var random = new Random(client);
                for (var i = 0; i < Votes / Clients; i++)
                {
                    long proposal;
                    do
                    {
                        proposal = ids[random.Next(ids.Length)];
                    }
                    while (owner[proposal] == client);

                    var value = random.Next(2) == 0 ? 1 : -1;
                    var status = await CurationApi.VoteAsync(servers[(client + i) % 2].Client, clients[client].Token, proposal, value, ct);
                    if (status != HttpStatusCode.OK)
                    {
                        failures.Add($"client {client} vote on {proposal}: {(int)status}");
                        continue;
                    }

                    expected[(client, proposal)] = value;
                }
            });
            var voting = watch.Elapsed;
            Assert.Empty(failures);

            await using var db = store.CreateContext();
            var stored = await db.Votes.AsNoTracking().Select(v => new { v.UserId, v.ProposalId, v.Value }).ToListAsync(TestEnv.Ct);
            Assert.Equal(expected.Count, stored.Count);
            Assert.Equal(stored.Count, stored.Select(v => (v.UserId, v.ProposalId)).Distinct().Count());
            var userOf = clients.Select((c, i) => (c.UserId, i)).ToDictionary(x => x.UserId, x => x.i, StringComparer.Ordinal);
            foreach (var vote in stored)
            {
                Assert.Equal(expected[(userOf[vote.UserId], vote.ProposalId)], vote.Value);
            }

            var tallies = await db.Proposals.AsNoTracking().Select(p => new { p.Id, p.Score, p.VoteCount }).ToListAsync(TestEnv.Ct);
            var clientScore = expected.GroupBy(e => e.Key.Proposal).ToDictionary(g => g.Key, g => (Score: g.Sum(e => e.Value), Count: g.Count()));
            foreach (var tally in tallies)
            {
                var (score, count) = clientScore.GetValueOrDefault(tally.Id);
                Assert.Equal((score, count), (tally.Score, tally.VoteCount));
            }

            await store.AssertVerifiesAsync();
            TestEnv.Report("http-concurrency", string.Create(CultureInfo.InvariantCulture,
                $"{Clients} clients, 2 processes: {Proposals} proposals in {proposing.TotalSeconds:F1} s, {Votes} votes in {voting.TotalSeconds:F1} s ({Votes / voting.TotalSeconds:F0} votes/s), {expected.Count} distinct (user, proposal) votes stored, all tallies equal"));
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }
}
