using Vocab.Core;

namespace Vocab.Rdf.Skos;

/// <summary>How an import's statements are read as a thesaurus.</summary>
public enum ImportProfile
{
    /// <summary>OWL when the input has labelled <c>owl:Class</c> resources and no <c>skos:Concept</c> at all, else SKOS.</summary>
    Auto,

    /// <summary>SKOS (and SKOS-XL) as written; only SKOS-XL labels are flattened.</summary>
    Skos,

    /// <summary>OWL/OBO classes are mapped onto SKOS concepts, in addition to what SKOS the input has.</summary>
    Owl,
}

/// <summary>What an import brings, for the import report.</summary>
/// <param name="Profile">The profile applied (<see cref="ImportProfile.Auto"/> resolved to Skos or Owl).</param>
/// <param name="Concepts">Distinct resources typed <c>skos:Concept</c>, in the input or derived.</param>
/// <param name="LabelsByLanguage">Distinct SKOS label statements per language ("" for untagged) and kind, input plus derived.</param>
/// <param name="DerivedStatements">Statements the mapper added.</param>
/// <param name="Schemes">IRIs typed <c>skos:ConceptScheme</c>, in the input or derived, in order of appearance.</param>
public sealed record ImportSummary(
    ImportProfile Profile,
    int Concepts,
    IReadOnlyDictionary<string, LabelCounts> LabelsByLanguage,
    int DerivedStatements,
    IReadOnlyList<string> Schemes);
