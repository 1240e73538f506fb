using Vocab.Core;

namespace Vocab.Rdf.Skos;

/// <summary>
/// What the OWL/OBO mapping needs from an ontology, gathered as statements stream past: named classes, ontology IRIs,
/// and per named resource its labels, synonyms, definitions, comments, named superclasses and replacements.
/// Axioms, restrictions and everything else are not kept.
/// </summary>
internal sealed class OwlTerms
{
    public HashSet<string> Classes { get; } = new(StringComparer.Ordinal);

    public List<string> Ontologies { get; } = [];

    public Dictionary<string, OwlTerm> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>Collects one statement if the mapping reads its predicate.</summary>
    public void Observe(in Quad quad)
    {
        if (quad.Subject is not Iri subject)
        {
            return;
        }

        var predicate = quad.Predicate.Value;
        if (predicate == Iris.Rdf.Type)
        {
            if (quad.Obj is Iri { Value: Iris.Owl.Class })
            {
                Classes.Add(subject.Value);
            }
            else if (quad.Obj is Iri { Value: Iris.Owl.Ontology } && !Ontologies.Contains(subject.Value))
            {
                Ontologies.Add(subject.Value);
            }

            return;
        }

        switch (predicate)
        {
            case Iris.Rdf.RdfsLabel when quad.Obj is Literal label:
                Term(subject).Labels.Add(label);
                break;
            case Iris.Obo.HasExactSynonym or Iris.Obo.AlternativeTerm when quad.Obj is Literal synonym:
                Term(subject).Synonyms.Add((synonym, LabelKind.Alt));
                break;

            // Related, broad and narrow synonyms name a different (looser, wider, narrower) idea: showing them as
            // altLabels would claim they mean the same. As hiddenLabels they still let a raw dataset label match.
            case Iris.Obo.HasRelatedSynonym or Iris.Obo.HasBroadSynonym or Iris.Obo.HasNarrowSynonym when quad.Obj is Literal loose:
                Term(subject).Synonyms.Add((loose, LabelKind.Hidden));
                break;
            case Iris.Obo.Definition when quad.Obj is Literal definition:
                Term(subject).Notes.Add((definition, Iris.Skos.Definition));
                break;
            case Iris.Obo.EditorNote when quad.Obj is Literal editorNote:
                Term(subject).Notes.Add((editorNote, Iris.Skos.EditorialNote));
                break;
            case Iris.Obo.ExampleOfUsage when quad.Obj is Literal example:
                Term(subject).Notes.Add((example, Iris.Skos.Example));
                break;
            case Iris.Rdf.RdfsComment when quad.Obj is Literal comment && !string.IsNullOrWhiteSpace(comment.Value):
                Term(subject).Comments.Add(comment);
                break;
            case Iris.Rdf.RdfsSubClassOf when quad.Obj is Iri { Value: not Iris.Owl.Thing } superClass:
                Term(subject).SuperClasses.Add(superClass.Value);
                break;
            case Iris.Obo.TermReplacedBy when quad.Obj is Iri successor:
                Term(subject).ReplacedBy.Add(successor);
                break;
            case Iris.Owl.Deprecated when SkosPredicates.IsTrue(quad.Obj):
                Term(subject).Deprecated = true;
                break;
        }
    }

    /// <summary>Named classes with at least one <c>rdfs:label</c>: the ones that become concepts.</summary>
    public IEnumerable<string> LabelledClasses() =>
        Classes.Where(c => Terms.TryGetValue(c, out var term) && term.Labels.Count > 0);

    /// <summary>
    /// The ontology a class belongs to: the longest ontology IRI that prefixes the class IRI (several ontologies may be
    /// imported together), else the first ontology declared, else none.
    /// </summary>
    public string? OntologyOf(string classIri)
    {
        string? best = null;
        foreach (var ontology in Ontologies)
        {
            if (classIri.StartsWith(ontology, StringComparison.Ordinal) && (best is null || ontology.Length > best.Length))
            {
                best = ontology;
            }
        }

        return best ?? Ontologies.FirstOrDefault();
    }

    private OwlTerm Term(Iri subject)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Terms, subject.Value, out _);
        return slot ??= new OwlTerm(subject);
    }
}

/// <summary>The annotations of one named OWL resource that map onto SKOS.</summary>
internal sealed class OwlTerm(Iri iri)
{
    public Iri Iri { get; } = iri;

    public List<Literal> Labels { get; } = [];

    public List<(Literal Text, LabelKind Kind)> Synonyms { get; } = [];

    /// <summary>IAO annotations with the SKOS note property each maps to.</summary>
    public List<(Literal Text, string Property)> Notes { get; } = [];

    public List<Literal> Comments { get; } = [];

    public List<string> SuperClasses { get; } = [];

    public List<Iri> ReplacedBy { get; } = [];

    public bool Deprecated { get; set; }
}
