namespace Vocab.Core.Tests;

/// <summary>
/// Builds a thesaurus through the internal model, without RDF, for tests of the model and the checks
/// (the RDF projection itself is tested in Vocab.Rdf.Tests).
/// </summary>
internal sealed class ThesaurusBuilder
{
    public Thesaurus Thesaurus { get; } = new();

    public ThesaurusBuilder Concept(string iri, params Label[] labels)
    {
        var node = Described(iri);
        node.ConceptTypes++;
        Thesaurus.UpdateKinds(node);
        foreach (var label in labels)
        {
            RefBag<Label>.Change(ref node.Labels, label, 1);
        }

        return this;
    }

    public ThesaurusBuilder Broader(string narrower, string broader)
    {
        var child = Described(narrower);
        var parent = Thesaurus.GetOrAdd(broader);
        RefBag<string>.Change(ref child.Broader, parent.Key, 1);
        RefBag<string>.Change(ref parent.Narrower, child.Key, 1);
        parent.ObjectUses++;
        return this;
    }

    public ThesaurusBuilder Related(string a, string b)
    {
        var first = Described(a);
        var second = Thesaurus.GetOrAdd(b);
        RefBag<string>.Change(ref first.Extras.Related, second.Key, 1);
        RefBag<string>.Change(ref second.Extras.Related, first.Key, 1);
        second.ObjectUses++;
        return this;
    }

    private Node Described(string iri)
    {
        var node = Thesaurus.GetOrAdd(iri);
        node.SubjectCount++;
        return node;
    }
}
