namespace Vocab.Core.Checks;

/// <summary>
/// Checks a thesaurus against the SKOS integrity conditions (errors) and a set of quality criteria (warnings, infos).
/// Every check is one pass over concepts or resources with small per-resource work, plus one dictionary per scheme for
/// label clashes, so EDICT's 267k concepts take a second or two.
/// </summary>
public static class ThesaurusChecker
{
    /// <summary>Runs every check; the thesaurus must not change while it runs.</summary>
    public static QualityReport Check(Thesaurus thesaurus, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        options ??= new CheckOptions();
        var sink = new FindingSink(options.MaxFindingsPerCode);

        ResourceChecks.CheckTypes(thesaurus, sink);
        LabelChecks.CheckIntegrity(thesaurus, sink);
        HierarchyChecks.CheckRelatedIsBroader(thesaurus, sink);
        ResourceChecks.CheckMappings(thesaurus, sink);

        LabelChecks.CheckQuality(thesaurus, options, sink);
        LabelClashCheck.Run(thesaurus, sink);
        CycleCheck.Run(thesaurus, sink);
        ResourceChecks.CheckDangling(thesaurus, sink);
        HierarchyChecks.CheckQuality(thesaurus, sink);
        ResourceChecks.CheckDocumentation(thesaurus, sink);

        return sink.ToReport(thesaurus.Concepts.Count);
    }
}
