namespace Vocab.Rdf.Syntax.Turtle;

/// <summary>
/// Lays out a dataset as Turtle or TriG: statements grouped by graph and subject, subjects sorted (IRIs, then
/// blank nodes), rdf:type first as 'a', blank nodes referenced once nested as [ ... ], well-formed lists as ( ... ).
/// </summary>
internal sealed partial class PrettyPrinter
{
    private const int IndentStep = 4;
    private const int MaxLineWidth = 100;
    private const string Spaces = "                                ";

    private readonly Dictionary<GraphKey, Dictionary<Term, List<PredicateObject>>> _graphs = [];
    private readonly Dictionary<BlankNode, NodeInfo> _nodes = [];
    private readonly Dictionary<BlankNode, List<Term>?> _lists = [];
    private readonly HashSet<BlankNode> _written = [];
    private readonly TurtleTermFormatter _terms;
    private TextWriter _out = TextWriter.Null;

    public PrettyPrinter(IEnumerable<Quad> quads, RdfWriterOptions options)
    {
        _terms = new TurtleTermFormatter(options);
        foreach (var quad in quads)
        {
            var key = new GraphKey(quad.Graph);
            if (!_graphs.TryGetValue(key, out var subjects))
            {
                _graphs[key] = subjects = [];
            }

            if (!subjects.TryGetValue(quad.Subject, out var properties))
            {
                subjects[quad.Subject] = properties = [];
            }

            properties.Add(new PredicateObject(quad.Predicate, quad.Obj));
        }

        // Sorting puts duplicate statements next to each other; dropping them here makes the graph a set
        // before blank node references are counted.
        foreach (var (key, subjects) in _graphs)
        {
            foreach (var (subject, properties) in subjects)
            {
                properties.Sort(PredicateObject.Compare);
                var kept = 0;
                for (var i = 0; i < properties.Count; i++)
                {
                    if (i == 0 || PredicateObject.Compare(properties[i], properties[kept - 1]) != 0)
                    {
                        properties[kept++] = properties[i];
                        if (properties[i].Object is BlankNode obj)
                        {
                            var info = Info(obj);
                            info.References++;
                            info.ReferenceGraph = key;
                        }
                    }
                }

                properties.RemoveRange(kept, properties.Count - kept);
                if (subject is BlankNode node)
                {
                    Info(node).AddSubjectGraph(key);
                }
            }

            if (key.Graph is BlankNode graph)
            {
                Info(graph).IsGraphName = true;
            }
        }
    }

    /// <summary>Writes the document: a dry run first finds the prefixes the text uses, so only those are declared.</summary>
    public void Write(TextWriter output, bool trig)
    {
        Render(trig);
        _written.Clear();
        _out = output;
        if (_terms.BaseIri is { } baseIri)
        {
            output.Write("@base ");
            output.Write(TurtleTermFormatter.Angle(baseIri));
            output.Write(" .\n");
        }

        foreach (var (prefix, ns) in _terms.UsedPrefixes)
        {
            output.Write("@prefix ");
            output.Write(prefix);
            output.Write(": ");
            output.Write(TurtleTermFormatter.Angle(ns));
            output.Write(" .\n");
        }

        if (_terms.BaseIri is not null || _terms.UsedPrefixes.Any())
        {
            output.Write('\n');
        }

        Render(trig);
        output.Flush();
    }

    private void Render(bool trig)
    {
        var first = true;
        if (_graphs.TryGetValue(default, out var defaultGraph))
        {
            WriteGraphBody(default, defaultGraph, 0, ref first);
        }

        var named = _graphs.Keys.Where(k => k.Graph is not null).Select(k => k.Graph!).ToList();
        named.Sort(TermOrder.Compare);
        foreach (var graph in named)
        {
            var key = new GraphKey(graph);
            if (!trig)
            {
                WriteGraphBody(key, _graphs[key], 0, ref first);
                continue;
            }

            if (!first)
            {
                _out.Write('\n');
            }

            first = false;
            _out.Write(graph is BlankNode node ? _terms.Label(node) : _terms.Iri(((Iri)graph).Value));
            _out.Write(" {\n");
            var firstInGraph = true;
            WriteGraphBody(key, _graphs[key], IndentStep, ref firstInGraph);
            _out.Write("}\n");
        }
    }

    private void WriteGraphBody(GraphKey graph, Dictionary<Term, List<PredicateObject>> subjects, int indent, ref bool first)
    {
        var roots = subjects.Keys.Where(s => s is not BlankNode node || !IsInlineable(node)).ToList();
        roots.Sort(TermOrder.Compare);
        foreach (var subject in roots)
        {
            WriteSubject(graph, subject, subjects[subject], indent, ref first);
        }

        // Nodes referenced once only from inside their own cycle are reachable from no root: label one and go on.
        var rest = subjects.Keys.OfType<BlankNode>().Where(IsInlineable).ToList();
        rest.Sort(TermOrder.Compare);
        foreach (var node in rest)
        {
            if (_written.Add(node))
            {
                WriteSubject(graph, node, subjects[node], indent, ref first);
            }
        }
    }

    private void WriteSubject(GraphKey graph, Term subject, List<PredicateObject> properties, int indent, ref bool first)
    {
        if (!first)
        {
            _out.Write('\n');
        }

        first = false;
        Indent(indent);
        _out.Write(subject switch
        {
            BlankNode node when IsAnonymousSubject(node) => "[]",
            BlankNode node => _terms.Label(node),
            _ => _terms.Iri(((Iri)subject).Value),
        });
        _out.Write(' ');
        WritePredicateObjectList(graph, properties, indent + IndentStep);
        _out.Write(" .\n");
    }

    private void WritePredicateObjectList(GraphKey graph, List<PredicateObject> properties, int indent)
    {
        for (var start = 0; start < properties.Count;)
        {
            var predicate = properties[start].Predicate;
            var end = start + 1;
            while (end < properties.Count && properties[end].Predicate == predicate)
            {
                end++;
            }

            if (start > 0)
            {
                _out.Write(" ;\n");
                Indent(indent);
            }

            var predicateText = _terms.Predicate(predicate);
            _out.Write(predicateText);
            _out.Write(' ');
            var oneLine = indent + predicateText.Length + EstimateWidth(properties, start, end) <= MaxLineWidth;
            for (var i = start; i < end; i++)
            {
                if (i > start)
                {
                    _out.Write(',');
                    if (oneLine)
                    {
                        _out.Write(' ');
                    }
                    else
                    {
                        _out.Write('\n');
                        Indent(indent + IndentStep);
                    }
                }

                WriteObject(graph, properties[i].Object, oneLine ? indent : indent + IndentStep);
            }

            start = end;
        }
    }

    /// <summary>Roughly how wide the objects are on one line; a nested blank node counts as too wide.</summary>
    private int EstimateWidth(List<PredicateObject> properties, int start, int end)
    {
        var width = 2 * (end - start);
        for (var i = start; i < end && width <= MaxLineWidth; i++)
        {
            width += properties[i].Object switch
            {
                Iri iri => _terms.Iri(iri.Value).Length,
                Literal literal => literal.Value.Length + (literal.Language?.Length ?? 0) + 12,
                BlankNode node when end - start > 1 && IsInlineable(node) => MaxLineWidth,
                _ => 8,
            };
        }

        return width;
    }

    private void WriteObject(GraphKey graph, Term obj, int indent)
    {
        switch (obj)
        {
            case Iri { Value: Vocabulary.Rdf.Nil }:
                _out.Write("()");
                return;
            case Iri iri:
                _out.Write(_terms.Iri(iri.Value));
                return;
            case Literal literal:
                _terms.WriteLiteral(_out, literal);
                return;
        }

        var node = (BlankNode)obj;
        if (!IsInlineable(node) || !_written.Add(node))
        {
            _out.Write(_terms.Label(node));
        }
        else if (ListItems(graph, node) is { } items)
        {
            WriteList(graph, node, items, indent);
        }
        else
        {
            WriteNested(graph, node, indent);
        }
    }

    private void WriteList(GraphKey graph, BlankNode head, List<Term> items, int indent)
    {
        // Every cell of the list is consumed here.
        for (var cell = head; ;)
        {
            _written.Add(cell);
            var rest = _graphs[graph][cell].First(po => po.Predicate.Value == Vocabulary.Rdf.Rest).Object;
            if (rest is not BlankNode next)
            {
                break;
            }

            cell = next;
        }

        _out.Write('(');
        foreach (var item in items)
        {
            _out.Write(' ');
            WriteObject(graph, item, indent);
        }

        _out.Write(" )");
    }

    private void WriteNested(GraphKey graph, BlankNode node, int indent)
    {
        if (!_graphs[graph].TryGetValue(node, out var properties))
        {
            _out.Write("[]");
            return;
        }

        if (properties.Count == 1 && !(properties[0].Object is BlankNode inner && IsInlineable(inner) && !_written.Contains(inner)))
        {
            _out.Write("[ ");
            WritePredicateObjectList(graph, properties, indent + IndentStep);
            _out.Write(" ]");
            return;
        }

        _out.Write("[\n");
        Indent(indent + IndentStep);
        WritePredicateObjectList(graph, properties, indent + IndentStep);
        _out.Write('\n');
        Indent(indent);
        _out.Write(']');
    }

    private void Indent(int count)
    {
        for (; count > Spaces.Length; count -= Spaces.Length)
        {
            _out.Write(Spaces);
        }

        _out.Write(Spaces.AsSpan(0, count));
    }
}
