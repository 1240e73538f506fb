using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Fault.Tests;

/// <summary>
/// <see cref="VocabStore.VerifyAsync"/> on a store with imports, accepted (adding and removing), rejected and open
/// proposals and votes: it passes, and each kind of damage done to a copy of it by hand is reported with its code.
/// </summary>
public sealed class VerifyTests(VerifyTests.BaseStores stores) : IClassFixture<VerifyTests.BaseStores>
{
    public static TheoryData<string, string, string[]> Damage { get; } = new()
    {
        { "sqlite", "UPDATE changes SET added_count = added_count + 1 WHERE seq = 1", ["change.added"] },
        { "sqlite", "UPDATE changes SET removed_count = 0 WHERE removed_count > 0", ["change.removed"] },
        { "sqlite", "DELETE FROM changes WHERE seq = 2", ["log.gap", "statement.added-in", "proposal.applied"] },
        { "sqlite", "UPDATE statements SET added_in = 99 WHERE id = (SELECT MIN(id) FROM statements)", ["statement.added-in", "change.added"] },
        { "sqlite", "UPDATE statements SET removed_in = added_in WHERE id = (SELECT MIN(id) FROM statements)", ["statement.order", "change.removed"] },
        { "sqlite", "UPDATE proposals SET \"Score\" = \"Score\" + 1 WHERE \"VoteCount\" > 0", ["proposal.tally"] },
        { "sqlite", "DELETE FROM proposal_votes WHERE \"Id\" = (SELECT MIN(\"Id\") FROM proposal_votes)", ["proposal.tally"] },
        { "sqlite", "UPDATE proposals SET \"Status\" = 'Open' WHERE \"AppliedSeq\" IS NOT NULL", ["proposal.status", "change.proposal"] },
        { "sqlite", "UPDATE proposals SET \"AppliedSeq\" = NULL WHERE \"Status\" = 'Accepted'", ["proposal.applied", "change.proposal"] },
        { "sqlite", "UPDATE changes SET proposal_id = NULL WHERE proposal_id IS NOT NULL", ["proposal.applied"] },
        { "sqlite", "UPDATE proposal_votes SET \"Value\" = 2", ["vote.value", "proposal.tally"] },
        { "postgres", "UPDATE changes SET added_count = added_count + 1 WHERE seq = 1", ["change.added"] },
        { "postgres", "DELETE FROM changes WHERE seq = 2", ["log.gap", "statement.added-in", "proposal.applied"] },
        { "postgres", "UPDATE statements SET removed_in = added_in WHERE id = (SELECT MIN(id) FROM statements)", ["statement.order", "change.removed"] },
        { "postgres", "UPDATE proposals SET \"Score\" = \"Score\" + 1 WHERE \"VoteCount\" > 0", ["proposal.tally"] },
        { "postgres", "UPDATE proposals SET \"Status\" = 'Open' WHERE \"AppliedSeq\" IS NOT NULL", ["proposal.status", "change.proposal"] },
    };

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Verify_consistentStore_findsNothing(string provider)
    {
        var store = await stores.GetAsync(provider);
        var result = await store.AssertVerifiesAsync();
        Assert.Equal(4, result.Totals.Changes);
        Assert.Equal(4, result.Totals.LastSequence);
        Assert.Equal(4, result.Totals.Proposals);
        Assert.Equal(5, result.Totals.Votes);
        Assert.True(result.Totals.StatementRows > result.Totals.CurrentStatements, "the fixture removes a statement, so history rows exist");
    }

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task Verify_damagedStore_reportsEveryDisagreement(string provider, string damage, string[] codes)
    {
        await using var copy = await (await stores.GetAsync(provider)).CloneAsync("vocab_verify_");
        Assert.True(await copy.ExecuteAsync(damage) > 0, "the damage changed nothing: " + damage);
        var result = await copy.Store.VerifyAsync(TestEnv.Ct);
        Assert.False(result.Ok);
        var found = result.Findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(codes.Order(StringComparer.Ordinal).ToArray(), found);
        Assert.All(result.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
    }

    [Fact]
    public async Task Verify_manyDisagreementsOfOneKind_listsAtMostTwentyAndSaysThereAreMore()
    {
        await using var copy = await (await stores.GetAsync("sqlite")).CloneAsync("vocab_verify_");
        await copy.ExecuteAsync("UPDATE statements SET added_in = 1000 + id");
        var result = await copy.Store.VerifyAsync(TestEnv.Ct);
        var orphans = result.Findings.Where(f => f.Code == "statement.added-in").ToList();
        Assert.Equal(VocabStore.MaxListedPerCheck + 1, orphans.Count);
        Assert.Contains("more", orphans[^1].Message, StringComparison.Ordinal);
    }

    /// <summary>One consistent store per provider, built once: the damage tests work on copies of it.</summary>
    public sealed class BaseStores : IAsyncDisposable
    {
        private readonly Dictionary<string, Task<FaultStore>> _stores = [];

        public Task<FaultStore> GetAsync(string provider)
        {
            lock (_stores)
            {
                if (!_stores.TryGetValue(provider, out var store) || store.IsFaulted)
                {
                    store = _stores[provider] = BuildAsync(provider);
                }

                return store;
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var store in _stores.Values.Where(s => s.IsCompletedSuccessfully))
            {
                await store.Result.DisposeAsync();
            }
        }

        /// <summary>Change 1 imports 30 concepts; 2 and 3 accept proposals (3 removes a label too); 4 imports again; one proposal is rejected, one stays open with votes.</summary>
        private static async Task<FaultStore> BuildAsync(string provider)
        {
            var store = await FaultStore.CreateAsync(provider, "vocab_verify_base_");
            await store.ImportAsync(RdfFiles.Write(Path.Combine(store.Folder, "a.nt"), "verify", 30));
            var curation = store.Curation;
            var author = new CurationActor("u-author", "author", Roles.Contributor);
            var editor = new CurationActor("u-editor", "editor", Roles.Editor);
            var experts = Enumerable.Range(0, 3).Select(i => new CurationActor($"u-expert{i}", $"expert{i}", Roles.Expert)).ToArray();
            var concept = RdfFiles.Concept("verify", 1);
            var accepted = await ProposeAsync(curation, author, new PatchOperation(PatchOp.AddLabel, concept, "verify extra label", "en", LabelKind.Alt));
            await VoteAsync(curation, experts[0], accepted, 1);
            await VoteAsync(curation, experts[1], accepted, 1);
            await DecideAsync(curation, editor, accepted, true);
            var removing = await ProposeAsync(curation, author, new PatchOperation(PatchOp.RemoveLabel, RdfFiles.Concept("verify", 2), "verify term 2", "en", LabelKind.Alt));
            await DecideAsync(curation, editor, removing, true);
            var rejected = await ProposeAsync(curation, author, new PatchOperation(PatchOp.AddLabel, RdfFiles.Concept("verify", 3), "verify rejected label", "en", LabelKind.Alt));
            await VoteAsync(curation, experts[2], rejected, -1);
            await DecideAsync(curation, editor, rejected, false);
            var open = await ProposeAsync(curation, author, new PatchOperation(PatchOp.AddLabel, RdfFiles.Concept("verify", 4), "verify open label", "en", LabelKind.Alt));
            await VoteAsync(curation, experts[0], open, 1);
            await VoteAsync(curation, experts[1], open, -1);
            await store.ImportAsync(RdfFiles.Write(Path.Combine(store.Folder, "b.nt"), "verify-b", 3));
            return store;
        }

        private static async Task<long> ProposeAsync(CurationService curation, CurationActor author, PatchOperation operation)
        {
            var kind = operation.Op == PatchOp.RemoveLabel ? ProposalKind.RemoveLabel : ProposalKind.AddLabel;
            var outcome = await curation.ProposeAsync(author, new ProposalDraft(kind, [operation], "verify fixture"), TestEnv.Ct);
            Assert.True(outcome.Succeeded, outcome.Message);
            return outcome.ProposalId!.Value;
        }

        private static async Task VoteAsync(CurationService curation, CurationActor expert, long proposal, int value)
        {
            var outcome = await curation.VoteAsync(expert, proposal, value, null, TestEnv.Ct);
            Assert.True(outcome.Succeeded, outcome.Message);
        }

        private static async Task DecideAsync(CurationService curation, CurationActor editor, long proposal, bool accept)
        {
            var outcome = await curation.DecideAsync(editor, proposal, accept, accept ? "fine" : "not wanted", TestEnv.Ct);
            Assert.True(outcome.Succeeded, outcome.Message);
        }
    }
}
