using Vocab.Core.Checks;
using static Vocab.Rdf.Tests.Skos.SkosFixture;

namespace Vocab.Rdf.Tests.Skos;

/// <summary>One test per check, each on its own fixture in tests/data/skos.</summary>
public sealed class SkosCheckTests
{
    [Fact]
    public void Checker_cleanThesaurus_findsNothing()
    {
        var report = Check("clean.ttl");

        Assert.Empty(report.Findings);
        Assert.Equal(3, report.Concepts);
        Assert.All(report.Summary, s => Assert.Equal(0, s.Count));
    }

    [Fact]
    public void S9_conceptTypedAsScheme_isError()
    {
        var report = Check("scheme-concept.ttl");

        Assert.Equal([Ex + "both"], report.Subjects(FindingCodes.ConceptIsScheme));
        Assert.All(report.Findings.Where(f => f.Code == FindingCodes.ConceptIsScheme), f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void S13_labelInTwoKinds_isReportedOncePerText()
    {
        var report = Check("disjoint-labels.ttl");

        Assert.Equal([Ex + "eels", Ex + "stem"], report.Subjects(FindingCodes.DisjointLabels));
        Assert.Contains(report.Findings, f => f.Message == "\"STEM\"@en is altLabel and hiddenLabel");
        Assert.Contains(report.Findings, f => f.Message == "\"EELS\"@en is prefLabel and altLabel");
    }

    [Fact]
    public void S14_twoPrefLabelsInOneLanguage_isError()
    {
        var report = Check("dup-preflabel.ttl");

        Assert.Equal([Ex + "tem"], report.Subjects(FindingCodes.MultiplePrefLabels));
        Assert.StartsWith("2 prefLabels @en", report.Findings.Single(f => f.Code == FindingCodes.MultiplePrefLabels).Message, StringComparison.Ordinal);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void S27_relatedToTransitiveBroader_isReportedAtTheNarrowerEnd()
    {
        var report = Check("related-broader.ttl");

        Assert.Equal([Ex + "c", Ex + "y"], report.Subjects(FindingCodes.RelatedIsBroader));
    }

    [Fact]
    public void S37_collectionTypedAsConceptOrScheme_isError()
    {
        var report = Check("collection-concept.ttl");

        Assert.Equal([Ex + "ordered", Ex + "techniques"], report.Subjects(FindingCodes.CollectionIsConcept));
    }

    [Fact]
    public void S46_exactMatchWithBroadOrRelatedMatch_isReportedOncePerPair()
    {
        var report = Check("exact-broadmatch.ttl");

        Assert.Equal([Ex + "p", Ex + "q"], report.Subjects(FindingCodes.ExactMatchClash));
    }

    [Fact]
    public void Cycles_inBroader_areReportedOncePerCycle()
    {
        var report = Check("cycle.ttl");

        Assert.Equal([Ex + "a", Ex + "d"], report.Subjects(FindingCodes.CyclicHierarchy));
        var triangle = report.Findings.Single(f => f.Code == FindingCodes.CyclicHierarchy && f.Subject == Ex + "a");
        Assert.EndsWith($"{Ex}a → {Ex}b → {Ex}c → {Ex}a", triangle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelsWithoutLanguageTag_areReportedPerConcept()
    {
        var report = Check("nolang.ttl");

        Assert.Equal([Ex + "bf", Ex + "haadf"], report.Subjects(FindingCodes.OmittedLanguageTag));
    }

    [Fact]
    public void EmptyLabels_areWarnings()
    {
        var report = Check("empty-label.ttl");

        Assert.Equal([Ex + "a", Ex + "b"], report.Subjects(FindingCodes.EmptyLabel));
    }

    [Fact]
    public void LanguageCoverage_missingRequiredLanguage_isReported()
    {
        var report = Check("language-coverage.ttl");

        Assert.Equal([Ex + "enOnly", Ex + "jaOnly"], report.Subjects(FindingCodes.IncompleteLanguageCoverage));
        Assert.Equal([Ex + "none"], report.Subjects(FindingCodes.MissingPrefLabel));
    }

    [Fact]
    public void LanguageCoverage_requiredLanguagesFromOptions_areUsed()
    {
        var report = ThesaurusChecker.Check(Load("language-coverage.ttl"), new CheckOptions { RequiredLanguages = ["en"] });

        Assert.Equal([Ex + "jaOnly"], report.Subjects(FindingCodes.IncompleteLanguageCoverage));
    }

    [Fact]
    public void LabelClash_withinOneScheme_isReportedOnce()
    {
        var report = Check("label-clash.ttl");

        var clash = Assert.Single(report.Findings, f => f.Code == FindingCodes.OverlappingLabels);
        Assert.Equal(Ex + "a", clash.Subject);
        Assert.Contains($"<{Ex}b>", clash.Message, StringComparison.Ordinal);
        Assert.Contains($"<{Ex}s1>", clash.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Orphans_areActiveConceptsWithoutLinks()
    {
        var report = Check("orphan.ttl");

        Assert.Equal([Ex + "lonely"], report.Subjects(FindingCodes.OrphanConcept));
    }

    [Fact]
    public void DanglingReferences_exemptMappings()
    {
        var report = Check("dangling.ttl");

        Assert.Equal(4, report.CountOf(FindingCodes.DanglingReference));
        Assert.Equal([Ex + "c", Ex + "c", Ex + "c", Ex + "d"], report.Subjects(FindingCodes.DanglingReference));
        Assert.DoesNotContain(report.Findings, f => f.Message.Contains("other.example", StringComparison.Ordinal));
    }

    [Fact]
    public void Undocumented_conceptWithOnlyAnExample_isReported()
    {
        var report = Check("undocumented.ttl");

        Assert.Equal([Ex + "a"], report.Subjects(FindingCodes.UndocumentedConcept));
    }

    [Fact]
    public void DeprecatedBroader_ofActiveConcept_isReportedWithSuccessor()
    {
        var report = Check("deprecated.ttl");

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.DeprecatedInUse);
        Assert.Equal(Ex + "child", finding.Subject);
        Assert.Contains($"replaced by <{Ex}new>", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_maxFindingsPerCode_capsTheListButNotTheCount()
    {
        var report = ThesaurusChecker.Check(Load("orphan.ttl"), new CheckOptions { MaxFindingsPerCode = 0 });

        Assert.Empty(report.Findings);
        var undocumented = report.Summary.Single(s => s.Code == FindingCodes.UndocumentedConcept);
        Assert.Equal(4, undocumented.Count);
        Assert.Equal(0, undocumented.Reported);
    }
}
