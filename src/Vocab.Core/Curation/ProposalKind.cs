using System.Text.Json.Serialization;

namespace Vocab.Core.Curation;

/// <summary>What a proposal is about (for filters and display); its patch says exactly what it does.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProposalKind>))]
public enum ProposalKind
{
    /// <summary>A new concept with its labels, definition and place in the hierarchy.</summary>
    NewConcept,

    /// <summary>A new label or translation of an existing concept.</summary>
    AddLabel,

    /// <summary>A label replaced by another.</summary>
    ChangeLabel,

    /// <summary>A label removed.</summary>
    RemoveLabel,

    /// <summary>A definition added or replaced.</summary>
    Definition,

    /// <summary>A broader, narrower or related link added or removed.</summary>
    Relation,

    /// <summary>A mapping to another vocabulary added or removed.</summary>
    Mapping,

    /// <summary>A concept retired.</summary>
    Deprecate,

    /// <summary>A concept merged into another.</summary>
    Merge,
}

/// <summary>Where a proposal stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProposalStatus>))]
public enum ProposalStatus
{
    /// <summary>Open for discussion and votes.</summary>
    Open,

    /// <summary>Accepted and applied to the thesaurus.</summary>
    Accepted,

    /// <summary>Rejected by an editor.</summary>
    Rejected,

    /// <summary>Withdrawn by its author.</summary>
    Withdrawn,
}
