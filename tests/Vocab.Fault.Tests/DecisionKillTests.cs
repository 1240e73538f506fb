using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Vocab.Core.Curation;

namespace Vocab.Fault.Tests;

/// <summary>
/// An editor accepting proposals one after another through the API while the server is SIGKILLed at random moments
/// and restarted: every proposal is either accepted with its change (log entry, statements, the restarted server
/// serving its label) or still open with nothing written, and every accept that was answered 200 stands.
/// </summary>
public sealed class DecisionKillTests
{
    private const int Proposals = 40;
    private const int Kills = 2;

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task Accepts_serverKilledAtRandom_eachProposalWhollyAppliedOrUntouched(string provider)
    {
        await using var store = await FaultStore.CreateAsync(provider, "vocab_fault_decide_");
        await store.ImportAsync(RdfFiles.Write(Path.Combine(store.Folder, "thesaurus.nt"), "decide", Proposals));
        var (_, author) = await store.AddUserWithTokenAsync("author", "contributor", "curate");
        var (_, editor) = await store.AddUserWithTokenAsync("editor", "editor", "curate");

        var server = await VocabServer.StartAsync(store);
        try
        {
            // One proposal per concept: accepting one never makes another stale.
            var ids = new List<long>();
            for (var i = 0; i < Proposals; i++)
            {
                ids.Add(await CurationApi.ProposeLabelAsync(server.Client, author, RdfFiles.Concept("decide", i), Label(i), TestEnv.Ct));
            }

            var acknowledged = new HashSet<long>();
            var next = 0;
            var killsInFlight = 0;
            for (var kill = 0; kill < Kills; kill++)
            {
                var loop = AcceptLoopAsync(server, editor, ids, next, acknowledged);

                // A random moment inside the loop: accepts take tens of milliseconds, so one is almost always in flight.
                await Task.WhenAny(loop, Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(300, 1500)), TestEnv.Ct));
                killsInFlight += loop.IsCompleted ? 0 : 1;
                await server.KillAsync();
                next = await loop;
                await server.DisposeAsync();
                await AssertWhollyAppliedOrUntouchedAsync(store, ids, acknowledged);
                server = await VocabServer.StartAsync(store);
                await AssertServedAsync(server, ids, acknowledged);
            }

            next = await AcceptLoopAsync(server, editor, ids, next, acknowledged);
            await AssertWhollyAppliedOrUntouchedAsync(store, ids, acknowledged);
            Assert.Equal(ids.Count, next);
            Assert.Equal(ids.Count, acknowledged.Count);
            await store.AssertVerifiesAsync();
            TestEnv.Report("decision-kills", string.Create(CultureInfo.InvariantCulture,
                $"{provider}: {Proposals} accepts through POST /api/v1/proposals/{{id}}/decision, {Kills} SIGKILLs ({killsInFlight} with an accept in flight) and restarts: every proposal accepted with its change or untouched, every 200 kept; verify ok"));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static string Label(int i) => string.Create(CultureInfo.InvariantCulture, $"decision fault label {i}");

    /// <summary>Accepts from <paramref name="from"/> on until done or the server dies; returns where to go on from.</summary>
    private static async Task<int> AcceptLoopAsync(VocabServer server, string editor, List<long> ids, int from, HashSet<long> acknowledged)
    {
        await Task.Yield();
        for (var i = from; i < ids.Count; i++)
        {
            HttpStatusCode status;
            string body;
            try
            {
                (status, _, body) = await CurationApi.AcceptAsync(server.Client, editor, ids[i], TestEnv.Ct);
            }
            catch (HttpRequestException)
            {
                // Killed: this accept's fate is for the store to tell; the next run starts here again.
                return i;
            }

            // 200, or 403 "decided already" for an accept that committed just before a kill cut its answer off.
            Assert.True(status == HttpStatusCode.OK || (status == HttpStatusCode.Forbidden && body.Contains("proposal.decided", StringComparison.Ordinal)),
                $"accept {ids[i]}: {(int)status} {body}");
            acknowledged.Add(ids[i]);
        }

        return ids.Count;
    }

    private static async Task AssertWhollyAppliedOrUntouchedAsync(FaultStore store, List<long> ids, HashSet<long> acknowledged)
    {
        await store.AssertVerifiesAsync();
        await using var db = store.CreateContext();
        var proposals = await db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, TestEnv.Ct);
        var changes = await db.Changes.AsNoTracking().Where(c => c.ProposalId != null).ToDictionaryAsync(c => c.ProposalId!.Value, TestEnv.Ct);
        var labels = await db.Statements.AsNoTracking()
            .Where(s => s.RemovedIn == null && s.Predicate == "<http://www.w3.org/2004/02/skos/core#altLabel>" && s.Object.StartsWith("\"decision fault label "))
            .Select(s => s.Object).ToListAsync(TestEnv.Ct);
        for (var i = 0; i < ids.Count; i++)
        {
            var p = proposals[ids[i]];
            var labelPresent = labels.Contains($"\"{Label(i)}\"@en");
            if (p.Status == ProposalStatus.Accepted)
            {
                Assert.True(changes.TryGetValue(p.Id, out var change) && change.Seq == p.AppliedSeq, $"proposal {p.Id} accepted without its change");
                Assert.True(labelPresent, $"proposal {p.Id} accepted but its label is not in the store");
            }
            else
            {
                Assert.Equal(ProposalStatus.Open, p.Status);
                Assert.False(acknowledged.Contains(p.Id), $"proposal {p.Id}: the accept was answered 200 but the proposal is open");
                Assert.False(changes.ContainsKey(p.Id), $"proposal {p.Id} is open but has a change");
                Assert.False(labelPresent, $"proposal {p.Id} is open but its label is in the store");
                Assert.Null(p.AppliedSeq);
            }
        }
    }

    /// <summary>The restarted server's snapshot holds every accepted label (the last acknowledged one is enough to show it reloaded).</summary>
    private static async Task AssertServedAsync(VocabServer server, List<long> ids, HashSet<long> acknowledged)
    {
        var last = ids.FindLastIndex(acknowledged.Contains);
        if (last < 0)
        {
            return;
        }

        using var response = await server.Client.GetAsync("api/v1/normalize?label=" + Uri.EscapeDataString(Label(last)), TestEnv.Ct);
        var text = await response.Content.ReadAsStringAsync(TestEnv.Ct);
        Assert.Contains(RdfFiles.Concept("decide", last), text, StringComparison.Ordinal);
    }
}
