using System.Collections.Frozen;

namespace Vocab.Core.Checks;

/// <summary>
/// The checks. Errors are the integrity conditions of the SKOS Reference (named by their number there);
/// warnings and infos are quality issues, named after the qSKOS catalogue where it has one.
/// </summary>
public static class FindingCodes
{
    /// <summary>S9: skos:ConceptScheme is disjoint with skos:Concept.</summary>
    public const string ConceptIsScheme = "S9";

    /// <summary>S13: prefLabel, altLabel and hiddenLabel are pairwise disjoint.</summary>
    public const string DisjointLabels = "S13";

    /// <summary>S14: at most one prefLabel per language.</summary>
    public const string MultiplePrefLabels = "S14";

    /// <summary>S27: related is disjoint with broaderTransitive.</summary>
    public const string RelatedIsBroader = "S27";

    /// <summary>S37: skos:Collection is disjoint with skos:Concept and skos:ConceptScheme.</summary>
    public const string CollectionIsConcept = "S37";

    /// <summary>S46: exactMatch is disjoint with broadMatch and relatedMatch.</summary>
    public const string ExactMatchClash = "S46";

    /// <summary>qSKOS Missing Labels: a concept without any prefLabel.</summary>
    public const string MissingPrefLabel = "MissingPrefLabel";

    /// <summary>qSKOS Incomplete Language Coverage: no prefLabel in a required language.</summary>
    public const string IncompleteLanguageCoverage = "IncompleteLanguageCoverage";

    /// <summary>qSKOS Empty Labels: a label that is empty or only whitespace.</summary>
    public const string EmptyLabel = "EmptyLabel";

    /// <summary>qSKOS Omitted or Invalid Language Tags: labels without a language tag.</summary>
    public const string OmittedLanguageTag = "OmittedLanguageTag";

    /// <summary>qSKOS Overlapping Labels: two concepts of one scheme share a pref/alt label in a language.</summary>
    public const string OverlappingLabels = "OverlappingLabels";

    /// <summary>qSKOS Cyclic Hierarchical Relations: a cycle of broader links.</summary>
    public const string CyclicHierarchy = "CyclicHierarchicalRelation";

    /// <summary>qSKOS Orphan Concepts: no broader, narrower or related concept, and not a top concept.</summary>
    public const string OrphanConcept = "OrphanConcept";

    /// <summary>A hierarchy, scheme or replacement link to a resource the thesaurus does not describe.</summary>
    public const string DanglingReference = "DanglingReference";

    /// <summary>qSKOS Undocumented Concepts: no definition, scope note or note.</summary>
    public const string UndocumentedConcept = "UndocumentedConcept";

    /// <summary>A deprecated concept is still the broader concept of an active one.</summary>
    public const string DeprecatedInUse = "DeprecatedConceptInUse";

    /// <summary>Every code with its severity and description, in report order.</summary>
    public static IReadOnlyList<(string Code, Severity Severity, string Description)> All { get; } =
    [
        (ConceptIsScheme, Severity.Error, "skos:ConceptScheme is disjoint with skos:Concept"),
        (DisjointLabels, Severity.Error, "pref, alt and hidden labels are pairwise disjoint"),
        (MultiplePrefLabels, Severity.Error, "at most one prefLabel per language"),
        (RelatedIsBroader, Severity.Error, "skos:related is disjoint with skos:broaderTransitive"),
        (CollectionIsConcept, Severity.Error, "skos:Collection is disjoint with skos:Concept and skos:ConceptScheme"),
        (ExactMatchClash, Severity.Error, "skos:exactMatch is disjoint with skos:broadMatch and skos:relatedMatch"),
        (MissingPrefLabel, Severity.Warning, "concept without a prefLabel"),
        (IncompleteLanguageCoverage, Severity.Warning, "no prefLabel in a required language"),
        (EmptyLabel, Severity.Warning, "empty or whitespace-only label"),
        (OmittedLanguageTag, Severity.Warning, "label without a language tag"),
        (OverlappingLabels, Severity.Warning, "concepts of one scheme share a pref/alt label"),
        (CyclicHierarchy, Severity.Warning, "cycle of skos:broader links"),
        (DanglingReference, Severity.Warning, "link to a resource the thesaurus does not describe"),
        (DeprecatedInUse, Severity.Warning, "deprecated concept still broader of an active concept"),
        (OrphanConcept, Severity.Info, "concept without broader, narrower or related concepts, not a top concept"),
        (UndocumentedConcept, Severity.Info, "concept without definition, scope note or note"),
    ];

    private static readonly FrozenDictionary<string, Severity> Severities =
        All.ToFrozenDictionary(c => c.Code, c => c.Severity, StringComparer.Ordinal);

    /// <summary>The severity of a code.</summary>
    public static Severity SeverityOf(string code) => Severities[code];
}
