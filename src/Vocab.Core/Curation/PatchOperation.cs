using System.Text.Json.Serialization;

namespace Vocab.Core.Curation;

/// <summary>What one step of a patch does to the thesaurus.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PatchOp>))]
public enum PatchOp
{
    /// <summary>Creates <see cref="PatchOperation.Concept"/> as a <c>skos:Concept</c> in scheme <see cref="PatchOperation.Target"/>.</summary>
    CreateConcept,

    /// <summary>Adds a label (<see cref="PatchOperation.Text"/>, <see cref="PatchOperation.Lang"/>, <see cref="PatchOperation.LabelKind"/>).</summary>
    AddLabel,

    /// <summary>Removes a label.</summary>
    RemoveLabel,

    /// <summary>Sets the definition in one language, replacing any there is.</summary>
    SetDefinition,

    /// <summary>Adds <c>skos:broader</c>, <c>skos:narrower</c> or <c>skos:related</c> (<see cref="PatchOperation.Relation"/>) to <see cref="PatchOperation.Target"/>.</summary>
    AddRelation,

    /// <summary>Removes a relation.</summary>
    RemoveRelation,

    /// <summary>Adds a SKOS mapping (<see cref="PatchOperation.Relation"/> = exactMatch, closeMatch, ...) to an external IRI.</summary>
    AddMapping,

    /// <summary>Removes a mapping.</summary>
    RemoveMapping,

    /// <summary>Marks the concept deprecated, optionally replaced by <see cref="PatchOperation.Target"/>.</summary>
    Deprecate,

    /// <summary>Merges the concept into <see cref="PatchOperation.Target"/>: deprecated, replaced by it, its labels moved there as hidden labels.</summary>
    Merge,
}

/// <summary>
/// One step of a proposal's patch. The fields a step uses depend on <see cref="Op"/>; the others stay null. Operations
/// say what to do (add this label), not which statements to write, so a patch can be re-checked against a newer thesaurus.
/// </summary>
public sealed record PatchOperation(
    PatchOp Op,
    string Concept,
    string? Text = null,
    string? Lang = null,
    LabelKind? LabelKind = null,
    string? Relation = null,
    string? Target = null)
{
    /// <summary>The relation names <see cref="PatchOp.AddRelation"/> accepts.</summary>
    public static IReadOnlyList<string> Relations { get; } = ["broader", "narrower", "related"];

    /// <summary>The mapping names <see cref="PatchOp.AddMapping"/> accepts.</summary>
    public static IReadOnlyList<string> MappingRelations { get; } = ["exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch"];

    /// <summary>The resources this step reads or writes (for stale-patch detection).</summary>
    public IEnumerable<string> Touches()
    {
        yield return Concept;
        if (Op is PatchOp.AddRelation or PatchOp.RemoveRelation or PatchOp.Merge && Target is not null)
        {
            yield return Target;
        }
    }
}
