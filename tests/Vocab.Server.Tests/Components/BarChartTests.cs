using System.Globalization;
using System.Xml.Linq;
using Vocab.Server.Components.Curation;
using Vocab.Server.Web.Curation;

namespace Vocab.Server.Tests.Components;

/// <summary><see cref="BarChart"/>: an SVG image with a title, a text alternative for every value, and numbers in the UI culture.</summary>
public sealed class BarChartTests
{
    private static readonly BarSeries[] Three = [new("concepts", "c0"), new("pref en", "c1"), new("pref ja", "c2")];

    [Fact]
    public async Task Chart_everyValue_hasATextAlternative()
    {
        var tree = await RenderAsync("en-US", Three, [new("technique", "en", [120, 118, 95]), new("material", "en", [40, 40, 0])]);

        var svg = tree.Descendants("svg").Single();
        Assert.Equal("img", (string?)svg.Attribute("role"));
        foreach (var id in ((string)svg.Attribute("aria-labelledby")!).Split(' '))
        {
            Assert.NotNull(svg.ById(id));
        }

        Assert.Equal("Coverage", svg.Element("title")!.Text());
        Assert.Equal("technique: concepts 120, pref en 118, pref ja 95; material: concepts 40, pref en 40, pref ja 0", svg.Element("desc")!.Text());
        var tooltips = svg.Elements("rect").Select(r => r.Element("title")!.Text()).ToList();
        Assert.Equal(
            ["technique · concepts: 120", "technique · pref en: 118", "technique · pref ja: 95", "material · concepts: 40", "material · pref en: 40", "material · pref ja: 0"],
            tooltips);
        Assert.Equal("Coverage", tree.Descendants("figcaption").Single().Text());
        Assert.Equal(["concepts", "pref en", "pref ja"], tree.WithClass("ul", "legend").Single().Elements("li").Select(li => li.Text()));
    }

    [Fact]
    public async Task Chart_zeroValue_drawsNoBar_butStillSaysZero()
    {
        var tree = await RenderAsync("en-US", [new("seen", "c2")], [new("nothing", "en", [0])]);

        var rect = tree.Descendants("rect").Single();
        Assert.Equal("0", (string?)rect.Attribute("width"));
        Assert.Equal("nothing · seen: 0", rect.Element("title")!.Text());
        Assert.Equal("nothing: seen 0", tree.Descendants("desc").Single().Text());
    }

    [Fact]
    public async Task Chart_oneValue_fillsTheBarArea()
    {
        var tree = await RenderAsync("en-US", [new("seen", "c2")], [new("once", "en", [1])]);

        var rect = tree.Descendants("rect").Single();
        Assert.Equal(BarChartLayout.BarWidth.ToString(CultureInfo.InvariantCulture), (string?)rect.Attribute("width"));
        Assert.Equal("once: seen 1", tree.Descendants("desc").Single().Text());
    }

    [Fact]
    public async Task Chart_veryLargeValue_keepsSmallBarsVisible_andGroupsDigits()
    {
        var tree = await RenderAsync("en-US", [new("seen", "c2")], [new("huge", "en", [1_234_567_890_123]), new("tiny", "en", [1])]);

        var widths = tree.Descendants("rect").Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(BarChartLayout.BarWidth, widths[0]);
        Assert.Equal(1, widths[1]);
        Assert.Equal("huge: seen 1,234,567,890,123; tiny: seen 1", tree.Descendants("desc").Single().Text());
        Assert.All(tree.Descendants("svg").Single().Attributes().Where(a => a.Name.LocalName is "width" or "height"), a => Assert.DoesNotContain(",", a.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chart_stacked_totalsEachRow()
    {
        var tree = await RenderAsync("en-US", [new("pref", "c0"), new("alt", "c1")], [new("en", "en", [1500, 2500])], stacked: true);

        var texts = tree.Descendants("text").Select(t => t.Text()).ToList();
        Assert.Equal(["en", "4,000"], texts);
        // One bar per row, the series side by side: 1500 and 2500 of 4000 over 460 units, after the 220-unit label column.
        var rects = tree.Descendants("rect").Select(r => ((string?)r.Attribute("x"), (string?)r.Attribute("width"))).ToList();
        Assert.Equal([("220", "172.5"), ("392.5", "287.5")], rects);
    }

    [Fact]
    public async Task Chart_noRows_showsTheEmptyText_andNoImage()
    {
        var tree = await RenderAsync("en-US", Three, [], empty: "No data yet.");

        Assert.Empty(tree.Descendants("svg"));
        Assert.Equal("No data yet.", tree.WithClass("p", "muted").Single().Text());
    }

    [Fact]
    public async Task Chart_labelHoldingMarkup_isEscaped_andLongLabelsAreClippedButDescribedInFull()
    {
        var label = "<script>alert(1)</script> a very long category label indeed";
        var tree = await RenderAsync("en-US", [new("seen", "c2")], [new(label, "en", [3])]);

        Assert.Empty(tree.Descendants("script"));
        var text = tree.Descendants("text").First();
        Assert.Equal(label[..31] + "…", text.Value);
        Assert.Equal("en", (string?)text.Attribute("lang"));
        Assert.Equal(label + ": seen 3", tree.Descendants("desc").Single().Value);
    }

    [Theory]
    [InlineData("ja-JP", "1,234,567")]
    [InlineData("en-US", "1,234,567")]
    [InlineData("de-DE", "1.234.567")]
    public async Task Chart_numbers_followTheUiCulture(string culture, string formatted)
    {
        var tree = await RenderAsync(culture, [new("件数", "c2")], [new("電子顕微鏡", "ja", [1_234_567])]);

        Assert.Equal("電子顕微鏡: 件数 " + formatted, tree.Descendants("desc").Single().Text());
        Assert.Equal("電子顕微鏡 · 件数: " + formatted, tree.Descendants("rect").Single().Element("title")!.Text());
        Assert.Equal(formatted, tree.Descendants("text").Last().Text());
        // SVG geometry stays invariant whatever the culture.
        Assert.Equal(BarChartLayout.BarWidth.ToString(CultureInfo.InvariantCulture), (string?)tree.Descendants("rect").Single().Attribute("width"));
    }

    private static Task<XElement> RenderAsync(string culture, IReadOnlyList<BarSeries> series, IReadOnlyList<BarRow> rows, bool stacked = false, string empty = "") =>
        ComponentRender.RenderAsync<BarChart>(ComponentRender.Light, culture, new Dictionary<string, object?>
        {
            ["Id"] = "chart",
            ["Title"] = "Coverage",
            ["Series"] = series,
            ["Rows"] = rows,
            ["Stacked"] = stacked,
            ["Empty"] = empty,
        });
}
