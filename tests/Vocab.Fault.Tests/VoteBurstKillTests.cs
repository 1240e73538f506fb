using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Vocab.Fault.Tests;

/// <summary>
/// Twenty experts voting (and changing their votes) concurrently on a few proposals through the API, the server
/// SIGKILLed in the middle of the burst and restarted: every vote answered 2xx is in the votes table with its value
/// (or with the value of that expert's next vote, which may have committed before its answer was cut off), nothing
/// else is, and every tally equals its vote rows, in the store and as the restarted server shows it.
/// </summary>
public sealed class VoteBurstKillTests
{
    private const int Experts = 20;
    private const int ProposalCount = 4;

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task VoteBurst_serverKilledMidBurst_acknowledgedVotesKeptAndTalliesEqualVotes(string provider)
    {
        await using var store = await FaultStore.CreateAsync(provider, "vocab_fault_votes_");
        await store.ImportAsync(RdfFiles.Write(Path.Combine(store.Folder, "thesaurus.nt"), "votes", ProposalCount));
        var (_, author) = await store.AddUserWithTokenAsync("author", "contributor", "curate");
        var experts = new List<(string UserId, string Token)>();
        for (var i = 0; i < Experts; i++)
        {
            experts.Add(await store.AddUserWithTokenAsync($"expert{i:00}", "expert", "curate"));
        }

        // Auto-accept off: the proposals stay open however the votes fall, so every vote is accepted by the rules.
        var settings = new Dictionary<string, string> { ["Vocab__Curation__AutoAccept__Enabled"] = "false" };
        var server = await VocabServer.StartAsync(store, settings);
        try
        {
            var proposals = new List<long>();
            for (var i = 0; i < ProposalCount; i++)
            {
                proposals.Add(await CurationApi.ProposeLabelAsync(server.Client, author, RdfFiles.Concept("votes", i), $"vote fault label {i}", TestEnv.Ct));
            }

            // Per (expert, proposal): the value of the last vote answered 2xx, and the value of a vote sent but not answered.
            var acked = new ConcurrentDictionary<(string, long), int>();
            var pending = new ConcurrentDictionary<(string, long), int>();
            long answered = 0;
            // Each expert's first vote warms the server up (token check, JIT); the burst is timed from when they are all answered.
            using var warm = new CountdownEvent(experts.Count);
            var burst = experts.Select(expert => Task.Run(async () =>
            {
                var random = new Random(expert.UserId.GetHashCode(StringComparison.Ordinal));
                for (var n = 0; ; n++)
                {
                    if (n == 1)
                    {
                        warm.Signal();
                    }

                    var proposal = proposals[random.Next(proposals.Count)];
                    var value = random.Next(2) == 0 ? 1 : -1;
                    pending[(expert.UserId, proposal)] = value;
                    HttpStatusCode status;
                    try
                    {
                        status = await CurationApi.VoteAsync(server.Client, expert.Token, proposal, value, TestEnv.Ct);
                    }
                    catch (HttpRequestException)
                    {
                        if (n == 0)
                        {
                            warm.Signal();
                        }

                        return;
                    }

                    Assert.True(status == HttpStatusCode.OK, $"vote by {expert.UserId} on {proposal}: {(int)status}");
                    acked[(expert.UserId, proposal)] = value;
                    pending.TryRemove((expert.UserId, proposal), out _);
                    Interlocked.Increment(ref answered);
                }
            })).ToList();

            Assert.True(await Task.Run(() => warm.Wait(TimeSpan.FromSeconds(60), TestEnv.Ct)), "the experts' first votes were not all answered within 60 s");
            var warmAnswered = Interlocked.Read(ref answered);

            // Killed at a random moment once the burst is answering (SQLite serializes the writers, so it answers slower).
            var burstClock = System.Diagnostics.Stopwatch.StartNew();
            await TestEnv.WaitForAsync(() => Task.FromResult(Interlocked.Read(ref answered) > warmAnswered), TimeSpan.FromSeconds(60), "the burst's first answer");
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(100, 1000)), TestEnv.Ct);
            var delay = burstClock.Elapsed;
            var answeredAtKill = Interlocked.Read(ref answered) - warmAnswered;
            await server.KillAsync();
            await Task.WhenAll(burst);
            await server.DisposeAsync();
            Assert.True(answeredAtKill > 0, "no vote was answered before the kill: the burst never started");

            await store.AssertVerifiesAsync();
            await using (var db = store.CreateContext())
            {
                var stored = await db.Votes.AsNoTracking().Where(v => proposals.Contains(v.ProposalId))
                    .ToDictionaryAsync(v => (v.UserId, v.ProposalId), v => v.Value, TestEnv.Ct);
                foreach (var ((user, proposal), value) in acked)
                {
                    Assert.True(stored.TryGetValue((user, proposal), out var kept), $"vote by {user} on {proposal} was answered 200 but is not stored");
                    Assert.True(kept == value || (pending.TryGetValue((user, proposal), out var next) && kept == next),
                        $"vote by {user} on {proposal}: answered {value}, stored {kept}");
                }

                foreach (var ((user, proposal), value) in stored)
                {
                    Assert.True(acked.ContainsKey((user, proposal)) || (pending.TryGetValue((user, proposal), out var sent) && sent == value),
                        $"a vote by {user} on {proposal} is stored that no client sent");
                }
            }

            server = await VocabServer.StartAsync(store, settings);
            foreach (var proposal in proposals)
            {
                var view = await CurationApi.GetAsync(server.Client, author, proposal, TestEnv.Ct);
                var votes = view.GetProperty("votes").EnumerateArray().Select(v => v.GetProperty("value").GetInt32()).ToList();
                Assert.Equal(votes.Sum(), view.GetProperty("score").GetInt32());
                Assert.Equal(votes.Count, view.GetProperty("voteCount").GetInt32());
            }

            TestEnv.Report("vote-kills", string.Create(CultureInfo.InvariantCulture,
                $"{provider}: {Experts} experts voting on {ProposalCount} proposals, SIGKILL {delay.TotalMilliseconds:0} ms into the burst with {answeredAtKill} votes answered in it ({answeredAtKill / delay.TotalSeconds:0}/s) and {pending.Count} in flight: every answered vote stored with its value, tallies equal vote rows; verify ok"));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
