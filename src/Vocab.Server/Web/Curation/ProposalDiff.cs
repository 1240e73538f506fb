using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Web.Curation;

/// <summary>How a diff line changes the thesaurus.</summary>
public enum DiffSign
{
    /// <summary>Something is added.</summary>
    Added,

    /// <summary>Something is removed (or retired).</summary>
    Removed,
}

/// <summary>
/// One line of a proposal's readable diff: which step, added or removed, what (a resource key such as DiffAltLabel),
/// the text and its language, the concept it is about (when not the proposal's main concept), and the other concept
/// or external IRI it points at.
/// </summary>
public sealed record DiffLine(
    int Step, DiffSign Sign, string What, string? Text, string? Lang, ConceptRefView? Concept, ConceptRefView? Target, string? External);

/// <summary>Builds the readable diff of a patch from its steps, naming concepts in the content language.</summary>
public sealed class ProposalDiff(ThesaurusSnapshotService snapshot, ConceptLinks links)
{
    /// <summary>
    /// The lines of <paramref name="operations"/>. <paramref name="showReplaced"/> adds the definition a new one
    /// replaces, read from the thesaurus as it is now (only meaningful while the proposal is open).
    /// </summary>
    public IReadOnlyList<DiffLine> Build(IReadOnlyList<PatchOperation> operations, string mainConcept, string lang, bool showReplaced) => snapshot.Read(t =>
    {
        var lines = new List<DiffLine>();
        for (var i = 0; i < operations.Count; i++)
        {
            var op = operations[i];
            var about = string.Equals(op.Concept, mainConcept, StringComparison.Ordinal) ? null : ThesaurusText.Ref(t, op.Concept, lang, links);
            ConceptRefView? Target() => op.Target is null ? null : ThesaurusText.Ref(t, op.Target, lang, links);
            DiffLine Line(DiffSign sign, string what, string? text = null, string? textLang = null, ConceptRefView? target = null, string? external = null) =>
                new(i, sign, what, text, textLang, about, target, external);

            switch (op.Op)
            {
                case PatchOp.CreateConcept:
                    lines.Add(Line(DiffSign.Added, "DiffCreate", op.Concept, null, Target()));
                    break;
                case PatchOp.AddLabel:
                    lines.Add(Line(DiffSign.Added, LabelWhat(op.LabelKind), op.Text, op.Lang));
                    break;
                case PatchOp.RemoveLabel:
                    lines.Add(Line(DiffSign.Removed, LabelWhat(op.LabelKind), op.Text, op.Lang));
                    break;
                case PatchOp.SetDefinition:
                    if (showReplaced && t.TryGetConcept(op.Concept, out var concept))
                    {
                        foreach (var old in concept.Notes.Where(n => n.Kind == NoteKind.Definition && string.Equals(n.Lang, op.Lang, StringComparison.OrdinalIgnoreCase)))
                        {
                            lines.Add(Line(DiffSign.Removed, "DiffDefinition", old.Text, old.Lang));
                        }
                    }

                    lines.Add(Line(DiffSign.Added, "DiffDefinition", op.Text, op.Lang));
                    break;
                case PatchOp.AddRelation or PatchOp.RemoveRelation:
                    lines.Add(Line(op.Op == PatchOp.AddRelation ? DiffSign.Added : DiffSign.Removed, "DiffRel_" + op.Relation, target: Target()));
                    break;
                case PatchOp.AddMapping or PatchOp.RemoveMapping:
                    lines.Add(Line(op.Op == PatchOp.AddMapping ? DiffSign.Added : DiffSign.Removed, "DiffMap_" + op.Relation, external: op.Target));
                    break;
                case PatchOp.Deprecate:
                    lines.Add(Line(DiffSign.Removed, op.Target is null ? "DiffDeprecate" : "DiffDeprecateReplaced", target: Target()));
                    break;
                case PatchOp.Merge:
                    lines.Add(Line(DiffSign.Removed, "DiffMerge", target: Target()));
                    break;
            }
        }

        return lines;
    });

    private static string LabelWhat(LabelKind? kind) => kind switch
    {
        LabelKind.Pref => "DiffPrefLabel",
        LabelKind.Hidden => "DiffHiddenLabel",
        _ => "DiffAltLabel",
    };
}
