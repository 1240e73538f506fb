namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>Steps 13.5-13.14 of Expansion: a property entry, including language, index, id, type and graph maps.</summary>
internal sealed partial class Expander
{
    // A document uses few properties very many times; each IRI is checked once.
    private readonly HashSet<string> _checkedProperties = new(StringComparer.Ordinal);

    private void ExpandProperty(in Scope scope, string key, string property, JNode value, ExpandedMap result)
    {
        if (!_checkedProperties.Contains(property))
        {
            if (!Keywords.IsBlankNodeId(property) && !Keywords.IsWellFormedIri(property))
            {
                throw value.Error($"invalid IRI \"{property}\" for key \"{key}\"");
            }

            _checkedProperties.Add(property);
        }

        var context = scope.Context;
        var term = context.Term(key);
        var container = term?.Container ?? Containers.None;
        object? expanded;
        if (term?.TypeMapping == Keywords.Json)
        {
            // Under a list container each array item is its own JSON literal (the W3C toRdf test js30).
            expanded = (container & Containers.List) != 0 && value is JArray items
                ? items.Items.Select(item => (object)JsonLiteral(item)).ToList()
                : JsonLiteral(value);
        }
        else if ((container & Containers.Language) != 0 && value is JMap languageMap)
        {
            expanded = ExpandLanguageMap(context, term!, languageMap);
        }
        else if ((container & (Containers.Index | Containers.Type | Containers.Id)) != 0 && value is JMap indexMap)
        {
            expanded = ExpandIndexMap(context, key, term!, indexMap, scope.BaseUrl);
        }
        else
        {
            expanded = Expand(context, key, value, scope.BaseUrl, fromMap: false, insideList: false);
        }

        if (expanded is null)
        {
            return;
        }

        if ((container & Containers.List) != 0 && !IsListObject(expanded))
        {
            expanded = new ExpandedMap { [Keywords.List] = AsList(expanded) };
        }

        if ((container & Containers.Graph) != 0 && (container & (Containers.Id | Containers.Index)) == 0)
        {
            expanded = AsList(expanded).Select(item => (object)new ExpandedMap { [Keywords.Graph] = AsList(item) }).ToList();
        }

        if (term?.Reverse == true)
        {
            AddReverse(result, property, expanded, value);
        }
        else
        {
            AddValue(result, property, expanded);
        }
    }

    private static ExpandedMap JsonLiteral(JNode value) => new() { [Keywords.Value] = value, [Keywords.Type] = Keywords.Json };

    private List<object> ExpandLanguageMap(ActiveContext context, TermDefinition term, JMap map)
    {
        var result = new List<object>();
        var direction = term.HasDirection ? term.Direction : context.DefaultDirection;
        foreach (var (language, values) in map.Members)
        {
            string? tag = null;
            if (language != Keywords.None && contexts.ExpandIri(context, language, vocab: true) != Keywords.None)
            {
                tag = Keywords.IsWellFormedLanguage(language)
                    ? language.ToLowerInvariant()
                    : throw values.Error($"invalid language map: \"{language}\" is not a BCP 47 language tag");
            }

            foreach (var item in values.AsArray())
            {
                if (item.IsNull())
                {
                    continue;
                }

                if (!(item is JScalar { IsString: true }))
                {
                    throw item.Error("invalid language map value: the values of a language map must be strings");
                }

                var value = new ExpandedMap { [Keywords.Value] = item };
                if (tag is not null)
                {
                    value[Keywords.Language] = tag;
                }

                if (direction is not null)
                {
                    value[Keywords.Direction] = direction;
                }

                result.Add(value);
            }
        }

        return result;
    }

    private List<object> ExpandIndexMap(ActiveContext context, string key, TermDefinition term, JMap map, string? baseUrl)
    {
        var container = term.Container;
        var indexKey = term.Index ?? Keywords.Index;
        var result = new List<object>();
        foreach (var (index, indexValue) in map.Members)
        {
            // Id and type maps index node objects, which a type-scoped context around them must not reach.
            var mapContext = (container & (Containers.Id | Containers.Type)) != 0 ? context.Previous ?? context : context;
            if ((container & Containers.Type) != 0 && mapContext.Term(index) is { LocalContext: { } typeContext } typeTerm)
            {
                mapContext = contexts.Process(mapContext, typeContext, typeTerm.BaseUrl, propagate: false);
            }

            var expandedIndex = contexts.ExpandIri(context, index, vocab: true);
            var items = Expand(mapContext, key, indexValue, baseUrl, fromMap: true, insideList: false);
            foreach (var expanded in items is null ? [] : AsList(items))
            {
                var item = (container & Containers.Graph) != 0 && !IsGraphObject(expanded)
                    ? new ExpandedMap { [Keywords.Graph] = AsList(expanded) }
                    : (ExpandedMap)expanded;
                if (expandedIndex != Keywords.None)
                {
                    ApplyIndex(context, container, indexKey, index, expandedIndex, item, indexValue);
                }

                result.Add(item);
            }
        }

        return result;
    }

    private void ApplyIndex(ActiveContext context, Containers container, string indexKey, string index, string? expandedIndex, ExpandedMap item, JNode at)
    {
        if ((container & Containers.Index) != 0 && indexKey != Keywords.Index)
        {
            // A property-valued index: the key becomes a value of that property.
            var indexProperty = contexts.ExpandIri(context, indexKey, vocab: true)!;
            if (item.ContainsKey(Keywords.Value))
            {
                throw at.Error($"invalid value object: a value cannot take the index property {indexKey}");
            }

            var indexValue = ExpandValue(context, indexKey, new JScalar(at.Source, at.Offset, JScalarKind.String, index));
            var values = new List<object>();
            if (indexValue is not null)
            {
                values.Add(indexValue);
            }

            if (item.TryGetValue(indexProperty, out var existing))
            {
                values.AddRange(AsList(existing!));
            }

            item[indexProperty] = values;
        }
        else if ((container & Containers.Index) != 0)
        {
            item.TryAdd(Keywords.Index, index);
        }
        else if ((container & Containers.Id) != 0)
        {
            if (!item.ContainsKey(Keywords.Id) && contexts.ExpandIri(context, index, documentRelative: true) is { } id)
            {
                CheckReference(id, at);
                item[Keywords.Id] = id;
            }
        }
        else if ((container & Containers.Type) != 0 && expandedIndex is not null)
        {
            CheckReference(expandedIndex, at);
            var types = new List<object> { expandedIndex };
            if (item.TryGetValue(Keywords.Type, out var existing))
            {
                types.AddRange(AsList(existing!));
            }

            item[Keywords.Type] = types;
        }
    }
}
