using Vocab.Core;
using Vocab.Core.Curation;

namespace Vocab.Data;

/// <summary>One-line English summaries of patches, for lists and the change log (pages render the steps themselves).</summary>
public static class ProposalTitles
{
    /// <summary>Summarizes <paramref name="operations"/> with concept names from <paramref name="thesaurus"/>.</summary>
    public static string Describe(Thesaurus thesaurus, ProposalKind kind, IReadOnlyList<PatchOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        ArgumentNullException.ThrowIfNull(operations);
        string Name(string iri) => thesaurus.TryGetConcept(iri, out var c) && c.PrefLabel("en", ["ja"]) is { } l ? $"“{l.Text}”" : $"<{iri}>";
        var first = operations[0];
        var label = operations.FirstOrDefault(o => o.Op == PatchOp.AddLabel);
        var text = kind switch
        {
            ProposalKind.NewConcept => $"New concept “{label?.Text ?? first.Concept}”",
            ProposalKind.AddLabel => $"Add {Kind(label?.LabelKind)} label “{label?.Text}”@{label?.Lang} to {Name(first.Concept)}",
            ProposalKind.ChangeLabel => $"Change label of {Name(first.Concept)} to “{label?.Text}”@{label?.Lang}",
            ProposalKind.RemoveLabel => $"Remove label “{first.Text}”@{first.Lang} from {Name(first.Concept)}",
            ProposalKind.Definition => $"Definition ({first.Lang}) of {Name(first.Concept)}",
            ProposalKind.Relation => $"{(first.Op == PatchOp.AddRelation ? "Add" : "Remove")} {first.Relation}: {Name(first.Concept)} → {Name(first.Target ?? "")}",
            ProposalKind.Mapping => $"{(first.Op == PatchOp.AddMapping ? "Add" : "Remove")} {first.Relation} of {Name(first.Concept)} to <{first.Target}>",
            ProposalKind.Deprecate => $"Deprecate {Name(first.Concept)}",
            ProposalKind.Merge => $"Merge {Name(first.Concept)} into {Name(first.Target ?? "")}",
            _ => kind.ToString(),
        };
        // A cut between the halves of a surrogate pair leaves half a character, which PostgreSQL refuses to store.
        return text.Length > 400 ? text[..(char.IsHighSurrogate(text[398]) ? 398 : 399)] + "…" : text;
    }

    private static string Kind(LabelKind? kind) => kind switch
    {
        LabelKind.Pref => "preferred",
        LabelKind.Alt => "alternative",
        LabelKind.Hidden => "hidden",
        _ => "",
    };
}
