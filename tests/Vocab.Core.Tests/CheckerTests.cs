using System.Text.Json;
using Vocab.Core.Checks;

namespace Vocab.Core.Tests;

public sealed class CheckerTests
{
    private const string Ex = "http://example.org/";

    [Fact]
    public void Cycle_thousandsDeep_isFoundWithoutStackOverflow()
    {
        const int depth = 200_000;
        var builder = new ThesaurusBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Concept(Ex + i, new Label("c" + i, "en", LabelKind.Pref)).Broader(Ex + i, Ex + ((i + 1) % depth));
        }

        var report = ThesaurusChecker.Check(builder.Thesaurus);

        var cycle = Assert.Single(report.Findings, f => f.Code == FindingCodes.CyclicHierarchy);
        Assert.Contains("200000 concepts", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycle_longChainWithoutCycle_isClean()
    {
        var builder = new ThesaurusBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            builder.Concept(Ex + i).Broader(Ex + i, Ex + (i + 1));
        }

        builder.Concept(Ex + 50_000);

        Assert.Equal(0, ThesaurusChecker.Check(builder.Thesaurus).CountOf(FindingCodes.CyclicHierarchy));
    }

    [Fact]
    public void RelatedIsBroader_deepAncestor_isFound()
    {
        var builder = new ThesaurusBuilder();
        for (var i = 0; i < 1000; i++)
        {
            builder.Concept(Ex + i).Broader(Ex + i, Ex + (i + 1));
        }

        builder.Concept(Ex + 1000).Related(Ex + 0, Ex + 1000);

        var report = ThesaurusChecker.Check(builder.Thesaurus);

        Assert.Equal(Ex + 0, Assert.Single(report.Findings, f => f.Code == FindingCodes.RelatedIsBroader).Subject);
    }

    [Fact]
    public void Report_toJson_hasCamelCaseCountsAndFindings()
    {
        var thesaurus = new ThesaurusBuilder()
            .Concept(Ex + "a", new("a", "en", LabelKind.Pref), new("b", "en", LabelKind.Pref))
            .Thesaurus;

        using var json = JsonDocument.Parse(ThesaurusChecker.Check(thesaurus).ToJson());
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("concepts").GetInt32());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        var s14 = root.GetProperty("summary").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "S14");
        Assert.Equal("error", s14.GetProperty("severity").GetString());
        Assert.Equal(1, s14.GetProperty("count").GetInt32());
        var finding = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "S14");
        Assert.Equal(Ex + "a", finding.GetProperty("subject").GetString());
        Assert.False(root.TryGetProperty("hasErrors", out _));
    }

    [Fact]
    public void FindingCodes_areUniqueAndEveryCodeIsSummarised()
    {
        var report = ThesaurusChecker.Check(new Thesaurus());

        Assert.Equal(FindingCodes.All.Count, FindingCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.Equal(FindingCodes.All.Select(c => c.Code), report.Summary.Select(s => s.Code));
        Assert.Equal(0, report.Concepts);
    }
}
