namespace Vocab.Core.Curation;

/// <summary>
/// The concepts a patch touches, copied from the thesaurus and changed step by step, so the integrity conditions can be
/// checked on the result without mutating the shared thesaurus.
/// </summary>
internal sealed class PatchState(Thesaurus thesaurus)
{
    private readonly Dictionary<string, ConceptDraft> _drafts = new(StringComparer.Ordinal);
    private readonly List<(ConceptDraft Concept, Label Label, int Operation)> _addedLabels = [];
    private readonly List<(ConceptDraft Concept, int Operation)> _hierarchyChanges = [];

    public void Apply(PatchOperation op, int index, List<PatchIssue> issues)
    {
        void Error(string code, string message, string? field = null) => issues.Add(new(PatchSeverity.Error, code, message, index, field));

        if (op.Op == PatchOp.CreateConcept)
        {
            if (thesaurus.IsDescribed(op.Concept) || _drafts.ContainsKey(op.Concept))
            {
                Error("concept.exists", $"<{op.Concept}> exists already: concept IRIs are never reused", "concept");
            }
            else if (!thesaurus.Schemes.ContainsKey(op.Target!))
            {
                Error("scheme.unknown", $"<{op.Target}> is not a concept scheme of this thesaurus", "target");
            }
            else
            {
                _drafts[op.Concept] = new ConceptDraft(op.Concept, op.Target!);
            }

            return;
        }

        var concept = Get(op.Concept);
        if (concept is null)
        {
            Error("concept.unknown", $"<{op.Concept}> is not a concept of this thesaurus", "concept");
            return;
        }

        if (concept.Deprecated)
        {
            Error("concept.deprecated", $"{concept.Name} is deprecated: propose changes to its replacement instead", "concept");
            return;
        }

        concept.LastOperation = index;
        ConceptDraft? target = null;
        if (op.Op is PatchOp.AddRelation or PatchOp.RemoveRelation or PatchOp.Merge || (op.Op == PatchOp.Deprecate && op.Target is not null))
        {
            target = Get(op.Target!);
            if (target is null)
            {
                Error("target.unknown", $"<{op.Target}> is not a concept of this thesaurus", "target");
                return;
            }

            if (target.Deprecated && op.Op != PatchOp.RemoveRelation)
            {
                Error("target.deprecated", $"{target.Name} is deprecated", "target");
                return;
            }

            target.LastOperation = index;
        }

        switch (op.Op)
        {
            case PatchOp.AddLabel:
                var label = new Label(op.Text!, op.Lang!.ToLowerInvariant(), op.LabelKind!.Value);
                if (concept.Labels.Add(label))
                {
                    _addedLabels.Add((concept, label, index));
                }
                else
                {
                    Error("label.duplicate", $"{concept.Name} has the {Describe(label)} already", "text");
                }

                break;
            case PatchOp.RemoveLabel:
                if (!concept.Labels.Remove(new Label(op.Text!, op.Lang!.ToLowerInvariant(), op.LabelKind!.Value)))
                {
                    Error("label.missing", $"{concept.Name} has no {op.LabelKind.Value.ToString().ToLowerInvariant()} label \"{op.Text}\"@{op.Lang}", "text");
                }

                break;
            case PatchOp.AddRelation:
                if (!Link(concept, op.Relation!, target!, add: true))
                {
                    Error("relation.exists", $"{concept.Name} is {op.Relation} {target!.Name} already", "target");
                }

                break;
            case PatchOp.RemoveRelation:
                if (!Link(concept, op.Relation!, target!, add: false))
                {
                    Error("relation.missing", $"{concept.Name} is not {op.Relation} {target!.Name}", "target");
                }

                break;
            case PatchOp.AddMapping:
                if (!concept.Mappings.Add((op.Relation!, op.Target!)))
                {
                    Error("mapping.exists", $"{concept.Name} has this {op.Relation} already", "target");
                }

                break;
            case PatchOp.RemoveMapping:
                if (!concept.Mappings.Remove((op.Relation!, op.Target!)))
                {
                    Error("mapping.missing", $"{concept.Name} has no {op.Relation} to <{op.Target}>", "target");
                }

                break;
            case PatchOp.Deprecate:
                concept.Deprecated = true;
                break;
            case PatchOp.Merge:
                Merge(concept, target!);
                break;
            case PatchOp.SetDefinition:
                break;
        }
    }

    public void CheckResult(List<PatchIssue> issues, ILabelLookup? lookup)
    {
        foreach (var concept in _drafts.Values.Where(d => d.Touched && !d.Deprecated))
        {
            void Error(string code, string message) => issues.Add(new(PatchSeverity.Error, code, message, concept.LastOperation, "text"));

            if (!concept.Labels.Any(l => l.Kind == LabelKind.Pref))
            {
                Error("label.no-pref", $"{concept.Name} would have no preferred label");
            }

            foreach (var lang in concept.Labels.Where(l => l.Kind == LabelKind.Pref).GroupBy(l => l.Lang).Where(g => g.Count() > 1))
            {
                Error("label.pref-duplicate", $"{concept.Name} would have {lang.Count()} preferred labels in '{lang.Key}': at most one per language (change the existing one instead)");
            }

            foreach (var overlap in concept.Labels.GroupBy(l => (l.Text, l.Lang)).Where(g => g.Count() > 1))
            {
                Error("label.kinds-overlap", $"\"{overlap.Key.Text}\"@{overlap.Key.Lang} would be both {string.Join(" and ", overlap.Select(l => l.Kind.ToString().ToLowerInvariant()))} label of {concept.Name}");
            }
        }

        foreach (var (concept, label, operation) in _addedLabels)
        {
            if (!concept.Deprecated && concept.Labels.Contains(label))
            {
                CheckClash(concept, label, operation, issues, lookup);
            }
        }

        foreach (var (concept, operation) in _hierarchyChanges)
        {
            CheckHierarchy(concept, operation, issues);
        }
    }

    private void CheckClash(ConceptDraft concept, Label label, int operation, List<PatchIssue> issues, ILabelLookup? lookup)
    {
        var key = PatchValidator.KeyOf(label.Text);
        var owners = lookup?.ConceptsWithKey(key) ?? thesaurus.Concepts.Values.Where(c => c.Labels.Any(l => PatchValidator.KeyOf(l.Text) == key)).Select(c => c.Iri);
        foreach (var ownerIri in owners.Distinct(StringComparer.Ordinal))
        {
            if (string.Equals(ownerIri, concept.Iri, StringComparison.Ordinal) || Get(ownerIri) is not { Deprecated: false } owner)
            {
                continue;
            }

            var same = owner.Labels.Where(l => PatchValidator.KeyOf(l.Text) == key).ToList();
            if (same.Count == 0)
            {
                continue;
            }

            var clash = label.Kind != LabelKind.Hidden
                && owner.Schemes.Overlaps(concept.Schemes)
                && same.Any(l => l.Kind != LabelKind.Hidden && l.Lang == label.Lang);
            issues.Add(clash
                ? new(PatchSeverity.Error, "label.clash", $"\"{label.Text}\"@{label.Lang} is already a label of {owner.Name} in the same scheme: two concepts of a scheme cannot share a preferred or alternative label", operation, "text")
                : new(PatchSeverity.Warning, "label.exists-elsewhere", $"\"{same[0].Text}\"@{same[0].Lang} is a label of {owner.Name} too <{owner.Iri}>", operation, "text"));
        }
    }

    private void CheckHierarchy(ConceptDraft concept, int operation, List<PatchIssue> issues)
    {
        if (Ancestors(concept.Iri).Contains(concept.Iri))
        {
            issues.Add(new(PatchSeverity.Error, "hierarchy.cycle", $"{concept.Name} would become broader than itself (a cycle in skos:broader)", operation, "target"));
        }

        foreach (var related in concept.Related)
        {
            if (Ancestors(concept.Iri).Contains(related) || Ancestors(related).Contains(concept.Iri))
            {
                issues.Add(new(PatchSeverity.Error, "related.hierarchy", $"{concept.Name} cannot be related to <{related}>: one is broader than the other", operation, "target"));
            }
        }
    }

    private HashSet<string> Ancestors(string iri)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        stack.Push(iri);
        while (stack.Count > 0 && seen.Count < 100_000)
        {
            foreach (var parent in BroaderOf(stack.Pop()))
            {
                if (seen.Add(parent))
                {
                    stack.Push(parent);
                }
            }
        }

        return seen;
    }

    private IEnumerable<string> BroaderOf(string iri) =>
        _drafts.TryGetValue(iri, out var draft) ? draft.Broader
        : thesaurus.TryGetConcept(iri, out var concept) ? concept.Broader
        : [];

    private bool Link(ConceptDraft concept, string relation, ConceptDraft target, bool add)
    {
        var (child, parent) = relation == "narrower" ? (target, concept) : (concept, target);
        bool changed;
        if (relation == "related")
        {
            changed = add ? concept.Related.Add(target.Iri) : concept.Related.Remove(target.Iri);
            _ = add ? target.Related.Add(concept.Iri) : target.Related.Remove(concept.Iri);
        }
        else
        {
            changed = add ? child.Broader.Add(parent.Iri) : child.Broader.Remove(parent.Iri);
        }

        if (changed && add)
        {
            _hierarchyChanges.Add((concept, concept.LastOperation));
        }

        return changed;
    }

    private static void Merge(ConceptDraft source, ConceptDraft target)
    {
        foreach (var label in source.Labels.ToList())
        {
            if (!target.Labels.Any(l => l.Text == label.Text && l.Lang == label.Lang))
            {
                target.Labels.Add(label with { Kind = LabelKind.Hidden });
            }

            if (label.Kind != LabelKind.Pref)
            {
                source.Labels.Remove(label);
            }
        }

        source.Deprecated = true;
    }

    private static string Describe(Label label) => $"{label.Kind.ToString().ToLowerInvariant()} label \"{label.Text}\"@{label.Lang}";

    private ConceptDraft? Get(string iri)
    {
        if (_drafts.TryGetValue(iri, out var draft))
        {
            return draft;
        }

        if (!thesaurus.TryGetConcept(iri, out var concept))
        {
            return null;
        }

        draft = new ConceptDraft(concept);
        _drafts[iri] = draft;
        return draft;
    }
}
