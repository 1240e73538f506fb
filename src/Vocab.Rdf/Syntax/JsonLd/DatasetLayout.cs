namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>The statements of one subject in one graph: its types and its other properties, in the order they came.</summary>
internal sealed class NodeLayout(Term subject)
{
    private readonly Dictionary<Iri, TermList> _byPredicate = [];
    private readonly TermList _types = new();

    public Term Subject { get; } = subject;

    /// <summary>Objects of rdf:type that are IRIs or blank nodes (written as <c>@type</c>).</summary>
    public List<Term> Types => _types.Items;

    public List<KeyValuePair<Iri, List<Term>>> Properties { get; } = [];

    /// <summary>Adds a type; false when the statement is already there.</summary>
    public bool AddType(Term type) => _types.Add(type);

    /// <summary>Adds a property value; false when the statement is already there.</summary>
    public bool Add(Iri predicate, Term obj)
    {
        if (!_byPredicate.TryGetValue(predicate, out var objects))
        {
            objects = new TermList();
            _byPredicate.Add(predicate, objects);
            Properties.Add(new(predicate, objects.Items));
        }

        return objects.Add(obj);
    }

    public List<Term>? Get(Iri predicate) => _byPredicate.GetValueOrDefault(predicate)?.Items;

    /// <summary>
    /// Terms in insertion order without duplicates. Most lists are short and searched in place;
    /// a set is built only for long ones (a scheme's thousands of top concepts).
    /// </summary>
    private sealed class TermList
    {
        private const int SetThreshold = 16;
        private HashSet<Term>? _set;

        public List<Term> Items { get; } = [];

        public bool Add(Term term)
        {
            if (_set is null && Items.Count >= SetThreshold)
            {
                _set = [.. Items];
            }

            if (_set is not null ? !_set.Add(term) : Items.Contains(term))
            {
                return false;
            }

            Items.Add(term);
            return true;
        }
    }
}

/// <summary>The subjects of one graph; <see cref="Name"/> is null for the default graph.</summary>
internal sealed class GraphLayout(Term? name)
{
    private readonly Dictionary<Term, NodeLayout> _nodes = [];

    public Term? Name { get; } = name;

    public NodeLayout GetOrAdd(Term subject)
    {
        if (!_nodes.TryGetValue(subject, out var node))
        {
            node = new NodeLayout(subject);
            _nodes.Add(subject, node);
        }

        return node;
    }

    public NodeLayout? Get(Term subject) => _nodes.GetValueOrDefault(subject);

    public IEnumerable<NodeLayout> Nodes => _nodes.Values;

    /// <summary>Subjects in a stable order: IRIs by value, then blank nodes by label.</summary>
    public IEnumerable<NodeLayout> Sorted() => _nodes.Values.OrderBy(n => n.Subject, TermOrder.Instance);
}

/// <summary>
/// A dataset grouped for writing, with what decides nesting: how often each blank node is referenced,
/// in which graph it is described, and which terms name graphs.
/// </summary>
internal sealed class DatasetLayout
{
    private static readonly Iri RdfType = new(Vocabulary.Rdf.Type);
    private static readonly Iri RdfFirst = new(Vocabulary.Rdf.First);
    private static readonly Iri RdfRest = new(Vocabulary.Rdf.Rest);

    private readonly Dictionary<BlankNode, int> _references = [];
    private readonly Dictionary<BlankNode, GraphLayout> _describedIn = [];
    private readonly HashSet<BlankNode> _describedInSeveral = [];
    private readonly Dictionary<Term, GraphLayout> _named = [];

    /// <summary>Adds one statement; a statement already added is ignored.</summary>
    public void Add(in Quad quad)
    {
        var graph = quad.Graph is null ? Default : Named(quad.Graph);
        var node = graph.GetOrAdd(quad.Subject);
        if (quad.Subject is BlankNode subject && !_describedIn.TryAdd(subject, graph) && _describedIn[subject] != graph)
        {
            _describedInSeveral.Add(subject);
        }

        if (quad.Predicate == RdfType && quad.Obj is not Literal)
        {
            if (node.AddType(quad.Obj))
            {
                // A blank node in "@type" is written by label, so it counts as referenced more than once.
                Reference(quad.Obj, 2);
            }
        }
        else if (node.Add(quad.Predicate, quad.Obj))
        {
            Reference(quad.Obj, 1);
        }
    }

    public GraphLayout Default { get; } = new(null);

    public IEnumerable<GraphLayout> NamedGraphs => _named.Values.OrderBy(g => g.Name, TermOrder.Instance);

    public GraphLayout? NamedGraph(Term name) => _named.GetValueOrDefault(name);

    public int References(BlankNode node) => _references.GetValueOrDefault(node);

    public bool IsGraphName(Term term) => _named.ContainsKey(term);

    /// <summary>Whether a blank node must carry its label: it is used, names a graph, or is described in several graphs.</summary>
    public bool NeedsLabel(BlankNode node) =>
        References(node) > 0 || _named.ContainsKey(node) || _describedInSeveral.Contains(node);

    /// <summary>
    /// A blank node that may be written inline where it is used: referenced exactly once, not a graph name,
    /// and described (if at all) only in <paramref name="graph"/>.
    /// </summary>
    public bool IsNestable(BlankNode node, GraphLayout graph) =>
        References(node) == 1 && !_named.ContainsKey(node) && !_describedInSeveral.Contains(node)
        && (!_describedIn.TryGetValue(node, out var described) || described == graph);

    /// <summary>
    /// The items of a well-formed RDF list starting at <paramref name="head"/>: every cell a nestable blank node
    /// with exactly one rdf:first and one rdf:rest and nothing else, ending in rdf:nil.
    /// </summary>
    public bool TryGetList(BlankNode head, GraphLayout graph, Func<BlankNode, bool> available, out List<Term> items, out List<BlankNode> cells)
    {
        items = [];
        cells = [];
        Term current = head;
        while (current is not Iri { Value: Vocabulary.Rdf.Nil })
        {
            if (current is not BlankNode cell || !IsNestable(cell, graph) || !available(cell) || cells.Contains(cell)
                || graph.Get(cell) is not { Types.Count: 0, Properties.Count: 2 } node
                || node.Get(RdfFirst) is not [var first] || node.Get(RdfRest) is not [var rest])
            {
                return false;
            }

            items.Add(first);
            cells.Add(cell);
            current = rest;
        }

        return true;
    }

    /// <summary>
    /// The IRIs the document may spell out (so that the context lists only prefixes in use). The rdf:first and
    /// rdf:rest of cells that will be written as <c>@list</c> are left out; if one is written after all, the
    /// writer spells it in full because its prefix is not in the context.
    /// </summary>
    public IEnumerable<string> SpelledIris()
    {
        foreach (var graph in _named.Values.Prepend(Default))
        {
            if (graph.Name is Iri name)
            {
                yield return name.Value;
            }

            foreach (var node in graph.Nodes)
            {
                if (node.Subject is Iri subject)
                {
                    yield return subject.Value;
                }

                foreach (var type in node.Types.OfType<Iri>())
                {
                    yield return type.Value;
                }

                var listCell = node.Subject is BlankNode cell && References(cell) == 1 && node is { Types.Count: 0, Properties.Count: 2 }
                    && node.Get(RdfFirst) is [_] && node.Get(RdfRest) is [_];
                foreach (var (predicate, objects) in node.Properties)
                {
                    if (!listCell)
                    {
                        yield return predicate.Value;
                    }

                    foreach (var obj in objects)
                    {
                        if (obj is Iri { Value: not Vocabulary.Rdf.Nil } iri)
                        {
                            yield return iri.Value;
                        }
                        else if (obj is Literal { Language: null } literal && !NodeObjectWriter.IsNative(literal))
                        {
                            yield return literal.Datatype;
                        }
                    }
                }
            }
        }
    }

    private GraphLayout Named(Term name)
    {
        if (!_named.TryGetValue(name, out var graph))
        {
            graph = new GraphLayout(name);
            _named.Add(name, graph);
        }

        return graph;
    }

    private void Reference(Term obj, int weight)
    {
        if (obj is BlankNode node)
        {
            _references[node] = References(node) + weight;
        }
    }
}

/// <summary>IRIs before blank nodes, each by ordinal value, so output does not depend on input order.</summary>
internal sealed class TermOrder : IComparer<Term?>
{
    public static readonly TermOrder Instance = new();

    public int Compare(Term? x, Term? y) => (x, y) switch
    {
        (Iri a, Iri b) => string.CompareOrdinal(a.Value, b.Value),
        (BlankNode a, BlankNode b) => string.CompareOrdinal(a.Label, b.Label),
        (Iri, _) => -1,
        (_, Iri) => 1,
        _ => 0,
    };
}
