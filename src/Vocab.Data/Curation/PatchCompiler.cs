using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>
/// Turns a validated patch into the statements to remove and add, reading the current statements of the concepts it
/// touches (exact literal forms and graphs) from the store. Runs under the write lock, so what it reads is what the
/// change replaces. Statements go to the graph that already describes their subject (a new concept: its scheme's graph).
/// </summary>
internal sealed class PatchCompiler(VocabStore store)
{
    private static readonly Iri Type = new(Vocabulary.Rdf.Type);
    private static readonly Iri SkosConcept = new(Iris.Skos.Concept);
    private static readonly Iri InScheme = new(Iris.Skos.InScheme);
    private static readonly Iri TopConceptOf = new(Iris.Skos.TopConceptOf);
    private static readonly Iri Broader = new(Iris.Skos.Broader);
    private static readonly Iri Narrower = new(Iris.Skos.Narrower);
    private static readonly Iri Related = new(Iris.Skos.Related);
    private static readonly Iri Definition = new(Iris.Skos.Definition);
    private static readonly Iri Deprecated = new(Iris.Owl.Deprecated);
    private static readonly Iri IsReplacedBy = new(Iris.Dct.IsReplacedBy);
    private static readonly Iri HiddenLabel = new(Iris.Skos.HiddenLabel);

    private readonly Dictionary<string, IReadOnlyList<Quad>> _described = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term> _newGraphs = new(StringComparer.Ordinal);

    public List<Quad> Removed { get; } = [];

    public List<Quad> Added { get; } = [];

    public async Task CompileAsync(IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken)
    {
        foreach (var op in operations)
        {
            var concept = new Iri(op.Concept);
            switch (op.Op)
            {
                case PatchOp.CreateConcept:
                    var schemeGraph = await GraphOfAsync(op.Target!, cancellationToken).ConfigureAwait(false);
                    _newGraphs[op.Concept] = schemeGraph;
                    Add(new Quad(concept, Type, SkosConcept, schemeGraph));
                    Add(new Quad(concept, InScheme, new Iri(op.Target!), schemeGraph));
                    if (!operations.Any(o => o.Op == PatchOp.AddRelation && o.Concept == op.Concept && o.Relation == "broader"))
                    {
                        Add(new Quad(concept, TopConceptOf, new Iri(op.Target!), schemeGraph));
                    }

                    break;
                case PatchOp.AddLabel:
                    Add(new Quad(concept, LabelPredicate(op.LabelKind!.Value), Literal.LangString(op.Text!, op.Lang!), await GraphOfAsync(op.Concept, cancellationToken).ConfigureAwait(false)));
                    break;
                case PatchOp.RemoveLabel:
                    await RemoveWhereAsync(op.Concept, q => q.Predicate == LabelPredicate(op.LabelKind!.Value) && IsText(q.Obj, op.Text!, op.Lang!), cancellationToken).ConfigureAwait(false);
                    break;
                case PatchOp.SetDefinition:
                    await RemoveWhereAsync(op.Concept, q => q.Predicate == Definition && q.Obj is Literal { Language: { } l } && LanguageTags.Matches(l, op.Lang!) && l.Length == op.Lang!.Length, cancellationToken).ConfigureAwait(false);
                    Add(new Quad(concept, Definition, Literal.LangString(op.Text!, op.Lang!), await GraphOfAsync(op.Concept, cancellationToken).ConfigureAwait(false)));
                    break;
                case PatchOp.AddRelation:
                    await AddRelationAsync(op, cancellationToken).ConfigureAwait(false);
                    break;
                case PatchOp.RemoveRelation:
                    await RemoveRelationAsync(op.Concept, op.Target!, op.Relation!, cancellationToken).ConfigureAwait(false);
                    break;
                case PatchOp.AddMapping:
                    Add(new Quad(concept, new Iri(Iris.Skos.Ns + op.Relation), new Iri(op.Target!), await GraphOfAsync(op.Concept, cancellationToken).ConfigureAwait(false)));
                    break;
                case PatchOp.RemoveMapping:
                    await RemoveWhereAsync(op.Concept, q => q.Predicate.Value == Iris.Skos.Ns + op.Relation && q.Obj is Iri t && t.Value == op.Target, cancellationToken).ConfigureAwait(false);
                    break;
                case PatchOp.Deprecate:
                    await DeprecateAsync(op.Concept, op.Target, cancellationToken).ConfigureAwait(false);
                    break;
                case PatchOp.Merge:
                    await MergeAsync(op.Concept, op.Target!, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task AddRelationAsync(PatchOperation op, CancellationToken cancellationToken)
    {
        // skos:broader is written on the narrower concept, as the shipped thesaurus does; the projection infers narrower.
        var (subject, predicate, obj) = op.Relation switch
        {
            "broader" => (op.Concept, Broader, op.Target!),
            "narrower" => (op.Target!, Broader, op.Concept),
            _ => (op.Concept, Related, op.Target!),
        };
        Add(new Quad(new Iri(subject), predicate, new Iri(obj), await GraphOfAsync(subject, cancellationToken).ConfigureAwait(false)));
    }

    private async Task RemoveRelationAsync(string concept, string target, string relation, CancellationToken cancellationToken)
    {
        bool Links(Quad q, string from, string to, params Iri[] predicates) =>
            q.Subject is Iri s && s.Value == from && q.Obj is Iri o && o.Value == to && predicates.Contains(q.Predicate);

        var (child, parent) = relation == "narrower" ? (target, concept) : (concept, target);
        if (relation == "related")
        {
            await RemoveWhereAsync(concept, q => Links(q, concept, target, Related), cancellationToken).ConfigureAwait(false);
            await RemoveWhereAsync(target, q => Links(q, target, concept, Related), cancellationToken).ConfigureAwait(false);
            return;
        }

        await RemoveWhereAsync(child, q => Links(q, child, parent, Broader), cancellationToken).ConfigureAwait(false);
        await RemoveWhereAsync(parent, q => Links(q, parent, child, Narrower), cancellationToken).ConfigureAwait(false);
    }

    private async Task DeprecateAsync(string concept, string? replacedBy, CancellationToken cancellationToken)
    {
        var graph = await GraphOfAsync(concept, cancellationToken).ConfigureAwait(false);
        Add(new Quad(new Iri(concept), Deprecated, new Literal("true", Vocabulary.Xsd.Boolean), graph));
        if (replacedBy is not null)
        {
            Add(new Quad(new Iri(concept), IsReplacedBy, new Iri(replacedBy), graph));
        }
    }

    /// <summary>
    /// The source keeps its IRI and prefLabels (so the old IRI still resolves and reads well) but is deprecated and
    /// replaced by the target; its labels become hidden labels of the target, so data labelled the old way still
    /// normalizes to the target; its narrower concepts move under the target.
    /// </summary>
    private async Task MergeAsync(string source, string target, CancellationToken cancellationToken)
    {
        await DeprecateAsync(source, target, cancellationToken).ConfigureAwait(false);
        var targetGraph = await GraphOfAsync(target, cancellationToken).ConfigureAwait(false);
        var targetLabels = (await DescribeAsync(target, cancellationToken).ConfigureAwait(false))
            .Where(q => IsLabelPredicate(q.Predicate)).Select(q => q.Obj).ToHashSet();
        foreach (var quad in await DescribeAsync(source, cancellationToken).ConfigureAwait(false))
        {
            if (!IsLabelPredicate(quad.Predicate) || quad.Subject is not Iri s || s.Value != source)
            {
                continue;
            }

            if (targetLabels.Add(quad.Obj))
            {
                Add(new Quad(new Iri(target), HiddenLabel, quad.Obj, targetGraph));
            }

            if (quad.Predicate.Value != Iris.Skos.PrefLabel)
            {
                Removed.Add(quad);
            }
        }

        foreach (var child in await store.ReadSubjectsAsync([Broader.ToNTriples()], new Iri(source).ToNTriples(), cancellationToken).ConfigureAwait(false))
        {
            var childIri = child.Trim('<', '>');
            if (childIri == target)
            {
                continue;
            }

            await RemoveWhereAsync(childIri, q => q.Predicate == Broader && q.Obj is Iri o && o.Value == source, cancellationToken).ConfigureAwait(false);
            Add(new Quad(new Iri(childIri), Broader, new Iri(target), await GraphOfAsync(childIri, cancellationToken).ConfigureAwait(false)));
        }
    }

    private void Add(Quad quad)
    {
        // A statement the same patch removed and adds again is simply kept.
        if (Removed.Remove(quad))
        {
            return;
        }

        Added.Add(quad);
    }

    private async Task RemoveWhereAsync(string subject, Func<Quad, bool> predicate, CancellationToken cancellationToken)
    {
        foreach (var quad in await DescribeAsync(subject, cancellationToken).ConfigureAwait(false))
        {
            if (quad.Subject is Iri s && s.Value == subject && predicate(quad) && !Added.Remove(quad))
            {
                Removed.Add(quad);
            }
        }
    }

    private async Task<Term> GraphOfAsync(string subject, CancellationToken cancellationToken)
    {
        if (_newGraphs.TryGetValue(subject, out var graph))
        {
            return graph;
        }

        var quads = await DescribeAsync(subject, cancellationToken).ConfigureAwait(false);
        return quads.FirstOrDefault(q => q.Subject is Iri s && s.Value == subject).Graph
            ?? throw new InvalidOperationException($"<{subject}> has no statements in the store");
    }

    private async Task<IReadOnlyList<Quad>> DescribeAsync(string subject, CancellationToken cancellationToken)
    {
        if (!_described.TryGetValue(subject, out var quads))
        {
            quads = await store.DescribeAsync(subject, cancellationToken).ConfigureAwait(false);
            _described[subject] = quads;
        }

        return quads;
    }

    private static Iri LabelPredicate(LabelKind kind) => new(kind switch
    {
        LabelKind.Pref => Iris.Skos.PrefLabel,
        LabelKind.Alt => Iris.Skos.AltLabel,
        _ => Iris.Skos.HiddenLabel,
    });

    private static bool IsLabelPredicate(Iri predicate) =>
        predicate.Value is Iris.Skos.PrefLabel or Iris.Skos.AltLabel or Iris.Skos.HiddenLabel;

    private static bool IsText(Term term, string text, string lang) =>
        term is Literal literal && literal.Value == text && string.Equals(literal.Language ?? "", lang, StringComparison.OrdinalIgnoreCase);
}
