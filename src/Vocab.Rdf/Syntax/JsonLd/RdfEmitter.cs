using System.Globalization;
using System.Runtime.CompilerServices;
using Vocab.Rdf.Syntax.Common;

namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>
/// Turns expanded JSON-LD into statements (API section 8.2, Deserialize JSON-LD to RDF). It walks the expanded
/// tree directly instead of building the spec's node map first: the statements are the same set, and a large
/// document then streams out one top-level node at a time.
/// </summary>
internal sealed class RdfEmitter(string? sourceName)
{
    private static int _documentCounter;

    private static readonly Iri RdfType = new(Vocabulary.Rdf.Type);
    private static readonly Iri RdfFirst = new(Vocabulary.Rdf.First);
    private static readonly Iri RdfRest = new(Vocabulary.Rdf.Rest);
    private static readonly Iri RdfNil = new(Vocabulary.Rdf.Nil);

    private readonly List<Quad> _quads = [];
    private readonly Dictionary<string, BlankNode> _blankNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Iri> _iris = new(StringComparer.Ordinal);

    // Labels end in "_j<scope>" (document labels) or "-j<scope>" (generated), so they collide neither across
    // parses nor with the Turtle family's "_<scope>" and "-<scope>" labels.
    private readonly string _scope = "j" + Interlocked.Increment(ref _documentCounter).ToString(CultureInfo.InvariantCulture);
    private int _generated;

    /// <summary>The statements of one top-level node object (the returned list is reused by the next call).</summary>
    public List<Quad> Emit(object node)
    {
        _quads.Clear();
        if (node is ExpandedMap map && IsNodeObject(map))
        {
            EmitNode(map, null);
        }

        return _quads;
    }

    private Term EmitNode(ExpandedMap node, Term? graph)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new RdfSyntaxException("the document nests too deeply to be processed", 1, 1, sourceName);
        }

        var subject = node.TryGetValue(Keywords.Id, out var id) && id is string reference ? Reference(reference) : NewBlankNode();
        foreach (var (key, value) in node)
        {
            switch (key)
            {
                case Keywords.Type:
                    foreach (var type in Expander.AsList(value!))
                    {
                        if (type is string iri && !Keywords.IsKeyword(iri))
                        {
                            _quads.Add(new Quad(subject, RdfType, Reference(iri), graph));
                        }
                    }

                    break;
                case Keywords.Reverse:
                    foreach (var (property, items) in (ExpandedMap)value!)
                    {
                        var predicate = Predicate(property);
                        foreach (var item in Expander.AsList(items!))
                        {
                            var other = EmitNode((ExpandedMap)item, graph);
                            if (predicate is not null)
                            {
                                _quads.Add(new Quad(other, predicate, subject, graph));
                            }
                        }
                    }

                    break;
                case Keywords.Graph:
                    EmitAll(value!, subject);
                    break;
                case Keywords.Included:
                    EmitAll(value!, graph);
                    break;
                default:
                    if (key[0] != '@')
                    {
                        EmitProperty(subject, key, (List<object>)value!, graph);
                    }

                    break;
            }
        }

        return subject;
    }

    private void EmitAll(object nodes, Term? graph)
    {
        foreach (var item in Expander.AsList(nodes))
        {
            if (item is ExpandedMap map && IsNodeObject(map))
            {
                EmitNode(map, graph);
            }
        }
    }

    private void EmitProperty(Term subject, string property, List<object> values, Term? graph)
    {
        // A blank node property has no RDF form; its values still describe their own nodes.
        var predicate = Predicate(property);
        foreach (var item in values)
        {
            var obj = EmitObject((ExpandedMap)item, graph, predicate is not null);
            if (predicate is not null && obj is not null)
            {
                _quads.Add(new Quad(subject, predicate, obj, graph));
            }
        }
    }

    private Term? EmitObject(ExpandedMap item, Term? graph, bool linked)
    {
        if (item.ContainsKey(Keywords.Value))
        {
            return ToLiteral(item);
        }

        return item.TryGetValue(Keywords.List, out var list) ? EmitList((List<object>)list!, graph, linked) : EmitNode(item, graph);
    }

    private Term? EmitList(List<object> items, Term? graph, bool linked)
    {
        if (!linked)
        {
            foreach (var item in items)
            {
                EmitObject((ExpandedMap)item, graph, false);
            }

            return null;
        }

        if (items.Count == 0)
        {
            return RdfNil;
        }

        Term head = NewBlankNode();
        var cell = head;
        for (var i = 0; i < items.Count; i++)
        {
            var obj = EmitObject((ExpandedMap)items[i], graph, true);
            if (obj is not null)
            {
                _quads.Add(new Quad(cell, RdfFirst, obj, graph));
            }

            Term next = i == items.Count - 1 ? RdfNil : NewBlankNode();
            _quads.Add(new Quad(cell, RdfRest, next, graph));
            cell = next;
        }

        return head;
    }

    private static Literal ToLiteral(ExpandedMap item)
    {
        var type = item.GetValueOrDefault(Keywords.Type) as string;
        if (type == Keywords.Json)
        {
            return new Literal(JsonCanonicalizer.Canonicalize((JNode)item[Keywords.Value]!), Vocabulary.Rdf.Json);
        }

        var value = (JScalar)item[Keywords.Value]!;
        switch (value.Kind)
        {
            case JScalarKind.True or JScalarKind.False:
                return new Literal(value.Kind == JScalarKind.True ? "true" : "false", type ?? Vocabulary.Xsd.Boolean);
            case JScalarKind.Number when type == Vocabulary.Xsd.Double || !JsonLdNumbers.IsInteger(value.Number):
                return new Literal(JsonLdNumbers.Double(value.Number), type ?? Vocabulary.Xsd.Double);
            case JScalarKind.Number:
                return new Literal(JsonLdNumbers.Integer(value), type ?? Vocabulary.Xsd.Integer);
            default:
                return item.GetValueOrDefault(Keywords.Language) is string language
                    ? new Literal(value.Text!, Vocabulary.Rdf.LangString, language)
                    : new Literal(value.Text!, type ?? Vocabulary.Xsd.String);
        }
    }

    private Iri? Predicate(string property) => Keywords.IsBlankNodeId(property) ? null : InternIri(property);

    private Term Reference(string id) => Keywords.IsBlankNodeId(id) ? DocumentBlankNode(id) : InternIri(id);

    private Iri InternIri(string value)
    {
        if (!_iris.TryGetValue(value, out var iri))
        {
            iri = new Iri(value);
            _iris.Add(value, iri);
        }

        return iri;
    }

    private BlankNode DocumentBlankNode(string id)
    {
        if (!_blankNodes.TryGetValue(id, out var node))
        {
            // JSON-LD allows any characters after "_:"; keep the label only when N-Triples can write it.
            var label = id[2..];
            node = IsPlainLabel(label) ? new BlankNode(string.Concat(label, "_", _scope)) : NewBlankNode();
            _blankNodes.Add(id, node);
        }

        return node;
    }

    private BlankNode NewBlankNode() => new(string.Create(CultureInfo.InvariantCulture, $"genid{++_generated}-{_scope}"));

    private static bool IsPlainLabel(string label)
    {
        if (label.Length == 0 || !(CharClasses.IsPnCharsU(label[0]) || char.IsAsciiDigit(label[0])) || label[^1] == '.')
        {
            return false;
        }

        for (var i = 1; i < label.Length; i++)
        {
            if (!CharClasses.IsPnChars(label[i]) && label[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNodeObject(ExpandedMap map) =>
        !map.ContainsKey(Keywords.Value) && !map.ContainsKey(Keywords.List) && !map.ContainsKey(Keywords.Set);
}
