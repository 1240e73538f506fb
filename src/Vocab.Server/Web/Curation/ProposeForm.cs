using Vocab.Core;
using Vocab.Core.Curation;

namespace Vocab.Server.Web.Curation;

/// <summary>
/// The propose page's input, one model for every kind of proposal (a kind uses some fields and ignores the rest), and
/// its translation into the patch steps the curation service checks and stores.
/// </summary>
public sealed class ProposeForm
{
    /// <summary>What is proposed.</summary>
    public ProposalKind Kind { get; set; } = ProposalKind.AddLabel;

    /// <summary>The existing concept the change is about (every kind but a new concept).</summary>
    public string? Concept { get; set; }

    /// <summary>The scheme of a new concept.</summary>
    public string? Scheme { get; set; }

    /// <summary>A new concept's English preferred label.</summary>
    public string PrefEn { get; set; } = "";

    /// <summary>A new concept's Japanese preferred label.</summary>
    public string PrefJa { get; set; } = "";

    /// <summary>A new concept's English alternative labels, one per line.</summary>
    public string AltEn { get; set; } = "";

    /// <summary>A new concept's Japanese alternative labels, one per line.</summary>
    public string AltJa { get; set; } = "";

    /// <summary>A new concept's English definition.</summary>
    public string DefinitionEn { get; set; } = "";

    /// <summary>A new concept's Japanese definition.</summary>
    public string DefinitionJa { get; set; } = "";

    /// <summary>A new concept's broader concept (optional).</summary>
    public string? Broader { get; set; }

    /// <summary>The label to add, the new text of a changed label, or the definition.</summary>
    public string Text { get; set; } = "";

    /// <summary>The language of the label or definition.</summary>
    public string Lang { get; set; } = "en";

    /// <summary>The kind of label to add.</summary>
    public LabelKind LabelKind { get; set; } = LabelKind.Alt;

    /// <summary>The existing label to change or remove, as <see cref="LabelKey"/> writes it.</summary>
    public string? ExistingLabel { get; set; }

    /// <summary>broader, narrower or related.</summary>
    public string Relation { get; set; } = "broader";

    /// <summary>exactMatch, closeMatch, broadMatch, narrowMatch or relatedMatch.</summary>
    public string MappingKind { get; set; } = "exactMatch";

    /// <summary>Removes the relation or mapping instead of adding it.</summary>
    public bool Remove { get; set; }

    /// <summary>The other concept: relation target, replacement of a deprecated concept, or the concept merged into.</summary>
    public string? Target { get; set; }

    /// <summary>The external IRI of a mapping.</summary>
    public string External { get; set; } = "";

    /// <summary>Why, in Markdown.</summary>
    public string Rationale { get; set; } = "";

    /// <summary>How an existing label is named in <see cref="ExistingLabel"/>: kind, language and text.</summary>
    public static string LabelKey(Label label) => $"{label.Kind}|{label.Lang}|{label.Text}";

    /// <summary>The label <see cref="ExistingLabel"/> names, or null.</summary>
    public Label? SelectedLabel()
    {
        var parts = ExistingLabel?.Split('|', 3);
        return parts is { Length: 3 } && Names.TryParse<LabelKind>(parts[0], out var kind) ? new Label(parts[2], parts[1], kind) : null;
    }

    /// <summary>The patch steps this form stands for (a new concept's steps use "" for the IRI the service mints).</summary>
    public IReadOnlyList<PatchOperation> ToOperations()
    {
        var concept = Concept ?? "";
        var ops = new List<PatchOperation>();
        switch (Kind)
        {
            case ProposalKind.NewConcept:
                ops.Add(new(PatchOp.CreateConcept, "", Target: Scheme));
                AddLabels(ops, PrefEn, "en", LabelKind.Pref);
                AddLabels(ops, PrefJa, "ja", LabelKind.Pref);
                AddLabels(ops, AltEn, "en", LabelKind.Alt);
                AddLabels(ops, AltJa, "ja", LabelKind.Alt);
                AddDefinition(ops, DefinitionEn, "en");
                AddDefinition(ops, DefinitionJa, "ja");
                if (!string.IsNullOrWhiteSpace(Broader))
                {
                    ops.Add(new(PatchOp.AddRelation, "", Relation: "broader", Target: Broader));
                }

                break;
            case ProposalKind.AddLabel:
                ops.Add(new(PatchOp.AddLabel, concept, Text.Trim(), Lang.Trim(), LabelKind));
                break;
            case ProposalKind.ChangeLabel when SelectedLabel() is { } old:
                ops.Add(new(PatchOp.RemoveLabel, concept, old.Text, old.Lang, old.Kind));
                ops.Add(new(PatchOp.AddLabel, concept, Text.Trim(), old.Lang, old.Kind));
                break;
            case ProposalKind.RemoveLabel when SelectedLabel() is { } old:
                ops.Add(new(PatchOp.RemoveLabel, concept, old.Text, old.Lang, old.Kind));
                break;
            case ProposalKind.Definition:
                ops.Add(new(PatchOp.SetDefinition, concept, Text.Trim(), Lang.Trim()));
                break;
            case ProposalKind.Relation:
                ops.Add(new(Remove ? PatchOp.RemoveRelation : PatchOp.AddRelation, concept, Relation: Relation, Target: Target));
                break;
            case ProposalKind.Mapping:
                ops.Add(new(Remove ? PatchOp.RemoveMapping : PatchOp.AddMapping, concept, Relation: MappingKind, Target: External.Trim()));
                break;
            case ProposalKind.Deprecate:
                ops.Add(new(PatchOp.Deprecate, concept, Target: string.IsNullOrWhiteSpace(Target) ? null : Target));
                break;
            case ProposalKind.Merge:
                ops.Add(new(PatchOp.Merge, concept, Target: Target));
                break;
        }

        return ops;
    }

    /// <summary>The lines of a multi-line label field, trimmed, blank ones dropped.</summary>
    public static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static void AddLabels(List<PatchOperation> ops, string text, string lang, LabelKind kind)
    {
        foreach (var line in Lines(text).Distinct(StringComparer.Ordinal))
        {
            ops.Add(new(PatchOp.AddLabel, "", line, lang, kind));
        }
    }

    private static void AddDefinition(List<PatchOperation> ops, string text, string lang)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            ops.Add(new(PatchOp.SetDefinition, "", text.Trim(), lang));
        }
    }
}
