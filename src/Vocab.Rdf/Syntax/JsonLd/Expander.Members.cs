namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>Steps 13 and 14 of Expansion: each entry of a map, keywords first-class, then nested properties.</summary>
internal sealed partial class Expander
{
    private void ExpandMembers(Scope scope, JMap element, ExpandedMap result)
    {
        List<string>? nests = null;
        foreach (var (key, value) in element.Members)
        {
            if (key == Keywords.Context)
            {
                continue;
            }

            var property = contexts.ExpandIri(scope.Context, key, vocab: true);
            if (property is null)
            {
                continue;
            }

            if (Keywords.IsKeyword(property))
            {
                if (scope.ActiveProperty == Keywords.Reverse)
                {
                    throw value.Error($"invalid reverse property map: {property} cannot be used inside @reverse");
                }

                // Reverse terms may fill @reverse before the @reverse key is reached (JSON order is arbitrary), so it merges too.
                if (result.ContainsKey(property) && property is not (Keywords.Included or Keywords.Type or Keywords.Reverse))
                {
                    throw value.Error($"colliding keywords: more than one entry expands to {property}");
                }

                if (property == Keywords.Nest)
                {
                    (nests ??= []).Add(key);
                }
                else
                {
                    ExpandKeyword(scope, property, value, result);
                }
            }
            else if (property.Contains(':', StringComparison.Ordinal))
            {
                // Keys that expand to neither an IRI nor a keyword are not data: JSON-LD ignores them.
                ExpandProperty(scope, key, property, value, result);
            }
        }

        foreach (var nestKey in nests ?? [])
        {
            foreach (var nested in element.Get(nestKey)!.AsArray())
            {
                if (nested is not JMap nestedMap
                    || nestedMap.Members.Any(m => contexts.ExpandIri(scope.Context, m.Key, vocab: true) == Keywords.Value))
                {
                    throw nested.Error("invalid @nest value: must be an object that is not a value object");
                }

                ExpandMembers(scope, nestedMap, result);
            }
        }
    }

    private void ExpandKeyword(in Scope scope, string property, JNode value, ExpandedMap result)
    {
        object? expanded;
        switch (property)
        {
            case Keywords.Id:
                var id = value.AsString() ?? throw value.Error("invalid @id value: must be a string");
                expanded = contexts.ExpandIri(scope.Context, id, documentRelative: true);
                if (expanded is string iri)
                {
                    CheckReference(iri, value);
                }

                break;
            case Keywords.Type:
                expanded = ExpandTypes(scope, value, result);
                break;
            case Keywords.Graph:
                expanded = AsListOrEmpty(Expand(scope.Context, Keywords.Graph, value, scope.BaseUrl, false, false));
                break;
            case Keywords.Included:
                var included = AsListOrEmpty(Expand(scope.Context, null, value, scope.BaseUrl, false, false));
                if (included.Any(i => i is not ExpandedMap m || m.ContainsKey(Keywords.Value) || m.ContainsKey(Keywords.List) || m.ContainsKey(Keywords.Set)))
                {
                    throw value.Error("invalid @included value: must be node objects");
                }

                if (result.TryGetValue(Keywords.Included, out var earlier))
                {
                    included.InsertRange(0, AsList(earlier!));
                }

                expanded = included;
                break;
            case Keywords.Value:
                if (scope.InputType == Keywords.Json)
                {
                    expanded = value;
                }
                else if (value is not JScalar scalar)
                {
                    throw value.Error("invalid value object value: @value must be a string, number, boolean or null");
                }
                else if (scalar.IsNull)
                {
                    result[Keywords.Value] = null;
                    return;
                }
                else
                {
                    expanded = scalar;
                }

                break;
            case Keywords.Language:
                expanded = ContextProcessor.RequireLanguage(value, "invalid language-tagged string");
                break;
            case Keywords.Direction:
                expanded = ContextProcessor.RequireDirection(value);
                break;
            case Keywords.Index:
                expanded = value.AsString() ?? throw value.Error("invalid @index value: must be a string");
                break;
            case Keywords.List:
                if (scope.ActiveProperty is null or Keywords.Graph)
                {
                    return;
                }

                expanded = AsListOrEmpty(Expand(scope.Context, scope.ActiveProperty, value, scope.BaseUrl, false, insideList: true));
                break;
            case Keywords.Set:
                expanded = Expand(scope.Context, scope.ActiveProperty, value, scope.BaseUrl, false, false);
                break;
            case Keywords.Reverse:
                ExpandReverse(scope, value, result);
                return;
            default:
                // Context-only keywords (@base, @vocab, ...) mean nothing inside a node object.
                return;
        }

        if (expanded is not null)
        {
            result[property] = expanded;
        }
    }

    private object? ExpandTypes(in Scope scope, JNode value, ExpandedMap result)
    {
        var types = new List<object>();
        foreach (var item in value.AsArray())
        {
            var type = item.AsString() ?? throw value.Error("invalid type value: @type must be a string or an array of strings");
            var iri = contexts.ExpandIri(scope.TypeScoped, type, documentRelative: true, vocab: true);
            if (iri is null)
            {
                continue;
            }

            if (iri != Keywords.Json)
            {
                if (Keywords.IsKeyword(iri))
                {
                    throw item.Error($"invalid type value: {iri} is not a type");
                }

                CheckReference(iri, item);
            }

            types.Add(iri);
        }

        if (result.TryGetValue(Keywords.Type, out var earlier))
        {
            types.InsertRange(0, AsList(earlier!));
            return types;
        }

        // A single string stays a string: a value object's @type must be exactly one IRI.
        return value is JArray || types.Count != 1 ? types : types[0];
    }

    private void ExpandReverse(in Scope scope, JNode value, ExpandedMap result)
    {
        if (value is not JMap)
        {
            throw value.Error("invalid @reverse value: must be an object");
        }

        if (Expand(scope.Context, Keywords.Reverse, value, scope.BaseUrl, false, false) is not ExpandedMap expanded)
        {
            return;
        }

        if (expanded.TryGetValue(Keywords.Reverse, out var doubled) && doubled is ExpandedMap forward)
        {
            // A reverse property inside @reverse points forward again.
            foreach (var (property, items) in forward)
            {
                AddValue(result, property, items!);
            }
        }

        foreach (var (property, items) in expanded)
        {
            if (property != Keywords.Reverse)
            {
                AddReverse(result, property, items!, value);
            }
        }
    }

    private static void AddReverse(ExpandedMap result, string property, object items, JNode at)
    {
        if (!result.TryGetValue(Keywords.Reverse, out var existing) || existing is not ExpandedMap reverseMap)
        {
            reverseMap = new ExpandedMap();
            result[Keywords.Reverse] = reverseMap;
        }

        foreach (var item in AsList(items))
        {
            if (IsValueObject(item) || IsListObject(item))
            {
                throw at.Error("invalid reverse property value: values of a reverse property must be node objects");
            }

            AddValue(reverseMap, property, item);
        }
    }

    private static List<object> AsListOrEmpty(object? value) => value is null ? [] : AsList(value);
}
