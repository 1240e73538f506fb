namespace Vocab.Rdf.Syntax.Turtle;

/// <summary>Which blank nodes can be nested or written as lists, and the orders statements are written in.</summary>
internal sealed partial class PrettyPrinter
{
    private NodeInfo Info(BlankNode node)
    {
        if (!_nodes.TryGetValue(node, out var info))
        {
            _nodes[node] = info = new NodeInfo();
        }

        return info;
    }

    /// <summary>
    /// Referenced exactly once, not a graph name, and described (if at all) only in the graph that references it:
    /// such a node can be written in place as [ ... ] without a label.
    /// </summary>
    private bool IsInlineable(BlankNode node)
    {
        var info = _nodes[node];
        return info.References == 1 && !info.IsGraphName
            && (info.SubjectGraphs == 0 || (info.SubjectGraphs == 1 && info.FirstSubjectGraph == info.ReferenceGraph));
    }

    /// <summary>Never referenced and described in one graph only: written as a subject '[]' without a label.</summary>
    private bool IsAnonymousSubject(BlankNode node)
    {
        var info = _nodes[node];
        return info.References == 0 && !info.IsGraphName && info.SubjectGraphs == 1;
    }

    /// <summary>The items when <paramref name="head"/> starts a well-formed list of inlineable cells ending in rdf:nil.</summary>
    private List<Term>? ListItems(GraphKey graph, BlankNode head)
    {
        if (_lists.TryGetValue(head, out var cached))
        {
            return cached;
        }

        var items = new List<Term>();
        var seen = new HashSet<BlankNode>();
        var subjects = _graphs[graph];
        Term cell = head;
        while (cell is BlankNode node && seen.Add(node) && IsInlineable(node)
               && subjects.TryGetValue(node, out var properties) && properties.Count == 2
               && properties[0].Predicate.Value == Vocabulary.Rdf.First
               && properties[1].Predicate.Value == Vocabulary.Rdf.Rest)
        {
            items.Add(properties[0].Object);
            cell = properties[1].Object;
        }

        var result = cell is Iri { Value: Vocabulary.Rdf.Nil } ? items : null;
        _lists[head] = result;
        return result;
    }

    /// <summary>The key of a graph (the default graph is the default value).</summary>
    private readonly record struct GraphKey(Term? Graph);

    private readonly record struct PredicateObject(Iri Predicate, Term Object)
    {
        /// <summary>rdf:type first, then predicates by IRI; objects in <see cref="TermOrder"/>.</summary>
        public static int Compare(PredicateObject a, PredicateObject b)
        {
            if (a.Predicate != b.Predicate)
            {
                var aType = a.Predicate.Value == Vocabulary.Rdf.Type;
                var bType = b.Predicate.Value == Vocabulary.Rdf.Type;
                return aType != bType ? (aType ? -1 : 1) : string.CompareOrdinal(a.Predicate.Value, b.Predicate.Value);
            }

            return TermOrder.Compare(a.Object, b.Object);
        }
    }

    private sealed class NodeInfo
    {
        public int References { get; set; }

        public GraphKey ReferenceGraph { get; set; }

        public bool IsGraphName { get; set; }

        public int SubjectGraphs { get; private set; }

        public GraphKey FirstSubjectGraph { get; private set; }

        public void AddSubjectGraph(GraphKey graph)
        {
            if (SubjectGraphs == 0)
            {
                FirstSubjectGraph = graph;
                SubjectGraphs = 1;
            }
            else if (SubjectGraphs == 1 && graph != FirstSubjectGraph)
            {
                SubjectGraphs = 2;
            }
        }
    }
}

/// <summary>A total order on terms: IRIs by value, then blank nodes by label, then literals by language, value and datatype.</summary>
internal static class TermOrder
{
    public static int Compare(Term? a, Term? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        var kind = Kind(a).CompareTo(Kind(b));
        if (kind != 0)
        {
            return kind;
        }

        return (a, b) switch
        {
            (Iri x, Iri y) => string.CompareOrdinal(x.Value, y.Value),
            (BlankNode x, BlankNode y) => string.CompareOrdinal(x.Label, y.Label),
            (Literal x, Literal y) => CompareLiterals(x, y),
            _ => 0,
        };
    }

    private static int CompareLiterals(Literal x, Literal y)
    {
        var c = string.CompareOrdinal(x.Language, y.Language);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.Value, y.Value);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Datatype, y.Datatype);
    }

    private static int Kind(Term? term) => term switch
    {
        null => 0,
        Iri => 1,
        BlankNode => 2,
        _ => 3,
    };
}
