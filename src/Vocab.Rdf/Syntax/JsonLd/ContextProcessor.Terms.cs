namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>Create Term Definition (JSON-LD 1.1 API 4.2) and IRI Expansion (5.2).</summary>
internal sealed partial class ContextProcessor
{
    private static readonly HashSet<string> TermDefinitionKeys = new(StringComparer.Ordinal)
    {
        Keywords.Id, Keywords.Reverse, Keywords.Container, Keywords.Context, Keywords.Direction, Keywords.Index,
        Keywords.Language, Keywords.Nest, Keywords.Prefix, Keywords.Protected, Keywords.Type,
    };

    /// <summary>IRI expansion against a finished context (cached per context for the vocabulary-relative cases).</summary>
    public string? ExpandIri(ActiveContext context, string value, bool documentRelative = false, bool vocab = false)
    {
        var cache = !vocab ? null : documentRelative ? context.TypeCache : context.VocabCache;
        if (cache is null)
        {
            return ExpandIri(context, value, documentRelative, vocab, null);
        }

        if (!cache.TryGetValue(value, out var result))
        {
            result = ExpandIri(context, value, documentRelative, vocab, null);
            cache[value] = result;
        }

        return result;
    }

    private string? ExpandIri(ActiveContext context, string value, bool documentRelative, bool vocab, TermScope? scope)
    {
        if (Keywords.IsKeyword(value))
        {
            return value;
        }

        if (Keywords.HasKeywordForm(value))
        {
            return null;
        }

        DefineDependency(context, scope, value);
        if (context.Term(value) is { } term && (vocab || Keywords.IsKeyword(term.Iri)))
        {
            return term.Iri;
        }

        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            if (prefix == "_" || value.AsSpan(colon + 1).StartsWith("//"))
            {
                return value;
            }

            DefineDependency(context, scope, prefix);
            if (context.Term(prefix) is { Iri: not null, Prefix: true } p)
            {
                return string.Concat(p.Iri, value.AsSpan(colon + 1));
            }

            if (Keywords.IsAbsoluteIri(value))
            {
                return value;
            }
        }

        if (vocab && context.Vocab is not null)
        {
            return context.Vocab + value;
        }

        return documentRelative && context.BaseIri is not null ? Common.IriResolver.Resolve(context.BaseIri, value) : value;
    }

    /// <summary>Terms may be used before the entry that defines them; define such a term first.</summary>
    private void DefineDependency(ActiveContext context, TermScope? scope, string term)
    {
        if (scope is not null && scope.Local.ContainsKey(term) && !(scope.Defined.TryGetValue(term, out var done) && done))
        {
            CreateTermDefinition(context, scope, term);
        }
    }

    private void CreateTermDefinition(ActiveContext context, TermScope scope, string term)
    {
        var node = scope.Local.Get(term)!;
        if (scope.Defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }

            throw node.Error($"cyclic IRI mapping: the definition of \"{term}\" depends on itself");
        }

        if (term.Length == 0)
        {
            throw node.Error("invalid term definition: a term cannot be the empty string");
        }

        scope.Defined[term] = false;
        if (term == Keywords.Type)
        {
            CheckTypeRedefinition(node);
        }
        else if (Keywords.IsKeyword(term))
        {
            throw node.Error($"keyword redefinition: {term} cannot be redefined");
        }
        else if (Keywords.HasKeywordForm(term))
        {
            // Reserved for future keywords: the spec ignores such terms (with a warning).
            scope.Defined[term] = true;
            return;
        }

        var previous = context.Term(term);
        context.Terms.Remove(term);
        var simple = node is JScalar { IsString: true };
        var value = node switch
        {
            JMap map => map,
            JScalar { IsString: true } or JScalar { IsNull: true } => new JMap(node.Source, node.Offset, [new(Keywords.Id, node)]),
            _ => throw node.Error($"invalid term definition: \"{term}\" must map to a string, an object or null"),
        };

        var definition = BuildDefinition(context, scope, term, value, simple);
        if (definition is null)
        {
            scope.Defined[term] = true;
            return;
        }

        if (!scope.OverrideProtected && previous is { Protected: true } && !definition.Reverse)
        {
            if (!definition.SameAs(previous))
            {
                throw node.Error($"protected term redefinition: \"{term}\" is protected");
            }

            definition = previous;
        }

        context.Terms[term] = definition;
        scope.Defined[term] = true;
        if (scope.ValidateScoped && definition is { Prefix: true, Iri: { } iri } && !Keywords.IsKeyword(iri)
            && !Keywords.IsBlankNodeId(iri) && _reported.Add((term, iri)))
        {
            onPrefix?.Invoke(term, iri);
        }
    }

    private static void CheckTypeRedefinition(JNode node)
    {
        // JSON-LD 1.1 lets "@type" be given only "@container": "@set" and "@protected".
        if (node is not JMap map || map.Count == 0 || map.Members.Any(m => m.Key is not (Keywords.Container or Keywords.Protected))
            || (map.TryGet(Keywords.Container, out var c) && c.AsArray() is not [JScalar { Text: Keywords.Set }]))
        {
            throw node.Error("keyword redefinition: @type may only be given \"@container\": \"@set\" and \"@protected\"");
        }
    }

    /// <summary>Steps 11-28 of Create Term Definition; null when the spec says to ignore the term.</summary>
    private TermDefinition? BuildDefinition(ActiveContext context, TermScope scope, string term, JMap value, bool simple)
    {
        var definition = new TermDefinition
        {
            Protected = value.TryGet(Keywords.Protected, out var prot) ? RequireBoolean(prot, "invalid @protected value") : scope.Protected,
        };
        if (value.TryGet(Keywords.Type, out var typeNode))
        {
            var type = typeNode.AsString() ?? throw typeNode.Error("invalid type mapping: @type must be a string");
            var expanded = ExpandIri(context, type, false, true, scope);
            if (expanded is not (Keywords.Id or Keywords.Vocab or Keywords.Json or Keywords.None)
                && (expanded is null || Keywords.IsKeyword(expanded) || !Keywords.IsAbsoluteIri(expanded)))
            {
                throw typeNode.Error($"invalid type mapping: \"{type}\" is not @id, @vocab, @json, @none or an absolute IRI");
            }

            definition.TypeMapping = expanded;
        }

        if (value.TryGet(Keywords.Reverse, out var reverse))
        {
            return BuildReverse(context, scope, value, reverse, definition);
        }

        if (!SetIriMapping(context, scope, term, value, simple, definition))
        {
            return null;
        }

        SetOptions(context, scope, term, value, definition);
        return definition;
    }

    private TermDefinition? BuildReverse(ActiveContext context, TermScope scope, JMap value, JNode reverse, TermDefinition definition)
    {
        if (value.ContainsKey(Keywords.Id) || value.ContainsKey(Keywords.Nest))
        {
            throw reverse.Error("invalid reverse property: @reverse cannot be combined with @id or @nest");
        }

        var iri = reverse.AsString() ?? throw reverse.Error("invalid IRI mapping: @reverse must be a string");
        if (Keywords.HasKeywordForm(iri))
        {
            return null;
        }

        definition.Iri = ExpandIri(context, iri, false, true, scope);
        if (definition.Iri is null || !definition.Iri.Contains(':', StringComparison.Ordinal))
        {
            throw reverse.Error($"invalid IRI mapping: \"{iri}\" is not an IRI or blank node identifier");
        }

        if (value.TryGet(Keywords.Container, out var container))
        {
            definition.Container = container.IsNull() ? Containers.None : ParseContainer(container);
            if (definition.Container is not (Containers.None or Containers.Set or Containers.Index))
            {
                throw container.Error("invalid reverse property: the container of a reverse property must be @set, @index or null");
            }
        }

        definition.Reverse = true;
        return definition;
    }

    /// <summary>Steps 16-20: the IRI mapping; false when the term is to be ignored.</summary>
    private bool SetIriMapping(ActiveContext context, TermScope scope, string term, JMap value, bool simple, TermDefinition definition)
    {
        var colon = term.Length > 1 ? term.IndexOf(':', 1) : -1;
        if (value.TryGet(Keywords.Id, out var idNode) && idNode.AsString() != term)
        {
            if (idNode.IsNull())
            {
                return true;
            }

            var id = idNode.AsString() ?? throw idNode.Error("invalid IRI mapping: @id must be a string or null");
            if (!Keywords.IsKeyword(id) && Keywords.HasKeywordForm(id))
            {
                return false;
            }

            var iri = ExpandIri(context, id, false, true, scope);
            if (iri is null || !(Keywords.IsKeyword(iri) || iri.Contains(':', StringComparison.Ordinal)))
            {
                throw idNode.Error($"invalid IRI mapping: \"{id}\" is not a keyword, an IRI or a blank node identifier");
            }

            if (iri == Keywords.Context)
            {
                throw idNode.Error("invalid keyword alias: @context cannot be aliased");
            }

            definition.Iri = iri;
            if (term.AsSpan(1, Math.Max(0, term.Length - 2)).Contains(':') || term.Contains('/', StringComparison.Ordinal))
            {
                // A term that looks like an IRI must mean that IRI.
                scope.Defined[term] = true;
                if (ExpandIri(context, term, false, true, scope) != iri)
                {
                    throw idNode.Error($"invalid IRI mapping: term \"{term}\" looks like an IRI but maps to \"{iri}\"");
                }
            }

            definition.Prefix = simple && !term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal)
                && (Keywords.EndsWithGenDelim(iri) || Keywords.IsBlankNodeId(iri));
        }
        else if (colon > 0)
        {
            var prefix = term[..colon];
            DefineDependency(context, scope, prefix);
            definition.Iri = context.Term(prefix) is { Iri: not null } p ? string.Concat(p.Iri, term.AsSpan(colon + 1)) : term;
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            definition.Iri = ExpandIri(context, term, true, true, scope);
            if (definition.Iri is null || !Keywords.IsAbsoluteIri(definition.Iri))
            {
                throw scope.Local.Get(term)!.Error($"invalid IRI mapping: term \"{term}\" does not expand to an IRI");
            }
        }
        else if (term == Keywords.Type)
        {
            definition.Iri = Keywords.Type;
        }
        else
        {
            definition.Iri = context.Vocab is not null
                ? context.Vocab + term
                : throw scope.Local.Get(term)!.Error($"invalid IRI mapping: term \"{term}\" has no @id and there is no @vocab");
        }

        return true;
    }
}
