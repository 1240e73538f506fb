using System.Runtime.CompilerServices;

namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>
/// The Expansion algorithm of JSON-LD 1.1 (API section 5.1). Expanded data is plain maps and lists:
/// <see cref="ExpandedMap"/> for node, value, list and graph objects, <c>List&lt;object&gt;</c> for arrays,
/// strings for IRIs and tags, and the original <see cref="JScalar"/> (or any <see cref="JNode"/> for <c>@json</c>) under <c>@value</c>.
/// Where the spec would drop a statement because an IRI is relative or malformed, this reports a syntax error instead.
/// </summary>
internal sealed partial class Expander(ContextProcessor contexts)
{
    /// <summary>
    /// Expands a document into its top-level node objects, one top-level item at a time when the document is an
    /// array or an object holding only <c>@context</c> and <c>@graph</c> (the usual shape), so that a large
    /// document's expanded form never has to be held whole.
    /// </summary>
    public IEnumerable<object> ExpandDocument(JNode root, ActiveContext context, string? baseUrl)
    {
        IReadOnlyList<JNode>? items = null;
        string? activeProperty = null;
        if (root is JArray array)
        {
            items = array.Items;
        }
        else if (root is JMap map && map.TryGet(Keywords.Graph, out var graph) && map.Count <= 2)
        {
            // Exactly what expanding the map would do: apply its context, then expand each @graph item.
            var local = map.Get(Keywords.Context);
            if (map.Count == 1 || local is not null)
            {
                context = local is null ? context : contexts.Process(context, local, baseUrl);
                items = graph.AsArray();
                activeProperty = Keywords.Graph;
            }
        }

        if (items is null)
        {
            var result = Expand(context, null, root, baseUrl, fromMap: false, insideList: false);
            if (result is ExpandedMap { Count: 1 } only && only.TryGetValue(Keywords.Graph, out var nodes))
            {
                result = nodes;
            }

            foreach (var node in result is null ? [] : AsList(result))
            {
                yield return node;
            }

            yield break;
        }

        foreach (var item in items)
        {
            var expanded = Expand(context, activeProperty, item, baseUrl, fromMap: false, insideList: false);
            foreach (var node in expanded is null ? [] : AsList(expanded))
            {
                yield return node;
            }
        }
    }

    private object? Expand(ActiveContext context, string? activeProperty, JNode element, string? baseUrl, bool fromMap, bool insideList)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            // Deep nesting must end in a syntax error, never in a stack overflow that takes the process down.
            throw element.Error("the document nests too deeply to be processed");
        }

        var propertyTerm = context.Term(activeProperty);
        switch (element)
        {
            case JScalar scalar:
                if (scalar.IsNull || activeProperty is null or Keywords.Graph)
                {
                    // Scalars outside any property are "free-floating" and carry no statements.
                    return null;
                }

                if (propertyTerm?.LocalContext is { } scoped)
                {
                    context = contexts.Process(context, scoped, propertyTerm.BaseUrl, overrideProtected: true);
                }

                return ExpandValue(context, activeProperty, scalar);
            case JArray array:
                var result = new List<object>(array.Items.Count);
                var listContainer = insideList || (propertyTerm?.Container & Containers.List) != 0;
                foreach (var item in array.Items)
                {
                    var expanded = Expand(context, activeProperty, item, baseUrl, fromMap, insideList: false);
                    if (listContainer && expanded is List<object> nested)
                    {
                        // JSON-LD 1.1 lists of lists: an array inside a list is itself a list.
                        expanded = new ExpandedMap { [Keywords.List] = nested };
                    }

                    if (expanded is List<object> many)
                    {
                        result.AddRange(many);
                    }
                    else if (expanded is not null)
                    {
                        result.Add(expanded);
                    }
                }

                return result;
            default:
                return ExpandMap(context, activeProperty, (JMap)element, baseUrl, fromMap, propertyTerm);
        }
    }

    private object? ExpandMap(ActiveContext context, string? activeProperty, JMap element, string? baseUrl, bool fromMap, TermDefinition? propertyTerm)
    {
        if (context.Previous is not null && !fromMap && !KeepsScopedContext(context, element))
        {
            // A type-scoped context does not reach into nested node objects.
            context = context.Previous;
        }

        if (propertyTerm?.LocalContext is { } scoped)
        {
            context = contexts.Process(context, scoped, propertyTerm.BaseUrl, overrideProtected: true);
        }

        if (element.TryGet(Keywords.Context, out var local))
        {
            context = contexts.Process(context, local, baseUrl);
        }

        var typeScoped = context;
        string? inputType = null;
        var typeKeys = TypeKeys(context, element);
        if (typeKeys is not null)
        {
            foreach (var key in typeKeys)
            {
                var terms = element.Get(key)!.AsArray().Select(t => t.AsString()).OfType<string>().Order(StringComparer.Ordinal);
                foreach (var term in terms)
                {
                    if (typeScoped.Term(term) is { LocalContext: { } typeContext } definition)
                    {
                        context = contexts.Process(context, typeContext, definition.BaseUrl, propagate: false);
                    }
                }
            }

            if (element.Get(typeKeys[0])!.AsArray() is [.., var last] && last.AsString() is { } lastType)
            {
                inputType = contexts.ExpandIri(context, lastType, vocab: true);
            }
        }

        var result = new ExpandedMap();
        ExpandMembers(new Scope(context, typeScoped, activeProperty, baseUrl, inputType), element, result);
        return Finish(result, activeProperty, element);
    }

    /// <summary>Keys that expand to <c>@type</c>, in lexicographic order, or null when there are none.</summary>
    private List<string>? TypeKeys(ActiveContext context, JMap element)
    {
        List<string>? keys = null;
        foreach (var member in element.Members)
        {
            if (contexts.ExpandIri(context, member.Key, vocab: true) == Keywords.Type)
            {
                (keys ??= []).Add(member.Key);
            }
        }

        keys?.Sort(StringComparer.Ordinal);
        return keys;
    }

    private bool KeepsScopedContext(ActiveContext context, JMap element)
    {
        foreach (var member in element.Members)
        {
            if (contexts.ExpandIri(context, member.Key, vocab: true) == Keywords.Value)
            {
                return true;
            }
        }

        return element.Count == 1 && contexts.ExpandIri(context, element.Members[0].Key, vocab: true) == Keywords.Id;
    }

    /// <summary>Steps 15-20 of the algorithm: validate value, list and set objects and drop what carries no data.</summary>
    private static object? Finish(ExpandedMap result, string? activeProperty, JMap element)
    {
        if (result.TryGetValue(Keywords.Value, out var value))
        {
            CheckValueObject(result, value, element);
            if (value is null && result.GetValueOrDefault(Keywords.Type) as string != Keywords.Json)
            {
                return null;
            }
        }
        else
        {
            if (result.TryGetValue(Keywords.Type, out var type) && type is string single)
            {
                result[Keywords.Type] = new List<object> { single };
            }

            if (result.ContainsKey(Keywords.Set) || result.ContainsKey(Keywords.List))
            {
                if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey(Keywords.Index)))
                {
                    throw element.Error("invalid set or list object: only @index may accompany @set or @list");
                }

                if (result.TryGetValue(Keywords.Set, out var set))
                {
                    return set is ExpandedMap setMap ? DropFreeFloating(setMap, activeProperty) : set;
                }
            }
        }

        return DropFreeFloating(result, activeProperty);
    }

    private static ExpandedMap? DropFreeFloating(ExpandedMap result, string? activeProperty)
    {
        if (result.Count == 1 && result.ContainsKey(Keywords.Language))
        {
            return null;
        }

        if (activeProperty is null or Keywords.Graph
            && (result.Count == 0 || result.ContainsKey(Keywords.Value) || result.ContainsKey(Keywords.List)
                || (result.Count == 1 && result.ContainsKey(Keywords.Id))))
        {
            return null;
        }

        return result;
    }

    private static void CheckValueObject(ExpandedMap result, object? value, JMap element)
    {
        foreach (var (key, _) in result)
        {
            if (key is not (Keywords.Direction or Keywords.Index or Keywords.Language or Keywords.Type or Keywords.Value))
            {
                throw element.Error($"invalid value object: a value object cannot have {key}");
            }
        }

        var type = result.GetValueOrDefault(Keywords.Type);
        if (type is not null && (result.ContainsKey(Keywords.Language) || result.ContainsKey(Keywords.Direction)))
        {
            throw element.Error("invalid value object: a value cannot have both @type and @language or @direction");
        }

        if (type as string == Keywords.Json || value is null)
        {
            return;
        }

        if (value is not JScalar { IsString: true } && result.ContainsKey(Keywords.Language))
        {
            throw element.Error("invalid language-tagged value: @language needs a string @value");
        }

        if (type is not null && (type is not string iri || Keywords.IsBlankNodeId(iri) || Keywords.IsKeyword(iri)))
        {
            throw element.Error("invalid typed value: the @type of a value must be one IRI");
        }
    }

    /// <summary>Value Expansion (API 5.3.2).</summary>
    private ExpandedMap? ExpandValue(ActiveContext context, string? activeProperty, JScalar value)
    {
        var term = context.Term(activeProperty);
        var typeMapping = term?.TypeMapping;
        if (value.IsString && typeMapping is Keywords.Id or Keywords.Vocab)
        {
            var iri = contexts.ExpandIri(context, value.Text!, documentRelative: true, vocab: typeMapping == Keywords.Vocab);
            if (iri is null)
            {
                return null;
            }

            CheckReference(iri, value);
            return new ExpandedMap { [Keywords.Id] = iri };
        }

        var result = new ExpandedMap { [Keywords.Value] = value };
        if (typeMapping is not (null or Keywords.Id or Keywords.Vocab or Keywords.None))
        {
            result[Keywords.Type] = typeMapping;
        }
        else if (value.IsString)
        {
            var language = term is { HasLanguage: true } ? term.Language : context.DefaultLanguage;
            var direction = term is { HasDirection: true } ? term.Direction : context.DefaultDirection;
            if (language is not null)
            {
                result[Keywords.Language] = language;
            }

            if (direction is not null)
            {
                result[Keywords.Direction] = direction;
            }
        }

        return result;
    }

    /// <summary>An expanded <c>@id</c> or <c>@type</c> value must become an RDF IRI or blank node.</summary>
    private static void CheckReference(string iri, JNode at)
    {
        if (Keywords.IsBlankNodeId(iri))
        {
            return;
        }

        if (!Keywords.IsAbsoluteIri(iri))
        {
            throw at.Error($"relative IRI \"{iri}\" and no base IRI to resolve it against (set @base or the parser's BaseIri)");
        }

        if (!Keywords.IsWellFormedIri(iri))
        {
            throw at.Error($"invalid IRI \"{iri}\": it contains characters that IRIs do not allow");
        }
    }

    internal static List<object> AsList(object value) => value as List<object> ?? [value];

    private static void AddValue(ExpandedMap map, string key, object value)
    {
        if (!map.TryGetValue(key, out var existing) || existing is not List<object> list)
        {
            list = [];
            map[key] = list;
        }

        if (value is List<object> many)
        {
            list.AddRange(many);
        }
        else
        {
            list.Add(value);
        }
    }

    private static bool IsValueObject(object item) => item is ExpandedMap m && m.ContainsKey(Keywords.Value);

    private static bool IsListObject(object item) => item is ExpandedMap m && m.ContainsKey(Keywords.List);

    private static bool IsGraphObject(object item) =>
        item is ExpandedMap m && m.ContainsKey(Keywords.Graph) && m.All(e => e.Key is Keywords.Graph or Keywords.Id or Keywords.Index);

    /// <summary>What every entry of one map is expanded with.</summary>
    private readonly record struct Scope(ActiveContext Context, ActiveContext TypeScoped, string? ActiveProperty, string? BaseUrl, string? InputType);
}
