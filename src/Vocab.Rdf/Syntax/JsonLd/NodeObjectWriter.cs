using System.Globalization;
using System.Text.Json;

namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>
/// Writes the node objects of a <see cref="DatasetLayout"/>: one per subject at the top of each graph, blank nodes
/// that are used once nested where they are used, well-formed RDF lists as <c>@list</c>, and named graphs as
/// <c>@graph</c> of the node that names them.
/// </summary>
internal sealed class NodeObjectWriter(Utf8JsonWriter json, DatasetLayout layout, JsonLdNames names, Action afterTopLevelNode)
{
    // Blank nodes nest at most this deep, which keeps the writer's recursion and the JSON depth bounded.
    private const int MaxNesting = 64;

    private readonly HashSet<BlankNode> _written = [];
    private readonly HashSet<BlankNode> _pinned = [];
    private readonly HashSet<GraphLayout> _graphsWritten = [];
    private int _depth;

    /// <summary>Writes the default graph's nodes, then every named graph that no default-graph node carried.</summary>
    public void WriteDataset()
    {
        WriteGraphNodes(layout.Default);
        foreach (var graph in layout.NamedGraphs)
        {
            if (_graphsWritten.Contains(graph))
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteString(Keywords.Id, names.Id(graph.Name!));
            WriteNamedGraph(graph);
            json.WriteEndObject();
            afterTopLevelNode();
        }
    }

    private void WriteGraphNodes(GraphLayout graph)
    {
        var nodes = graph.Sorted().ToList();
        foreach (var node in nodes)
        {
            if (node.Subject is not BlankNode b || !layout.IsNestable(b, graph))
            {
                WriteTopLevel(node, graph);
            }
        }

        // What is left was not nested: a cycle of blank nodes that each use the next once, or nodes past the
        // nesting limit. Writing one may leave another behind, so repeat until every subject is out.
        for (var progress = true; progress;)
        {
            progress = false;
            foreach (var node in nodes)
            {
                if (node.Subject is BlankNode b && !_written.Contains(b))
                {
                    _pinned.Add(b);
                    WriteTopLevel(node, graph);
                    progress = true;
                }
            }
        }
    }

    private void WriteTopLevel(NodeLayout node, GraphLayout graph)
    {
        json.WriteStartObject();
        if (node.Subject is not BlankNode b)
        {
            json.WriteString(Keywords.Id, names.Id(node.Subject));
        }
        else
        {
            _written.Add(b);
            if (layout.NeedsLabel(b) || _pinned.Contains(b))
            {
                json.WriteString(Keywords.Id, names.Id(b));
            }
        }

        WriteBody(node, graph);
        if (graph.Name is null && layout.NamedGraph(node.Subject) is { } named)
        {
            WriteNamedGraph(named);
        }

        json.WriteEndObject();
        afterTopLevelNode();
    }

    private void WriteNamedGraph(GraphLayout graph)
    {
        _graphsWritten.Add(graph);
        json.WriteStartArray(Keywords.Graph);
        WriteGraphNodes(graph);
        json.WriteEndArray();
    }

    private void WriteBody(NodeLayout node, GraphLayout graph)
    {
        if (node.Types.Count > 0)
        {
            json.WritePropertyName(Keywords.Type);
            WriteOneOrMany(node.Types, t => json.WriteStringValue(t is Iri iri ? names.Compact(iri.Value) : names.Id(t)));
        }

        foreach (var (predicate, objects) in node.Properties)
        {
            json.WritePropertyName(names.Compact(predicate.Value));
            WriteOneOrMany(objects, o => WriteObject(o, graph));
        }
    }

    private void WriteOneOrMany(List<Term> terms, Action<Term> write)
    {
        if (terms.Count == 1)
        {
            write(terms[0]);
            return;
        }

        json.WriteStartArray();
        foreach (var term in terms)
        {
            write(term);
        }

        json.WriteEndArray();
    }

    private void WriteObject(Term term, GraphLayout graph)
    {
        switch (term)
        {
            case Literal literal:
                WriteLiteral(literal);
                break;
            case Iri { Value: Vocabulary.Rdf.Nil }:
                json.WriteStartObject();
                json.WriteStartArray(Keywords.List);
                json.WriteEndArray();
                json.WriteEndObject();
                break;
            case BlankNode b when _depth >= MaxNesting && IsAvailable(b) && layout.IsNestable(b, graph):
                // Past the nesting limit the node is written at the top of its graph instead.
                _pinned.Add(b);
                WriteReference(b);
                break;
            case BlankNode b when !_written.Contains(b) && layout.TryGetList(b, graph, IsAvailable, out var items, out var cells):
                _written.UnionWith(cells);
                _depth++;
                json.WriteStartObject();
                json.WriteStartArray(Keywords.List);
                foreach (var item in items)
                {
                    WriteObject(item, graph);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                _depth--;
                break;
            case BlankNode b when IsAvailable(b) && layout.IsNestable(b, graph):
                _written.Add(b);
                _depth++;
                json.WriteStartObject();
                if (graph.Get(b) is { } nested)
                {
                    WriteBody(nested, graph);
                }

                json.WriteEndObject();
                _depth--;
                break;
            default:
                WriteReference(term);
                break;
        }
    }

    private void WriteReference(Term term)
    {
        json.WriteStartObject();
        json.WriteString(Keywords.Id, names.Id(term));
        json.WriteEndObject();
    }

    private bool IsAvailable(BlankNode node) => !_written.Contains(node) && !_pinned.Contains(node);

    /// <summary>Literals written as a JSON string, boolean or number rather than a value object with <c>@type</c>.</summary>
    internal static bool IsNative(Literal literal) => literal.Language is null && literal.Datatype switch
    {
        Vocabulary.Xsd.String => true,
        Vocabulary.Xsd.Boolean => literal.Value is "true" or "false",
        Vocabulary.Xsd.Integer => IsCanonicalInteger(literal.Value),
        _ => false,
    };

    private void WriteLiteral(Literal literal)
    {
        if (literal.Language is not null)
        {
            json.WriteStartObject();
            json.WriteString(Keywords.Value, literal.Value);
            json.WriteString(Keywords.Language, literal.Language);
            json.WriteEndObject();
        }
        else if (!IsNative(literal))
        {
            json.WriteStartObject();
            json.WriteString(Keywords.Value, literal.Value);
            json.WriteString(Keywords.Type, names.Compact(literal.Datatype));
            json.WriteEndObject();
        }
        else if (literal.Datatype == Vocabulary.Xsd.String)
        {
            json.WriteStringValue(literal.Value);
        }
        else if (literal.Datatype == Vocabulary.Xsd.Boolean)
        {
            json.WriteBooleanValue(literal.Value == "true");
        }
        else
        {
            // At most 21 digits: decimal holds them exactly, and the parser keeps integer digits, so values beyond 2^53 round-trip.
            json.WriteNumberValue(decimal.Parse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The form JSON-LD turns back into the same <c>xsd:integer</c> literal: no sign on zero, no leading zeros, under 10^21.</summary>
    private static bool IsCanonicalInteger(string value)
    {
        var digits = value.StartsWith('-') ? value.AsSpan(1) : value.AsSpan();
        if (digits.IsEmpty || digits.Length > 21 || (digits[0] == '0' && (digits.Length > 1 || value.Length > 1)))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return digits.Length < 21 || JsonLdNumbers.IsInteger(double.Parse(value, CultureInfo.InvariantCulture));
    }
}
