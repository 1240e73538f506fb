using System.Xml.Linq;
using Vocab.Core.Curation;
using Vocab.Server.Components.Curation;
using DataProposal = Vocab.Data.Proposal;

namespace Vocab.Server.Tests.Components;

/// <summary><see cref="Outcome"/> and <see cref="Time"/>: what happened to a proposal, with times in the UI culture.</summary>
public sealed class OutcomeTests
{
    private static readonly DateTime Decided = new(2026, 11, 21, 9, 5, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("en-US", "pending")]
    [InlineData("ja-JP", "未決定")]
    public async Task Outcome_open_isPending(string culture, string expected)
    {
        var tree = await RenderAsync(Proposal(ProposalStatus.Open), culture);

        Assert.Equal(expected, tree.WithClass("span", "muted").Single().Text());
    }

    [Fact]
    public async Task Outcome_accepted_namesTheDeciderTheTimeTheReasonAndTheChange()
    {
        var p = Proposal(ProposalStatus.Accepted);
        p.DecidedByName = "editor-o";
        p.DecidedUtc = Decided;
        p.DecisionReason = "well sourced";
        p.AppliedSeq = 42;

        var tree = await RenderAsync(p, "en-US");

        Assert.Equal("editor-o 11/21/2026 9:05 AM UTC — well sourced Applied as change 42", tree.Text());
        Assert.Equal("2026-11-21T09:05:00.0000000Z", (string?)tree.Descendants("time").Single().Attribute("datetime"));
        var link = tree.Descendants("a").Single();
        Assert.Equal("/api/v1/changes?since=41", (string?)link.Attribute("href"));
    }

    [Fact]
    public async Task Outcome_inJapanese_formatsTheTimeAndTheChangeInJapanese()
    {
        var p = Proposal(ProposalStatus.Accepted);
        p.DecidedByName = "編集者";
        p.DecidedUtc = Decided;
        p.AppliedSeq = 1_234;

        var tree = await RenderAsync(p, "ja-JP");

        Assert.Equal("2026/11/21 9:05 UTC", tree.Descendants("time").Single().Text());
        Assert.Equal("変更 1234 として適用済み", tree.Descendants("a").Single().Text());
        Assert.Equal("/api/v1/changes?since=1233", (string?)tree.Descendants("a").Single().Attribute("href"));
    }

    [Fact]
    public async Task Outcome_longReason_isClipped_andMarkupStaysText()
    {
        var p = Proposal(ProposalStatus.Rejected);
        p.DecidedByName = "editor-o";
        p.DecisionReason = "<img src=x onerror=alert(1)> " + new string('x', 200);

        var tree = await RenderAsync(p, "en-US");

        var hint = tree.WithClass("span", "hint").Single();
        Assert.Equal("— " + p.DecisionReason[..119] + "…", hint.Text());
        Assert.Empty(tree.Descendants("img"));
        Assert.Empty(tree.Descendants("a"));
    }

    private static Task<XElement> RenderAsync(DataProposal proposal, string culture) =>
        ComponentRender.RenderAsync<Outcome>(ComponentRender.Light, culture, new Dictionary<string, object?> { ["Proposal"] = proposal });

    private static DataProposal Proposal(ProposalStatus status) => new()
    {
        Id = 7,
        Status = status,
        Title = "t",
        ConceptIri = "https://w3id.org/vocab/technique/HAADFSTEM",
        PatchJson = "[]",
        AuthorId = "author",
        AuthorName = "author",
    };
}
