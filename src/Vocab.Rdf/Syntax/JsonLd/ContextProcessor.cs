using Vocab.Rdf.Syntax.Common;

namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>
/// The Context Processing and IRI Expansion algorithms of JSON-LD 1.1 (API sections 4.1 and 5.2), for one parse.
/// Contexts given by IRI are taken only from the caller's registered local contexts: the parser never uses the network.
/// </summary>
internal sealed partial class ContextProcessor(IReadOnlyDictionary<string, string>? localContexts, Action<string, string>? onPrefix)
{
    private readonly Dictionary<string, JNode> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<CacheKey, ActiveContext> _cache = [];
    private readonly HashSet<(string Prefix, string Iri)> _reported = [];

    /// <summary>Applies <paramref name="local"/> to <paramref name="active"/>; the same inputs give the same (cached) result.</summary>
    public ActiveContext Process(ActiveContext active, JNode local, string? baseUrl, bool overrideProtected = false, bool propagate = true)
    {
        // Scoped contexts are applied again for every value of their term; caching makes that a lookup.
        var key = new CacheKey(active, local, baseUrl, overrideProtected, propagate);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = Process(active, local, baseUrl, [], overrideProtected, propagate, validateScoped: true);
        _cache[key] = result;
        return result;
    }

    private ActiveContext Process(
        ActiveContext active, JNode local, string? baseUrl, List<string> remote, bool overrideProtected, bool propagate, bool validateScoped)
    {
        var result = active.Clone();
        if (local is JMap top && top.TryGet(Keywords.Propagate, out var p))
        {
            propagate = RequireBoolean(p, "invalid @propagate value");
        }

        if (!propagate && result.Previous is null)
        {
            result.Previous = active;
        }

        foreach (var context in local.AsArray())
        {
            if (context.IsNull())
            {
                if (!overrideProtected && result.HasProtectedTerms)
                {
                    throw context.Error("invalid context nullification: the active context has protected terms");
                }

                result = new ActiveContext
                {
                    BaseIri = active.OriginalBaseUrl,
                    OriginalBaseUrl = active.OriginalBaseUrl,
                    Previous = propagate ? null : result,
                };
            }
            else if (context.AsString() is { } reference)
            {
                var iri = Resolve(baseUrl, reference);
                if (!validateScoped && remote.Contains(iri))
                {
                    continue;
                }

                if (remote.Contains(iri))
                {
                    throw context.Error("recursive context inclusion: " + iri);
                }

                var loaded = Load(iri, reference, context);
                result = Process(result, loaded, iri, [.. remote, iri], overrideProtected: false, propagate: true, validateScoped);
            }
            else if (context is JMap definition)
            {
                result = ProcessDefinition(result.Frozen ? result.Clone() : result, definition, baseUrl, remote, overrideProtected, validateScoped);
            }
            else
            {
                throw context.Error("invalid local context: a context must be an object, a string or null");
            }
        }

        result.Freeze();
        return result;
    }

    private ActiveContext ProcessDefinition(
        ActiveContext result, JMap map, string? baseUrl, List<string> remote, bool overrideProtected, bool validateScoped)
    {
        if (map.TryGet(Keywords.Version, out var version) && version is not JScalar { Kind: JScalarKind.Number, Number: 1.1 })
        {
            throw version.Error("invalid @version value: must be the number 1.1");
        }

        if (map.TryGet(Keywords.Import, out var import))
        {
            map = Import(map, import, baseUrl);
        }

        if (map.TryGet(Keywords.Base, out var b) && remote.Count == 0)
        {
            result.BaseIri = b.IsNull() ? null : ResolveBase(result, b);
        }

        if (map.TryGet(Keywords.Vocab, out var v))
        {
            result.Vocab = v.IsNull() ? null : ExpandVocab(result, v);
        }

        if (map.TryGet(Keywords.Language, out var language))
        {
            result.DefaultLanguage = language.IsNull() ? null : RequireLanguage(language, "invalid default language");
        }

        if (map.TryGet(Keywords.Direction, out var direction))
        {
            result.DefaultDirection = RequireDirection(direction);
        }

        if (map.TryGet(Keywords.Propagate, out var propagate))
        {
            RequireBoolean(propagate, "invalid @propagate value");
        }

        var isProtected = map.TryGet(Keywords.Protected, out var prot) && RequireBoolean(prot, "invalid @protected value");
        var scope = new TermScope(map, baseUrl, isProtected, overrideProtected, remote, validateScoped);
        foreach (var member in map.Members)
        {
            if (!IsContextKeyword(member.Key))
            {
                CreateTermDefinition(result, scope, member.Key);
            }
        }

        return result;
    }

    private JMap Import(JMap map, JNode import, string? baseUrl)
    {
        var reference = import.AsString() ?? throw import.Error("invalid @import value: must be a string");
        var iri = Resolve(baseUrl, reference);
        if (Load(iri, reference, import) is not JMap imported)
        {
            throw import.Error("invalid remote context: an imported context must be a single object");
        }

        if (imported.ContainsKey(Keywords.Import))
        {
            throw import.Error("invalid context entry: an imported context cannot use @import itself");
        }

        // The importing context's own entries win over the imported ones.
        var members = imported.Members.Where(m => !map.ContainsKey(m.Key))
            .Concat(map.Members.Where(m => m.Key != Keywords.Import))
            .ToList();
        return new JMap(map.Source, map.Offset, members);
    }

    private JNode Load(string iri, string reference, JNode at)
    {
        if (_loaded.TryGetValue(iri, out var cached))
        {
            return cached;
        }

        if (localContexts is null
            || !(localContexts.TryGetValue(iri, out var text) || localContexts.TryGetValue(reference, out text)))
        {
            throw at.Error("remote contexts are not supported: " + iri);
        }

        if (JsonSource.Parse(text, iri) is not JMap document || !document.TryGet(Keywords.Context, out var context))
        {
            throw at.Error($"invalid remote context: {iri} is not an object with an @context entry");
        }

        _loaded[iri] = context;
        return context;
    }

    private static string ResolveBase(ActiveContext result, JNode b)
    {
        var value = b.AsString() ?? throw b.Error("invalid base IRI: @base must be a string or null");
        if (Keywords.IsAbsoluteIri(value))
        {
            return value;
        }

        return result.BaseIri is not null
            ? IriResolver.Resolve(result.BaseIri, value)
            : throw b.Error($"invalid base IRI: \"{value}\" is relative and there is no base IRI to resolve it against");
    }

    private string ExpandVocab(ActiveContext result, JNode v)
    {
        var value = v.AsString() ?? throw v.Error("invalid vocab mapping: @vocab must be a string or null");
        var expanded = ExpandIri(result, value, documentRelative: true, vocab: true);
        if (expanded is null || !(Keywords.IsBlankNodeId(expanded) || Keywords.IsAbsoluteIri(expanded)))
        {
            throw v.Error($"invalid vocab mapping: \"{value}\" is not an IRI (and there is no base IRI)");
        }

        return expanded;
    }

    private static string Resolve(string? baseUrl, string reference) =>
        baseUrl is not null && !Keywords.IsAbsoluteIri(reference) ? IriResolver.Resolve(baseUrl, reference) : reference;

    private static bool IsContextKeyword(string key) => key is Keywords.Base or Keywords.Direction or Keywords.Import
        or Keywords.Language or Keywords.Propagate or Keywords.Protected or Keywords.Version or Keywords.Vocab;

    internal static bool RequireBoolean(JNode node, string error) => node switch
    {
        JScalar { Kind: JScalarKind.True } => true,
        JScalar { Kind: JScalarKind.False } => false,
        _ => throw node.Error(error + ": must be true or false"),
    };

    /// <summary>A language tag, lower-cased as every Vocab parser stores them.</summary>
    internal static string RequireLanguage(JNode node, string error)
    {
        var tag = node.AsString() ?? throw node.Error(error + ": must be a string");
        return Keywords.IsWellFormedLanguage(tag) ? tag.ToLowerInvariant() : throw node.Error($"{error}: \"{tag}\" is not a BCP 47 language tag");
    }

    internal static string? RequireDirection(JNode node) => node.IsNull() ? null : node.AsString() switch
    {
        "ltr" => "ltr",
        "rtl" => "rtl",
        _ => throw node.Error("invalid base direction: must be \"ltr\", \"rtl\" or null"),
    };

    private readonly record struct CacheKey(ActiveContext Active, JNode Local, string? BaseUrl, bool OverrideProtected, bool Propagate);

    /// <summary>What Create Term Definition needs besides the term: the context definition being processed and its settings.</summary>
    private sealed class TermScope(JMap local, string? baseUrl, bool isProtected, bool overrideProtected, List<string> remote, bool validateScoped)
    {
        public JMap Local { get; } = local;

        public Dictionary<string, bool> Defined { get; } = new(StringComparer.Ordinal);

        public string? BaseUrl { get; } = baseUrl;

        public bool Protected { get; } = isProtected;

        public bool OverrideProtected { get; } = overrideProtected;

        public List<string> Remote { get; } = remote;

        public bool ValidateScoped { get; } = validateScoped;
    }
}
