using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary>
/// 100 concurrent clients open 1,000 proposals and cast 10,000 votes through two server hosts on one PostgreSQL
/// database: every vote is counted once, no user has two votes on a proposal, and each final tally equals what the
/// clients themselves counted.
/// </summary>
// Always on PostgreSQL, whatever VOCAB_TEST_STORE says: .ci/run's second, PostgreSQL pass of the suite skips it by this trait.
[Trait("Store", "PostgresOnly")]
public sealed class ConcurrencyTests : IAsyncDisposable
{
    private const int Clients = 100;
    private const int Proposals = 1_000;
    private const int Votes = 10_000;
    private readonly PostgresTestDatabase _postgres = new("vocab_conc_", maxPoolSize: 60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HundredClients_twoHosts_everyVoteCountedOnce()
    {
        var store = _postgres.ConnectionString;
        await using var a = Host(store);
        _ = a.Server;
        await using var b = Host(store);
        _ = b.Server;
        var hosts = new[] { a.Services.GetRequiredService<CurationService>(), b.Services.GetRequiredService<CurationService>() };
        var concepts = a.Services.GetRequiredService<ThesaurusSnapshotService>().Read(t => t.Concepts.Keys.Take(50).ToArray());
        var watch = Stopwatch.StartNew();

        // 1,000 proposals, ten per client, alternating hosts.
        var ids = new ConcurrentBag<long>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Clients), new ParallelOptions { MaxDegreeOfParallelism = Clients, CancellationToken = Ct }, async (client, ct) =>
        {
            var actor = new CurationActor("author" + client, "Author " + client, Roles.Contributor);
            for (var i = 0; i < Proposals / Clients; i++)
            {
                var n = client * (Proposals / Clients) + i;
                var op = new PatchOperation(PatchOp.AddLabel, concepts[n % concepts.Length], $"concurrency label {n}", "en", LabelKind.Hidden);
                var outcome = await hosts[n % 2].ProposeAsync(actor, new ProposalDraft(ProposalKind.AddLabel, [op], ""), ct);
                Assert.True(outcome.Succeeded, outcome.Message);
                ids.Add(outcome.ProposalId!.Value);
            }
        });
        var proposalIds = ids.ToArray();
        Assert.Equal(Proposals, proposalIds.Distinct().Count());

        // 10,000 votes: each client is one expert voting +1 or -1 on random proposals (sometimes again, which replaces).
        var expected = new ConcurrentDictionary<(string User, long Proposal), int>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Clients), new ParallelOptions { MaxDegreeOfParallelism = Clients, CancellationToken = Ct }, async (client, ct) =>
        {
            var random = new Random(client);
            var actor = new CurationActor("expert" + client, "Expert " + client, Roles.Expert);
            for (var i = 0; i < Votes / Clients; i++)
            {
                var proposal = proposalIds[random.Next(proposalIds.Length)];
                var value = random.Next(3) == 0 ? -1 : 1;
                var outcome = await hosts[(client + i) % 2].VoteAsync(actor, proposal, value, null, ct);
                Assert.True(outcome.Succeeded, outcome.Message);
                expected[(actor.UserId, proposal)] = value;
            }
        });
        var elapsed = watch.Elapsed;

        await using var db = a.Services.GetRequiredService<VocabDatabase>().CreateContext();
        var votes = await db.Votes.AsNoTracking().Select(v => new { v.UserId, v.ProposalId, v.Value }).ToListAsync(Ct);
        Assert.Equal(expected.Count, votes.Count);
        Assert.Equal(votes.Count, votes.Select(v => (v.UserId, v.ProposalId)).Distinct().Count());
        Assert.All(votes, v => Assert.Equal(expected[(v.UserId, v.ProposalId)], v.Value));
        var tallies = await db.Proposals.AsNoTracking().Select(p => new { p.Id, p.Score, p.VoteCount }).ToListAsync(Ct);
        foreach (var tally in tallies)
        {
            var mine = expected.Where(e => e.Key.Proposal == tally.Id).Select(e => e.Value).ToList();
            Assert.Equal((mine.Sum(), mine.Count), (tally.Score, tally.VoteCount));
        }

        TestContext.Current.SendDiagnosticMessage($"{Proposals} proposals and {Votes} votes from {Clients} clients over 2 hosts in {elapsed.TotalSeconds:0.0} s");
    }

    public ValueTask DisposeAsync() => _postgres.DisposeAsync();

    private static ConfiguredServer Host(string db) => new(db, new Dictionary<string, string> { ["Vocab:Curation:AutoAccept:Enabled"] = "false" });
}
