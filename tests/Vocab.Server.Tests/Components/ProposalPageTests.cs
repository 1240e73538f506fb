using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;
using Vocab.Server.Tests.Curation;
using ProposalPage = Vocab.Server.Components.Pages.Proposal;

namespace Vocab.Server.Tests.Components;

/// <summary>
/// The proposal page rendered as a component for viewers of each role (the real services, a cascading authentication
/// state made by the app's claims factory): which vote and decision controls show, which are disabled and why.
/// </summary>
public sealed class ProposalPageTests(CurationPagesFactory factory) : IClassFixture<CurationPagesFactory>
{
    private const string Haadf = "https://w3id.org/vocab/technique/HAADFSTEM";
    private const string Laadf = "https://w3id.org/vocab/technique/LAADFSTEM";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CurationService Curation => factory.Services.GetRequiredService<CurationService>();

    [Fact]
    public async Task Page_author_votingAndDecidingDisabledWithTheReason()
    {
        var (author, id) = await ProposeAsync("page-author", Roles.Editor, "HAADF own probe");

        var page = await RenderAsync(id, author);

        Assert.True(page.ById("vote-up")!.Has("disabled"));
        Assert.True(page.ById("vote-down")!.Has("disabled"));
        Assert.True(page.ById("vote-comment")!.Has("disabled"));
        Assert.Equal("you cannot vote on your own proposal", Note(page, "vote-panel"));
        Assert.Equal("you cannot accept or reject your own proposal", Note(page, "decide-panel"));
        Assert.Null(page.ById("accept"));
        Assert.Null(page.ById("reject"));
        Assert.NotNull(page.ById("withdraw"));
    }

    [Fact]
    public async Task Page_authorInJapanese_reasonsAreJapanese()
    {
        var (author, id) = await ProposeAsync("page-author-ja", Roles.Editor, "HAADF own probe ja");

        var page = await RenderAsync(id, author, "ja-JP");

        Assert.Equal("自分の提案には投票できません。", Note(page, "vote-panel"));
        Assert.Equal("自分の提案を採択・却下することはできません。", Note(page, "decide-panel"));
        Assert.Equal("+1 賛成", page.ById("vote-up")!.Text());
    }

    [Fact]
    public async Task Page_contributor_hasNoVoteOrDecisionControl_butMayComment()
    {
        var (_, id) = await ProposeAsync("page-author-c", Roles.Contributor, "HAADF contributor view probe");
        var viewer = await factory.EnsureUserAsync("page-contributor", Roles.Contributor);

        var page = await RenderAsync(id, viewer);

        Assert.Null(page.ById("vote-up"));
        Assert.Empty(page.WithClass("div", "vote-panel"));
        Assert.Empty(page.WithClass("section", "decide-panel"));
        Assert.Null(page.ById("withdraw"));
        Assert.NotNull(page.ById("post-comment"));
    }

    [Fact]
    public async Task Page_expert_mayVote_butNotDecide()
    {
        var (_, id) = await ProposeAsync("page-author-e", Roles.Contributor, "HAADF expert view probe");
        var viewer = await factory.EnsureUserAsync("page-expert", Roles.Expert);

        var page = await RenderAsync(id, viewer);

        Assert.False(page.ById("vote-up")!.Has("disabled"));
        Assert.False(page.ById("vote-down")!.Has("disabled"));
        Assert.DoesNotContain(page.WithClass("p", "hint"), p => (string?)p.Attribute("role") == "note");
        Assert.Empty(page.WithClass("section", "decide-panel"));
        Assert.Null(page.ById("accept"));
    }

    [Fact]
    public async Task Page_editor_mayAcceptOrRejectWithAReason()
    {
        var (_, id) = await ProposeAsync("page-author-d", Roles.Contributor, "HAADF editor view probe");
        var viewer = await factory.EnsureUserAsync("page-editor", Roles.Editor);

        var page = await RenderAsync(id, viewer);

        Assert.False(page.ById("accept")!.Has("disabled"));
        Assert.False(page.ById("reject")!.Has("disabled"));
        Assert.NotNull(page.ById("decision-reason"));
        Assert.False(page.ById("vote-up")!.Has("disabled"));
    }

    [Fact]
    public async Task Page_decidedProposal_showsTheDecision_andNoControlsForAnyone()
    {
        var (author, id) = await ProposeAsync("page-author-x", Roles.Contributor, "HAADF decided probe");
        var editor = await factory.EnsureUserAsync("page-editor-x", Roles.Editor);
        var rejected = await Curation.DecideAsync(CurationPagesFactory.ActorOf(editor), id, accept: false, "not **sourced**", Ct);
        Assert.True(rejected.Succeeded, rejected.Message);

        foreach (var viewer in new[] { author, editor, await factory.EnsureUserAsync("page-admin-x", Roles.Admin) })
        {
            var page = await RenderAsync(id, viewer);

            Assert.Null(page.ById("vote-up"));
            Assert.Null(page.ById("accept"));
            Assert.Null(page.ById("reject"));
            Assert.Null(page.ById("withdraw"));
            Assert.Empty(page.WithClass("section", "decide-panel"));
            var decision = page.WithClass("section", "decision").Single();
            Assert.Equal("rejected", decision.WithClass("span", "status").Single().Text());
            Assert.Equal("sourced", decision.Descendants("strong").Single().Text());
        }
    }

    [Fact]
    public async Task Page_staleProposal_showsTheBanner_andRefreshForContributors()
    {
        var (author, stale) = await ProposeAsync("page-author-s", Roles.Contributor, "LAADF stale probe A", Laadf);
        var (_, other) = await ProposeAsync("page-author-t", Roles.Contributor, "LAADF stale probe B", Laadf);
        var editor = await factory.EnsureUserAsync("page-editor-s", Roles.Editor);
        var accepted = await Curation.DecideAsync(CurationPagesFactory.ActorOf(editor), other, accept: true, "", Ct);
        Assert.True(accepted.Succeeded, accepted.Message);

        var signedIn = await RenderAsync(stale, author);
        var anonymous = await RenderAsync(stale, null);
        var japanese = await RenderAsync(stale, author, "ja-JP");
        var refreshed = await Curation.RefreshAsync(CurationPagesFactory.ActorOf(author), stale, Ct);
        var after = await RenderAsync(stale, author);

        var banner = signedIn.WithClass("div", "stale-banner").Single();
        Assert.Equal("status", (string?)banner.Attribute("role"));
        Assert.StartsWith("The concepts this proposal changes were edited", banner.WithClass("p", "stale").Single().Text(), StringComparison.Ordinal);
        Assert.Equal("Refresh", banner.Element("button")!.Text());
        Assert.Null(anonymous.WithClass("div", "stale-banner").Single().Element("button"));
        Assert.Equal("更新", japanese.WithClass("div", "stale-banner").Single().Element("button")!.Text());
        Assert.True(refreshed.Succeeded, refreshed.Message);
        Assert.Empty(after.WithClass("div", "stale-banner"));
    }

    [Fact]
    public async Task Page_sameExpertVotingTwice_listsOneVoteWithTheLatestValue()
    {
        var (_, id) = await ProposeAsync("page-author-v", Roles.Contributor, "HAADF vote twice probe");
        var expert = await factory.EnsureUserAsync("page-expert-v", Roles.Expert);
        var first = await Curation.VoteAsync(CurationPagesFactory.ActorOf(expert), id, 1, "first *thought*", Ct);
        var second = await Curation.VoteAsync(CurationPagesFactory.ActorOf(expert), id, -1, "second *thought*", Ct);

        var page = await RenderAsync(id, expert);

        Assert.True(first.Succeeded && second.Succeeded, first.Message + second.Message);
        var vote = page.WithClass("ul", "votes").Single().Elements("li").Single();
        Assert.Equal("−1", vote.Element("strong")!.Text());
        Assert.Equal("down", (string?)vote.Element("strong")!.Attribute("class"));
        Assert.Contains("page-expert-v", vote.Text(), StringComparison.Ordinal);
        Assert.Equal("second thought", vote.WithClass("div", "markdown").Single().Text());
        Assert.StartsWith("Your vote: −1", page.WithClass("div", "vote-panel").Single().WithClass("p", "hint").First().Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_autoAcceptRule_statesTheDefaultRule()
    {
        var (_, id) = await ProposeAsync("page-author-r", Roles.Contributor, "HAADF rule probe");

        var page = await RenderAsync(id, null);

        Assert.Equal(
            "Auto-accept rule: accepted without an editor when expert votes for outnumber those against by at least 3 and no expert votes against.",
            AutoAcceptRuleTextTests.RuleText(page));
    }

    private static string Note(XElement page, string panel) =>
        page.WithClass(panel == "vote-panel" ? "div" : "section", panel).Single()
            .WithClass("p", "hint").Single(p => (string?)p.Attribute("role") == "note").Text();

    private Task<XElement> RenderAsync(long id, VocabUser? viewer, string culture = "en-US") =>
        ComponentRender.RenderAsAsync<ProposalPage>(factory.Services, viewer, culture, new Dictionary<string, object?> { ["Id"] = id });

    private async Task<(VocabUser Author, long Id)> ProposeAsync(string name, string role, string label, string concept = Haadf)
    {
        _ = factory.CreateClient();
        var author = await factory.EnsureUserAsync(name, role);
        var outcome = await Curation.ProposeAsync(
            CurationPagesFactory.ActorOf(author),
            new ProposalDraft(ProposalKind.AddLabel, [new PatchOperation(PatchOp.AddLabel, concept, label, "en", LabelKind.Alt)], ""),
            Ct);
        Assert.True(outcome.Succeeded, outcome.Message);
        return (author, outcome.ProposalId!.Value);
    }
}
