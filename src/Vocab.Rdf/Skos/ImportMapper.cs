using Vocab.Core;

namespace Vocab.Rdf.Skos;

/// <summary>
/// Watches the statements of an import as they stream past and derives the SKOS statements the thesaurus needs
/// but the input only implies: plain labels from SKOS-XL labels, and (profile <see cref="ImportProfile.Owl"/>)
/// concepts from OWL/OBO classes. Call <see cref="Observe"/> for every parsed statement, in order, then
/// <see cref="Complete"/> once. Only what the mapping needs is kept (fingerprints of derivable statements,
/// SKOS-XL links and OWL annotations), never the whole graph. Derived statements reuse the subject and object
/// terms of the observed statements (blank nodes keep their labels) and are in the default graph.
/// </summary>
public sealed class ImportMapper
{
    private readonly ImportProfile _requested;
    private readonly StatementLedger _ledger = new();
    private readonly List<(Term Subject, LabelKind Kind, string Label)> _xlUses = [];
    private readonly Dictionary<string, List<Literal>> _xlForms = new(StringComparer.Ordinal);
    private readonly OwlTerms? _owl;
    private List<Quad>? _derived;
    private ImportSummary? _summary;

    /// <summary>Creates a mapper for one import (one or more files that are imported together).</summary>
    public ImportMapper(ImportProfile profile = ImportProfile.Auto)
    {
        _requested = profile;
        _owl = profile == ImportProfile.Skos ? null : new OwlTerms();
    }

    /// <summary>What the import brings; available after <see cref="Complete"/>.</summary>
    public ImportSummary Summary => _summary ?? throw new InvalidOperationException("The summary is known once Complete() has run.");

    /// <summary>Takes note of one input statement.</summary>
    public void Observe(in Quad quad)
    {
        if (_derived is not null)
        {
            throw new InvalidOperationException("Complete() has already run; start a new ImportMapper for a new import.");
        }

        if (SkosPredicates.KeyOf(quad.Subject) is not { } subject)
        {
            return;
        }

        switch (quad.Predicate.Value)
        {
            case Iris.SkosXl.PrefLabel or Iris.SkosXl.AltLabel or Iris.SkosXl.HiddenLabel:
                if (SkosPredicates.KeyOf(quad.Obj) is { } label)
                {
                    var kind = SkosPredicates.LabelKindOf(SkosPredicates.ByIri[quad.Predicate.Value]);
                    _xlUses.Add((quad.Subject, kind, label));
                }

                return;
            case Iris.SkosXl.LiteralForm:
                if (quad.Obj is Literal form)
                {
                    ref var forms = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_xlForms, subject, out _);
                    (forms ??= []).Add(form);
                }

                return;
        }

        _ledger.Record(subject, quad.Predicate.Value, quad.Obj);
        _owl?.Observe(quad);
    }

    /// <summary>Returns the derived statements (once; later calls return the same list) and fixes <see cref="Summary"/>.</summary>
    public IReadOnlyList<Quad> Complete()
    {
        if (_derived is not null)
        {
            return _derived;
        }

        _derived = [];
        foreach (var (subject, kind, label) in _xlUses)
        {
            if (_xlForms.TryGetValue(label, out var forms))
            {
                foreach (var form in forms)
                {
                    Emit(subject, StatementLedger.LabelProperty(kind), form);
                }
            }
        }

        var profile = _requested;
        if (profile == ImportProfile.Auto)
        {
            profile = _owl!.LabelledClasses().Any() && _ledger.Concepts == 0 ? ImportProfile.Owl : ImportProfile.Skos;
        }

        if (profile == ImportProfile.Owl)
        {
            new OwlToSkos(_owl!, _ledger, Emit).Map();
        }

        _summary = new ImportSummary(profile, _ledger.Concepts, _ledger.LabelCounts(), _derived.Count, _ledger.Schemes);
        return _derived;
    }

    private void Emit(Term subject, Iri predicate, Term obj)
    {
        if (_ledger.Record(SkosPredicates.KeyOf(subject)!, predicate.Value, obj))
        {
            _derived!.Add(new Quad(subject, predicate, obj));
        }
    }
}
