using System.Diagnostics.CodeAnalysis;

namespace Vocab.Core;

/// <summary>
/// The in-memory SKOS thesaurus: concepts, schemes and collections by IRI, kept current by a projection that
/// applies statements (Vocab.Rdf's ThesaurusProjection). It is a live structure, not a snapshot: readers must not
/// enumerate it while statements are being applied (the owner serialises updates and reads, or builds a new one).
/// </summary>
public sealed class Thesaurus
{
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Concept> _concepts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConceptScheme> _schemes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Collection> _collections = new(StringComparer.Ordinal);

    // Language tags repeat on every label; one shared instance per tag keeps a million labels from holding a million "en"s.
    private readonly Dictionary<string, string> _languages = new(StringComparer.Ordinal) { [""] = "" };

    /// <summary>The change-log sequence number the thesaurus reflects.</summary>
    public long Sequence { get; set; }

    /// <summary>Resources typed <c>skos:Concept</c>, by IRI.</summary>
    public IReadOnlyDictionary<string, Concept> Concepts => _concepts;

    /// <summary>Resources typed <c>skos:ConceptScheme</c>, by IRI.</summary>
    public IReadOnlyDictionary<string, ConceptScheme> Schemes => _schemes;

    /// <summary>Resources typed <c>skos:Collection</c> or <c>skos:OrderedCollection</c>, by IRI.</summary>
    public IReadOnlyDictionary<string, Collection> Collections => _collections;

    /// <summary>Every resource that is the subject of at least one statement (what a reference may point to without dangling).</summary>
    public IEnumerable<string> DescribedResources => _nodes.Values.Where(n => n.SubjectCount > 0).Select(n => n.Key);

    internal IEnumerable<Node> Nodes => _nodes.Values;

    /// <summary>Looks a concept up by IRI.</summary>
    public bool TryGetConcept(string iri, [MaybeNullWhen(false)] out Concept concept) => _concepts.TryGetValue(iri, out concept);

    /// <summary>Concepts in a scheme (by <c>skos:inScheme</c>, <c>skos:topConceptOf</c> or the scheme's <c>skos:hasTopConcept</c>).</summary>
    public IEnumerable<Concept> ConceptsInScheme(string schemeIri)
    {
        if (!_nodes.TryGetValue(schemeIri, out var scheme) || scheme.More?.SchemeMembers is not { } members)
        {
            yield break;
        }

        foreach (var member in members)
        {
            if (_concepts.TryGetValue(member, out var concept))
            {
                yield return concept;
            }
        }
    }

    /// <summary>The SKOS classes <paramref name="iri"/> is typed with (several at once is an integrity error).</summary>
    public ResourceKinds KindsOf(string iri) => _nodes.TryGetValue(iri, out var node) ? node.Kinds : ResourceKinds.None;

    /// <summary>True when <paramref name="iri"/> is the subject of at least one statement.</summary>
    public bool IsDescribed(string iri) => _nodes.TryGetValue(iri, out var node) && node.SubjectCount > 0;

    /// <summary>Counts of concepts, schemes, collections and labels per language and kind, computed now.</summary>
    public ThesaurusStatistics GetStatistics() => ThesaurusStatistics.Compute(this);

    internal Node? Find(string key) => _nodes.TryGetValue(key, out var node) ? node : null;

    internal Node GetOrAdd(string key)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_nodes, key, out _);
        return slot ??= new Node(key);
    }

    /// <summary>Forgets a resource nothing refers to any more, so removing every statement leaves an empty thesaurus.</summary>
    internal void ReleaseIfUnused(Node node)
    {
        if (!node.InUse)
        {
            _nodes.Remove(node.Key);
        }
    }

    internal string Language(string tag)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_languages, tag, out _);
        return slot ??= tag;
    }

    /// <summary>Files a resource under the class dictionaries after one of its type counts changed.</summary>
    internal void UpdateKinds(Node node)
    {
        if (node.ConceptTypes > 0)
        {
            _concepts.TryAdd(node.Key, node.ConceptView ??= new Concept(node));
        }
        else
        {
            _concepts.Remove(node.Key);
        }

        if (node.SchemeTypes > 0)
        {
            _schemes.TryAdd(node.Key, node.Extras.SchemeView ??= new ConceptScheme(node));
        }
        else
        {
            _schemes.Remove(node.Key);
        }

        if (node.CollectionTypes > 0)
        {
            _collections.TryAdd(node.Key, node.Extras.CollectionView ??= new Collection(node));
        }
        else
        {
            _collections.Remove(node.Key);
        }
    }
}
