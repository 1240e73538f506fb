using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;
using ProposalPage = Vocab.Server.Components.Pages.Proposal;

namespace Vocab.Server.Tests.Components;

/// <summary>The auto-accept rule the proposal page states follows the server's configuration (Vocab:Curation:AutoAccept:*).</summary>
public sealed class AutoAcceptRuleTextTests
{
    [Theory]
    [InlineData("en-US", "Auto-accept rule: accepted without an editor when expert votes for outnumber those against by at least 5.")]
    [InlineData("ja-JP", "自動採択ルール：専門家の賛成票が反対票を 5 票以上上回ると、編集者なしで採択されます。")]
    public async Task Page_netFiveNotBlocked_statesThatRule(string culture, string expected)
    {
        using var server = new ConfiguredServer(new Dictionary<string, string>
        {
            ["Vocab:Curation:AutoAccept:NetExpertVotes"] = "5",
            ["Vocab:Curation:AutoAccept:BlockedByExpertObjection"] = "false",
        }, "vocab-component-rule");

        Assert.Equal(expected, RuleText(await RenderProposalAsync(server, culture)));
    }

    [Fact]
    public async Task Page_autoAcceptOff_saysAnEditorDecides()
    {
        using var server = new ConfiguredServer(new Dictionary<string, string> { ["Vocab:Curation:AutoAccept:Enabled"] = "false" }, "vocab-component-rule-off");

        Assert.Equal("Auto-accept is off: an editor decides every proposal.", RuleText(await RenderProposalAsync(server, "en-US")));
    }

    /// <summary>The rule's sentence under the votes heading.</summary>
    public static string RuleText(XElement page) =>
        page.Descendants("section").Single(s => (string?)s.Attribute("aria-labelledby") == "votes-heading").WithClass("p", "hint").First().Text();

    private static async Task<XElement> RenderProposalAsync(ConfiguredServer server, string culture)
    {
        var ct = TestContext.Current.CancellationToken;
        _ = server.CreateClient();
        var author = await Curation.CurationPagesFactory.EnsureUserAsync(server.Services, "rule-author", Roles.Contributor);
        var outcome = await server.Services.GetRequiredService<CurationService>().ProposeAsync(
            Curation.CurationPagesFactory.ActorOf(author),
            new ProposalDraft(ProposalKind.AddLabel, [new PatchOperation(PatchOp.AddLabel, "https://w3id.org/vocab/technique/HAADFSTEM", "HAADF rule probe", "en", LabelKind.Alt)], ""),
            ct);
        Assert.True(outcome.Succeeded, outcome.Message);
        return await ComponentRender.RenderAsAsync<ProposalPage>(server.Services, null, culture, new Dictionary<string, object?> { ["Id"] = outcome.ProposalId!.Value });
    }
}
