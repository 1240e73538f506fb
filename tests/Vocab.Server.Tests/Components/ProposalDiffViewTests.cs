using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Server.Components.Curation;
using Vocab.Server.Web.Curation;

namespace Vocab.Server.Tests.Components;

/// <summary>
/// <see cref="ProposalDiffView"/> fed by the app's <see cref="ProposalDiff"/> over the shipped thesaurus: every patch step
/// as a readable +/− line, label text escaped, targets by their preferred label in the UI language, linked.
/// </summary>
public sealed class ProposalDiffViewTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private const string Technique = "https://w3id.org/vocab/technique/";
    private const string Haadf = Technique + "HAADFSTEM";
    private const string Laadf = Technique + "LAADFSTEM";
    private const string Adf = Technique + "ADFSTEM";
    private const string Chmo = "http://purl.obolibrary.org/obo/CHMO_0000730";

    // One step of each kind on HAADF-STEM, in the order the lines come out.
    private static readonly PatchOperation[] Edits =
    [
        new(PatchOp.AddLabel, Haadf, "HAADF probe", "en", LabelKind.Alt),
        new(PatchOp.AddLabel, Haadf, "高角度プローブ", "ja", LabelKind.Pref),
        new(PatchOp.AddLabel, Haadf, "HAADF hidden probe", "en", LabelKind.Hidden),
        new(PatchOp.RemoveLabel, Haadf, "HADF", "en", LabelKind.Hidden),
        new(PatchOp.SetDefinition, Haadf, "A new definition.", "en"),
        new(PatchOp.AddRelation, Haadf, Relation: "related", Target: Laadf),
        new(PatchOp.RemoveRelation, Haadf, Relation: "broader", Target: Adf),
        new(PatchOp.AddMapping, Haadf, Relation: "closeMatch", Target: "https://example.org/haadf"),
        new(PatchOp.RemoveMapping, Haadf, Relation: "exactMatch", Target: Chmo),
        new(PatchOp.Deprecate, Haadf, Target: Laadf),
        new(PatchOp.Deprecate, Haadf),
        new(PatchOp.Merge, Haadf, Target: Laadf),
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Diff_everyStepKind_readsAsSignedLinesWithLanguageAndKind()
    {
        var items = await ItemsAsync(Edits, Haadf, "en-US");

        // The definition step shows the definition it replaces (removed) before the new one (added).
        string[][] expected =
        [
            ["added", "+", "added", "alternative label", "HAADF probe", "en"],
            ["added", "+", "added", "preferred label", "高角度プローブ", "ja"],
            ["added", "+", "added", "hidden label", "HAADF hidden probe", "en"],
            ["removed", "−", "removed", "hidden label", "HADF", "en"],
            ["removed", "−", "removed", "definition", null!, "en"],
            ["added", "+", "added", "definition", "A new definition.", "en"],
            ["added", "+", "added", "related", null!, null!],
            ["removed", "−", "removed", "broader", null!, null!],
            ["added", "+", "added", "closeMatch", null!, null!],
            ["removed", "−", "removed", "exactMatch", null!, null!],
            ["removed", "−", "removed", "deprecated, replaced by", null!, null!],
            ["removed", "−", "removed", "deprecated", null!, null!],
            ["removed", "−", "removed", "merged into (labels move as hidden labels)", null!, null!],
        ];
        Assert.Equal(expected.Length, items.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (li, e) = (items[i], expected[i]);
            Assert.Equal(e[0], (string?)li.Attribute("class"));
            Assert.Equal(e[1], li.WithClass("span", "sign").Single().Text());
            Assert.Equal("true", (string?)li.WithClass("span", "sign").Single().Attribute("aria-hidden"));
            Assert.Equal(e[2], li.WithClass("span", "visually-hidden").Single().Text());
            Assert.Equal(e[3], li.WithClass("span", "what").Single().Text());
            if (e[5] is { } lang)
            {
                var q = li.Element("q")!;
                Assert.Equal(lang, (string?)q.Attribute("lang"));
                Assert.Equal("@" + lang, li.WithClass("span", "tag").Single().Text());
                if (e[4] is { } text)
                {
                    Assert.Equal(text, q.Text());
                }
            }
        }
    }

    [Fact]
    public async Task Diff_lineText_readsAsWords()
    {
        var items = await ItemsAsync(Edits, Haadf, "en-US");
        var created = await ItemsAsync([new(PatchOp.CreateConcept, Technique + "WordsProbe", Target: "https://w3id.org/vocab/technique")], Technique + "WordsProbe", "en-US");

        // What a screen reader reads and a copy carries; the sign itself is aria-hidden.
        Assert.Equal("+ added alternative label HAADF probe@en", items[0].Text());
        Assert.Equal("+ added related → low-angle annular dark-field scanning transmission electron microscopy", items[6].Text());
        Assert.Equal("+ added new concept https://w3id.org/vocab/technique/WordsProbe · in measurement techniques", created.Single().Text());
    }

    [Fact]
    public async Task Diff_targets_showTheirPrefLabelWithALink_andMappingsTheirIri()
    {
        var items = await ItemsAsync(Edits, Haadf, "en-US");

        var related = items[6].Element("a")!;
        Assert.Equal("/concept/technique/LAADFSTEM", (string?)related.Attribute("href"));
        Assert.Equal("low-angle annular dark-field scanning transmission electron microscopy", related.Text());
        Assert.Equal("en", (string?)related.Attribute("lang"));
        Assert.Equal("annular dark-field scanning transmission electron microscopy", items[7].Element("a")!.Text());
        Assert.Equal("/concept/technique/ADFSTEM", (string?)items[7].Element("a")!.Attribute("href"));
        var mapping = items[8].Element("a")!;
        Assert.Equal("https://example.org/haadf", (string?)mapping.Attribute("href"));
        Assert.Equal("nofollow noopener", (string?)mapping.Attribute("rel"));
        Assert.Equal(Chmo, items[9].Element("a")!.Text());
        Assert.Equal("/concept/technique/LAADFSTEM", (string?)items[10].Element("a")!.Attribute("href"));
        Assert.Null(items[11].Element("a"));
        Assert.Equal("/concept/technique/LAADFSTEM", (string?)items[12].Element("a")!.Attribute("href"));
        Assert.DoesNotContain(items.Take(6), li => li.Element("a") is not null);
    }

    [Fact]
    public async Task Diff_newConcept_showsTheMintedIriTheSchemeAndTheBroaderConcept()
    {
        const string minted = Technique + "ComponentProbeMicroscopy";
        var items = await ItemsAsync(
        [
            new(PatchOp.CreateConcept, minted, Target: "https://w3id.org/vocab/technique"),
            new(PatchOp.AddLabel, minted, "component probe microscopy", "en", LabelKind.Pref),
            new(PatchOp.AddRelation, minted, Relation: "broader", Target: Adf),
        ], minted, "en-US");

        Assert.Equal("new concept", items[0].WithClass("span", "what").Single().Text());
        Assert.Equal(minted, items[0].WithClass("code", "iri").Single().Text());
        Assert.Equal("/browse/technique", (string?)items[0].Element("a")!.Attribute("href"));
        Assert.Equal("measurement techniques", items[0].Element("a")!.Text());
        Assert.Equal("component probe microscopy", items[1].Element("q")!.Text());
        Assert.Equal("/concept/technique/ADFSTEM", (string?)items[2].Element("a")!.Attribute("href"));
    }

    [Fact]
    public async Task Diff_otherConceptThanTheProposals_isNamedBeforeTheLine()
    {
        var items = await ItemsAsync([new(PatchOp.AddLabel, Laadf, "LAADF probe", "en", LabelKind.Alt)], Haadf, "en-US");

        var parts = items.Single().Elements().ToList();
        var about = parts.Single(e => e.Name.LocalName == "a");
        Assert.Equal("/concept/technique/LAADFSTEM", (string?)about.Attribute("href"));
        Assert.Equal("low-angle annular dark-field scanning transmission electron microscopy", about.Text());
        Assert.True(parts.IndexOf(about) < parts.IndexOf(items.Single().WithClass("span", "what").Single()), "the concept comes before what changes");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("\"><svg onload=alert(1)>")]
    public async Task Diff_labelHoldingMarkup_isShownAsEscapedText(string label)
    {
        var tree = await RenderAsync(
        [
            new(PatchOp.AddLabel, Haadf, label, "en", LabelKind.Alt),
            new(PatchOp.AddMapping, Haadf, Relation: "exactMatch", Target: "javascript:alert(1)"),
        ], Haadf, "en-US");

        Assert.Equal(label, tree.Descendants("q").Single().Value);
        Assert.DoesNotContain(tree.Descendants(), e => e.Name.LocalName is "script" or "img" or "svg");
        Assert.DoesNotContain(tree.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        // An unsafe mapping target is shown as code, never as a link.
        Assert.Equal("javascript:alert(1)", tree.Descendants("code").Single().Value);
        Assert.DoesNotContain(tree.Descendants("a"), a => ((string?)a.Attribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Diff_inJapanese_usesJapaneseWordsAndJapaneseLabels()
    {
        var items = await ItemsAsync(Edits, Haadf, "ja-JP");

        Assert.Equal("追加", items[0].WithClass("span", "visually-hidden").Single().Text());
        Assert.Equal("代替ラベル", items[0].WithClass("span", "what").Single().Text());
        Assert.Equal("優先ラベル", items[1].WithClass("span", "what").Single().Text());
        Assert.Equal("非表示ラベル", items[2].WithClass("span", "what").Single().Text());
        Assert.Equal("削除", items[3].WithClass("span", "visually-hidden").Single().Text());
        Assert.Equal("定義", items[5].WithClass("span", "what").Single().Text());
        Assert.Equal("関連", items[6].WithClass("span", "what").Single().Text());
        Assert.Equal("上位", items[7].WithClass("span", "what").Single().Text());
        Assert.Equal("廃止、後継", items[10].WithClass("span", "what").Single().Text());
        Assert.Equal("廃止", items[11].WithClass("span", "what").Single().Text());
        var related = items[6].Element("a")!;
        Assert.Equal("低角度環状暗視野走査透過電子顕微鏡法", related.Text());
        Assert.Equal("ja", (string?)related.Attribute("lang"));
        // The label a step adds keeps its own language, whatever the UI's.
        Assert.Equal("en", (string?)items[0].Element("q")!.Attribute("lang"));
    }

    private async Task<List<XElement>> ItemsAsync(PatchOperation[] operations, string main, string culture) =>
        (await RenderAsync(operations, main, culture)).Element("ol")!.Elements("li").ToList();

    private async Task<XElement> RenderAsync(PatchOperation[] operations, string main, string culture)
    {
        _ = factory.CreateClient();
        var snapshot = factory.Services.GetRequiredService<Vocab.Data.ThesaurusSnapshotService>();
        if (!snapshot.IsLoaded)
        {
            await snapshot.LoadAsync(Ct);
        }

        var lang = culture.StartsWith("ja", StringComparison.Ordinal) ? "ja" : "en";
        var lines = factory.Services.GetRequiredService<ProposalDiff>().Build(operations, main, lang, showReplaced: true);
        return await ComponentRender.RenderAsync<ProposalDiffView>(ComponentRender.Light, culture, new Dictionary<string, object?> { ["Lines"] = lines });
    }
}
