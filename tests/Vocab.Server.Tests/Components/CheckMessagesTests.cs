using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;
using Vocab.Server.Components.Curation;
using Vocab.Server.Tests.Curation;
using Vocab.Server.Web.Curation;

namespace Vocab.Server.Tests.Components;

/// <summary>
/// The propose form's live warnings: <see cref="CurationService.CheckAsync"/>'s findings turned into messages by
/// <see cref="IssueText"/> and shown by <see cref="MessageList"/>, as the form does, in English and Japanese.
/// </summary>
public sealed class CheckMessagesTests(CurationPagesFactory factory) : IClassFixture<CurationPagesFactory>
{
    private const string Haadf = "https://w3id.org/vocab/technique/HAADFSTEM";
    private const string Laadf = "https://w3id.org/vocab/technique/LAADFSTEM";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CurationService Curation => factory.Services.GetRequiredService<CurationService>();

    [Fact]
    public async Task Messages_labelRejectedBefore_warnsWithTheProposalAndReason()
    {
        var rejected = await RejectAsync("HAADF rejected probe", "too vague");

        var list = await RenderChecksAsync([new(PatchOp.AddLabel, Haadf, "HAADF rejected probe", "en", LabelKind.Alt)], "en-US");

        var item = list.Descendants("li").Single();
        Assert.Equal("warning", (string?)item.Attribute("class"));
        Assert.Equal("Warning:", item.Element("strong")!.Text());
        Assert.Equal($"“HAADF rejected probe”@en was rejected before (proposal #{rejected}): too vague", string.Concat(item.Nodes().OfType<XText>()).Trim());
        Assert.Empty(item.WithClass("span", "detail"));
    }

    [Fact]
    public async Task Messages_labelRejectedBefore_inJapanese_translatesAndKeepsTheEnglishDetail()
    {
        var rejected = await RejectAsync("HAADF rejected probe ja", "<img src=x onerror=alert(1)> duplicate");

        var list = await RenderChecksAsync([new(PatchOp.AddLabel, Haadf, "HAADF rejected probe ja", "en", LabelKind.Alt)], "ja-JP");

        var item = list.Descendants("li").Single();
        Assert.Equal("warning", (string?)item.Attribute("class"));
        Assert.Equal("警告:", item.Element("strong")!.Text());
        Assert.Contains("このラベルは以前に却下されています。", item.Text(), StringComparison.Ordinal);
        var detail = item.WithClass("span", "detail").Single();
        Assert.Equal("en", (string?)detail.Attribute("lang"));
        Assert.Equal($"“HAADF rejected probe ja”@en was rejected before (proposal #{rejected}): <img src=x onerror=alert(1)> duplicate", detail.Text());
        Assert.Empty(list.Descendants("img"));
    }

    [Theory]
    [InlineData("en-US", "Error:", "\"HAADF\"@en is already a label of")]
    [InlineData("ja-JP", "エラー:", "同じスキームの別の概念が既にこのラベルを持っています。")]
    public async Task Messages_labelClashingInTheScheme_isAnError(string culture, string prefix, string text)
    {
        var list = await RenderChecksAsync([new(PatchOp.AddLabel, Laadf, "HAADF", "en", LabelKind.Alt)], culture);

        var item = list.Descendants("li").Single(li => (string?)li.Attribute("class") == "error");
        Assert.Equal(prefix, item.Element("strong")!.Text());
        Assert.Contains(text, item.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_errorsAndWarnings_errorsFirst_announcedPolitely()
    {
        await RejectAsync("HAADF rejected probe mixed", "no source");

        var list = await RenderChecksAsync(
        [
            new(PatchOp.AddLabel, Haadf, "HAADF rejected probe mixed", "en", LabelKind.Alt),
            new(PatchOp.AddLabel, Laadf, "HAADF", "en", LabelKind.Alt),
        ], "en-US");

        Assert.Equal("polite", (string?)list.WithClass("div", "messages").Single().Attribute("aria-live"));
        var classes = list.Descendants("li").Select(li => (string?)li.Attribute("class")).ToList();
        Assert.Equal("error", classes[0]);
        Assert.Contains("warning", classes);
    }

    [Fact]
    public async Task Messages_cleanLabel_rendersAnEmptyLiveRegion()
    {
        var list = await RenderChecksAsync([new(PatchOp.AddLabel, Haadf, "HAADF unused probe label", "en", LabelKind.Hidden)], "en-US");

        Assert.NotNull(list.WithClass("div", "messages").SingleOrDefault());
        Assert.Empty(list.Descendants("li"));
    }

    // The form's own steps: check the draft, errors first, each finding in the UI language, then the list.
    private async Task<XElement> RenderChecksAsync(PatchOperation[] operations, string culture)
    {
        var issues = await Curation.CheckAsync(operations, Ct);
        var text = factory.Services.GetRequiredService<IssueText>();
        var messages = await ComponentRender.InCultureAsync(culture, () =>
            Task.FromResult<IReadOnlyList<UserMessage>>(issues.OrderByDescending(i => i.IsError).Select(text.Of).ToList()));
        return await ComponentRender.RenderAsync<MessageList>(ComponentRender.Light, culture, new Dictionary<string, object?> { ["Messages"] = messages });
    }

    private async Task<long> RejectAsync(string label, string reason)
    {
        _ = factory.CreateClient();
        var author = await factory.EnsureUserAsync("check-author", Roles.Contributor);
        var editor = await factory.EnsureUserAsync("check-editor", Roles.Editor);
        var proposed = await Curation.ProposeAsync(
            CurationPagesFactory.ActorOf(author),
            new ProposalDraft(ProposalKind.AddLabel, [new PatchOperation(PatchOp.AddLabel, Haadf, label, "en", LabelKind.Alt)], ""),
            Ct);
        Assert.True(proposed.Succeeded, proposed.Message);
        var rejected = await Curation.DecideAsync(CurationPagesFactory.ActorOf(editor), proposed.ProposalId!.Value, accept: false, reason, Ct);
        Assert.True(rejected.Succeeded, rejected.Message);
        return proposed.ProposalId.Value;
    }
}
