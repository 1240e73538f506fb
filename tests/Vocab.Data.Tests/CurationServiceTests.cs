using Vocab.Core;
using Vocab.Core.Curation;
using static Vocab.Data.Tests.CurationFixture;

namespace Vocab.Data.Tests;

/// <summary>The curation rules and their application, run against every provider (subclasses at the end of the file).</summary>
public abstract class CurationServiceTests(Func<StoreBackend> backend)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Accept_altLabel_writesStatementAndLogEntryWithProposal()
    {
        await using var f = await CreateAsync(backend());
        var id = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "CTEM-like imaging"));
        var before = await f.Store.GetLastSequenceAsync(Ct);

        var outcome = await f.Curation.DecideAsync(Editor, id, accept: true, "well attested", Ct);

        Assert.Equal(CurationStatus.Ok, outcome.Status);
        Assert.Equal(before + 1, outcome.AppliedSeq);
        var entry = (await f.Store.ReadChangesAsync(before, 10, Ct)).Single();
        Assert.Equal((id, "Dora", "well attested", "proposal"), (entry.ProposalId!.Value, entry.Actor, entry.Reason, entry.Kind));
        Assert.Equal(1, entry.AddedCount);
        Assert.Contains(new Label("CTEM-like imaging", "en", LabelKind.Alt), f.Snapshot.Current.Concepts[Ns + "Tem"].Labels);
        Assert.Equal(ProposalStatus.Accepted, (await f.Curation.GetAsync(id, Ct))!.Proposal.Status);
    }

    [Fact]
    public async Task Vote_twiceBySameUser_keepsOneVoteWithTheLatestValue()
    {
        await using var f = await CreateAsync(backend());
        var id = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "TEM imaging"));

        Assert.True((await f.Curation.VoteAsync(Expert1, id, 1, null, Ct)).Succeeded);
        Assert.True((await f.Curation.VoteAsync(Expert1, id, -1, "changed my mind", Ct)).Succeeded);

        var details = (await f.Curation.GetAsync(id, Ct))!;
        var vote = Assert.Single(details.Votes);
        Assert.Equal((-1, "changed my mind"), (vote.Value, vote.Comment));
        Assert.Equal((-1, 1), (details.Proposal.Score, details.Proposal.VoteCount));
    }

    [Fact]
    public async Task Vote_concurrentFromManyExperts_countsEachUserOnce()
    {
        await using var f = await CreateAsync(backend());
        var id = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "TEM imaging"));
        var voters = Enumerable.Range(0, 12).Select(i => new CurationActor("u-x" + i, "X" + i, Roles.Expert)).ToList();

        // Each voter clicks three times at once; only one vote per voter may survive.
        var outcomes = await Task.WhenAll(voters.SelectMany(v => Enumerable.Range(0, 3).Select(_ => f.Curation.VoteAsync(v, id, 1, null, Ct))));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Message));
        var details = (await f.Curation.GetAsync(id, Ct))!;
        Assert.Equal(12, details.Votes.Count);
        Assert.Equal((12, 12), (details.Proposal.Score, details.Proposal.VoteCount));
    }

    [Theory]
    [InlineData("vote")]
    [InlineData("decide")]
    public async Task OwnProposal_voteOrAccept_refused(string action)
    {
        await using var f = await CreateAsync(backend());
        var author = new CurationActor("u-boss", "Boss", Roles.Editor);
        var outcome = await f.Curation.ProposeAsync(author, new ProposalDraft(ProposalKind.AddLabel, [AddLabel("Tem", "TEM imaging")], ""), Ct);

        var refused = action == "vote"
            ? await f.Curation.VoteAsync(author, outcome.ProposalId!.Value, 1, null, Ct)
            : await f.Curation.DecideAsync(author, outcome.ProposalId!.Value, accept: true, "", Ct);

        Assert.Equal(CurationStatus.Refused, refused.Status);
        Assert.Equal(action == "vote" ? "vote.own" : "decide.own", refused.Violation!.Code);
    }

    [Fact]
    public async Task Roles_tooLow_refusedForEachAction()
    {
        await using var f = await CreateAsync(backend());
        var id = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "TEM imaging"));

        Assert.Equal("role.contributor", (await f.Curation.ProposeAsync(Reader, new ProposalDraft(ProposalKind.AddLabel, [AddLabel("Tem", "x")], ""), Ct)).Violation!.Code);
        Assert.Equal("role.contributor", (await f.Curation.CommentAsync(Reader, id, "hi", Ct)).Violation!.Code);
        Assert.Equal("role.expert", (await f.Curation.VoteAsync(Contributor with { UserId = "u-other" }, id, 1, null, Ct)).Violation!.Code);
        Assert.Equal("role.editor", (await f.Curation.DecideAsync(Expert1, id, accept: true, "", Ct)).Violation!.Code);
    }

    [Fact]
    public async Task Accept_afterTouchedConceptChanged_isStaleUntilRefreshed()
    {
        await using var f = await CreateAsync(backend());
        var first = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "TEM imaging"));
        var second = await f.ProposeAsync(ProposalKind.Definition, new PatchOperation(PatchOp.SetDefinition, Ns + "Tem", "Imaging by transmitted electrons.", "en"));
        Assert.True((await f.Curation.DecideAsync(Editor, second, accept: true, "ok", Ct)).Succeeded);
        var sequence = await f.Store.GetLastSequenceAsync(Ct);

        Assert.True((await f.Curation.GetAsync(first, Ct))!.Stale);
        var open = Assert.Single(await f.Curation.ListAsync(new ProposalQuery(), Ct));
        Assert.Equal(first, open.Proposal.Id);
        Assert.True(open.Stale);
        var stale = await f.Curation.DecideAsync(Editor, first, accept: true, "ok", Ct);
        Assert.Equal(CurationStatus.Stale, stale.Status);
        Assert.Equal(sequence, await f.Store.GetLastSequenceAsync(Ct));

        Assert.True((await f.Curation.RefreshAsync(Contributor, first, Ct)).Succeeded);
        Assert.False((await f.Curation.GetAsync(first, Ct))!.Stale);
        Assert.False(Assert.Single(await f.Curation.ListAsync(new ProposalQuery(), Ct)).Stale);
        Assert.True((await f.Curation.DecideAsync(Editor, first, accept: true, "ok", Ct)).Succeeded);
    }

    [Fact]
    public async Task Check_labelRejectedBefore_warns()
    {
        await using var f = await CreateAsync(backend());
        var id = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "electron transmission scope"));
        Assert.True((await f.Curation.DecideAsync(Editor, id, accept: false, "not a term anyone uses", Ct)).Succeeded);

        var issues = await f.Curation.CheckAsync([AddLabel("Ctem", "Electron  transmission scopes")], Ct);

        var warning = Assert.Single(issues, i => i.Code == "label.rejected-before");
        Assert.Equal(PatchSeverity.Warning, warning.Severity);
        Assert.Contains("not a term anyone uses", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_withoutReason_isInvalid()
    {
        await using var f = await CreateAsync(backend());
        var id = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "TEM imaging"));

        Assert.Equal(CurationStatus.Invalid, (await f.Curation.DecideAsync(Editor, id, accept: false, "  ", Ct)).Status);
    }

    [Fact]
    public async Task AutoAccept_threeExpertsInFavour_appliesWithoutEditor()
    {
        await using var f = await CreateAsync(backend(), new AutoAcceptRule(Enabled: true, NetExpertVotes: 3));
        var id = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "TEM imaging"));

        await f.Curation.VoteAsync(Expert1, id, 1, null, Ct);
        await f.Curation.VoteAsync(Expert2, id, 1, null, Ct);
        Assert.Equal(ProposalStatus.Open, (await f.Curation.GetAsync(id, Ct))!.Proposal.Status);
        await f.Curation.VoteAsync(Expert3, id, 1, null, Ct);

        var proposal = (await f.Curation.GetAsync(id, Ct))!.Proposal;
        Assert.Equal(ProposalStatus.Accepted, proposal.Status);
        Assert.Equal("auto", proposal.DecidedById);
        Assert.NotNull(proposal.AppliedSeq);
    }

    [Fact]
    public async Task AutoAccept_oneExpertAgainst_blocks()
    {
        await using var f = await CreateAsync(backend(), new AutoAcceptRule(Enabled: true, NetExpertVotes: 3));
        var id = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "TEM imaging"));
        foreach (var (actor, i) in new[] { Expert1, Expert2, Expert3 }.Select((a, i) => (a, i)))
        {
            await f.Curation.VoteAsync(actor, id, 1, null, Ct);
        }

        Assert.Equal(ProposalStatus.Accepted, (await f.Curation.GetAsync(id, Ct))!.Proposal.Status);
        var rule = new AutoAcceptRule(Enabled: true, NetExpertVotes: 3);
        Assert.False(rule.IsSatisfied([new(1, true), new(1, true), new(1, true), new(1, true), new(-1, true)]));
        Assert.True(rule.IsSatisfied([new(1, true), new(1, true), new(1, true), new(-1, false)]));
    }

    [Theory]
    [InlineData("Tem", "electron microscopy", "en", LabelKind.Alt, "label.clash")]
    [InlineData("Tem", "TEM 2", "en", LabelKind.Pref, "label.pref-duplicate")]
    [InlineData("Tem", "TEM", "en", LabelKind.Hidden, "label.kinds-overlap")]
    [InlineData("Old", "older", "en", LabelKind.Alt, "concept.deprecated")]
    [InlineData("Tem", "x", "not a tag", LabelKind.Alt, "lang.invalid")]
    [InlineData("Nope", "x", "en", LabelKind.Alt, "concept.unknown")]
    public async Task Propose_breakingARule_isInvalidAndWritesNothing(string concept, string text, string lang, LabelKind kind, string code)
    {
        await using var f = await CreateAsync(backend());

        var outcome = await f.Curation.ProposeAsync(Contributor, new ProposalDraft(ProposalKind.AddLabel, [AddLabel(concept, text, lang, kind)], ""), Ct);

        Assert.Equal(CurationStatus.Invalid, outcome.Status);
        Assert.Contains(outcome.Issues!, i => i.Code == code && i.IsError);
        Assert.Empty(await f.Curation.ListAsync(new ProposalQuery { Status = null }, Ct));
    }

    [Fact]
    public async Task Propose_broaderCycle_isInvalid()
    {
        await using var f = await CreateAsync(backend());

        var outcome = await f.Curation.ProposeAsync(Contributor, new ProposalDraft(ProposalKind.Relation,
            [new PatchOperation(PatchOp.AddRelation, Ns + "Microscopy", Relation: "broader", Target: Ns + "Hrtem")], ""), Ct);

        Assert.Contains(outcome.Issues!, i => i.Code == "hierarchy.cycle");
    }

    [Fact]
    public async Task Propose_sameTwice_returnsTheFirstProposal()
    {
        await using var f = await CreateAsync(backend());
        var first = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "TEM imaging"));
        var second = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "TEM imaging"));

        Assert.Equal(first, second);
        Assert.Single(await f.Curation.ListAsync(new ProposalQuery(), Ct));
    }

    [Fact]
    public async Task Accept_whenAnotherConceptTookTheLabelMeanwhile_isInvalidAndChangesNothing()
    {
        await using var f = await CreateAsync(backend());
        var first = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Tem", "electron imaging"));
        var second = await f.ProposeAsync(ProposalKind.AddLabel, AddLabel("Ctem", "electron imaging"));
        Assert.True((await f.Curation.DecideAsync(Editor, second, accept: true, "ok", Ct)).Succeeded);
        var sequence = await f.Store.GetLastSequenceAsync(Ct);
        var statements = await f.Store.CountAsync(null, Ct);

        var outcome = await f.Curation.DecideAsync(Editor, first, accept: true, "ok", Ct);

        Assert.Equal(CurationStatus.Invalid, outcome.Status);
        Assert.Contains(outcome.Issues!, i => i.Code == "label.clash");
        Assert.Equal((sequence, statements), (await f.Store.GetLastSequenceAsync(Ct), await f.Store.CountAsync(null, Ct)));
        Assert.Equal(ProposalStatus.Open, (await f.Curation.GetAsync(first, Ct))!.Proposal.Status);
    }

    [Fact]
    public async Task Accept_merge_deprecatesSourceAndMovesLabelsAsHidden()
    {
        await using var f = await CreateAsync(backend());
        var id = await f.ProposeAsync(ProposalKind.Merge, new PatchOperation(PatchOp.Merge, Ns + "Ctem", Target: Ns + "Tem"));

        Assert.True((await f.Curation.DecideAsync(Editor, id, accept: true, "same thing", Ct)).Succeeded);

        var thesaurus = f.Snapshot.Current;
        var old = thesaurus.Concepts[Ns + "Ctem"];
        Assert.True(old.Deprecated);
        Assert.Equal([Ns + "Tem"], old.ReplacedBy);
        Assert.Contains(new Label("conventional TEM", "en", LabelKind.Pref), old.Labels);
        Assert.DoesNotContain(old.Labels, l => l.Kind == LabelKind.Alt);
        var target = thesaurus.Concepts[Ns + "Tem"].Labels;
        Assert.Contains(new Label("conventional TEM", "en", LabelKind.Hidden), target);
        Assert.Contains(new Label("CTEM", "en", LabelKind.Hidden), target);
    }

    [Fact]
    public async Task Accept_newConcept_mintsAnIriNeverUsedAndPlacesItUnderItsBroader()
    {
        await using var f = await CreateAsync(backend());
        var ops = new List<PatchOperation>
        {
            new(PatchOp.CreateConcept, "", Target: Ns),
            new(PatchOp.AddLabel, "", "scanning electron microscopy", "en", LabelKind.Pref),
            new(PatchOp.AddLabel, "", "走査電子顕微鏡法", "ja", LabelKind.Pref),
            new(PatchOp.SetDefinition, "", "Imaging with a focused, scanned electron beam.", "en"),
            new(PatchOp.AddRelation, "", Relation: "broader", Target: Ns + "ElectronMicroscopy"),
        };
        var id = await f.ProposeAsync(ProposalKind.NewConcept, [.. ops]);
        Assert.True((await f.Curation.DecideAsync(Editor, id, accept: true, "ok", Ct)).Succeeded);

        var concept = f.Snapshot.Current.Concepts[Ns + "ScanningElectronMicroscopy"];
        Assert.Equal("走査電子顕微鏡法", concept.PrefLabel("ja")!.Value.Text);
        Assert.Equal([Ns + "ElectronMicroscopy"], concept.Broader);
        Assert.Equal([Ns], concept.Schemes);

        // The same label again gets the next free IRI, never the first one.
        var again = await f.Curation.ProposeAsync(Contributor, new ProposalDraft(ProposalKind.NewConcept,
            [new(PatchOp.CreateConcept, "", Target: Ns), new(PatchOp.AddLabel, "", "scanning electron microscopy", "en", LabelKind.Pref)], ""), Ct);
        Assert.Contains(again.Issues!, i => i.Code == "label.clash");
    }
}

public sealed class SqliteCurationServiceTests() : CurationServiceTests(() => new SqliteBackend());

public sealed class PostgresCurationServiceTests() : CurationServiceTests(() => new PostgresBackend());
