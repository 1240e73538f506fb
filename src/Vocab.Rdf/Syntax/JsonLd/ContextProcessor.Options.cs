namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>Steps 21-28 of Create Term Definition: container, index, scoped context, language, direction, nest, prefix.</summary>
internal sealed partial class ContextProcessor
{
    private void SetOptions(ActiveContext context, TermScope scope, string term, JMap value, TermDefinition definition)
    {
        if (value.TryGet(Keywords.Container, out var container) && !container.IsNull())
        {
            definition.Container = ParseContainer(container);
            if ((definition.Container & Containers.Type) != 0)
            {
                definition.TypeMapping ??= Keywords.Id;
                if (definition.TypeMapping is not (Keywords.Id or Keywords.Vocab))
                {
                    throw container.Error("invalid type mapping: a type map's terms must have @type @id or @vocab");
                }
            }
        }

        if (value.TryGet(Keywords.Index, out var indexNode))
        {
            var index = indexNode.AsString();
            if ((definition.Container & Containers.Index) == 0 || index is null || Keywords.IsKeyword(index)
                || ExpandIri(context, index, false, true, scope) is not { } indexIri || !Keywords.IsAbsoluteIri(indexIri))
            {
                throw indexNode.Error("invalid term definition: @index needs an @index container and a property that expands to an IRI");
            }

            definition.Index = index;
        }

        if (value.TryGet(Keywords.Context, out var scoped))
        {
            try
            {
                // Validate now so that errors point at the definition, not at some later use of the term.
                Process(context, scoped, scope.BaseUrl, [.. scope.Remote], overrideProtected: true, propagate: true, validateScoped: false);
            }
            catch (RdfSyntaxException e)
            {
                throw scoped.Error("invalid scoped context: " + e.Reason);
            }

            definition.LocalContext = scoped;
            definition.BaseUrl = scope.BaseUrl;
        }

        if (!value.ContainsKey(Keywords.Type))
        {
            if (value.TryGet(Keywords.Language, out var language))
            {
                definition.HasLanguage = true;
                definition.Language = language.IsNull() ? null : RequireLanguage(language, "invalid language mapping");
            }

            if (value.TryGet(Keywords.Direction, out var direction))
            {
                definition.HasDirection = true;
                definition.Direction = RequireDirection(direction);
            }
        }

        if (value.TryGet(Keywords.Nest, out var nestNode))
        {
            var nest = nestNode.AsString();
            if (nest is null || (Keywords.IsKeyword(nest) && nest != Keywords.Nest))
            {
                throw nestNode.Error("invalid @nest value: must be a term or @nest");
            }

            definition.Nest = nest;
        }

        if (value.TryGet(Keywords.Prefix, out var prefix))
        {
            if (term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw prefix.Error($"invalid term definition: \"{term}\" looks like an IRI and cannot be a prefix");
            }

            definition.Prefix = RequireBoolean(prefix, "invalid @prefix value");
            if (definition.Prefix && Keywords.IsKeyword(definition.Iri))
            {
                throw prefix.Error("invalid term definition: a keyword alias cannot be a prefix");
            }
        }

        foreach (var member in value.Members)
        {
            if (!TermDefinitionKeys.Contains(member.Key))
            {
                throw member.Value.Error($"invalid term definition: unexpected entry \"{member.Key}\" in the definition of \"{term}\"");
            }
        }
    }

    private static Containers ParseContainer(JNode node)
    {
        var flags = Containers.None;
        foreach (var item in node.AsArray())
        {
            flags |= item.AsString() switch
            {
                Keywords.List => Containers.List,
                Keywords.Set => Containers.Set,
                Keywords.Language => Containers.Language,
                Keywords.Index => Containers.Index,
                Keywords.Id => Containers.Id,
                Keywords.Type => Containers.Type,
                Keywords.Graph => Containers.Graph,
                _ => throw item.Error("invalid container mapping: unknown container " + (item.AsString() ?? "value")),
            };
        }

        // @list stands alone; @set combines with one of index/id/type/language, or with a graph map.
        var withoutSet = flags & ~Containers.Set;
        var valid = flags == Containers.List
            || (flags == Containers.Set)
            || withoutSet is Containers.Index or Containers.Id or Containers.Type or Containers.Language or Containers.Graph
                or (Containers.Graph | Containers.Id) or (Containers.Graph | Containers.Index);
        return valid ? flags : throw node.Error("invalid container mapping: this combination of containers is not allowed");
    }
}
