using System.Globalization;
using System.Text.Json;
using Vocab.Core;
using Vocab.Rdf.Syntax.Common;

namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>
/// How the writer names things: the prefixes of the <c>@context</c>, compact IRIs (<c>skos:prefLabel</c>),
/// IRIs relative to <c>@base</c>, and short blank node labels. Every shortened form is one that
/// <see cref="JsonLdParser"/> expands back to the same IRI.
/// </summary>
internal sealed class JsonLdNames
{
    private static readonly (string Prefix, string Namespace)[] WellKnown =
    [
        ("rdf", Vocabulary.Rdf.Ns), ("rdfs", Vocabulary.Rdfs.Ns), ("xsd", Vocabulary.Xsd.Ns), ("owl", Iris.Owl.Ns),
        ("skos", Iris.Skos.Ns), ("skosxl", Iris.SkosXl.Ns), ("dct", Iris.Dct.Ns),
    ];

    private readonly List<(string Prefix, string Namespace)> _candidates = [];
    private readonly SortedDictionary<string, string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _compact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<BlankNode, string> _blankNodes = [];
    private readonly string? _base;
    private bool _contextWritten;

    public JsonLdNames(RdfWriterOptions options, IEnumerable<string> iris)
    {
        _base = options.BaseIri is { } b && IriResolver.HasScheme(b) ? b : null;
        var all = iris.ToHashSet(StringComparer.Ordinal);

        // "urn:x" would expand through a prefix named "urn", so such names cannot be prefixes here
        // ("http://..." is safe: a suffix starting with "//" is never expanded).
        var schemes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iri in all)
        {
            var colon = iri.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !iri.AsSpan(colon + 1).StartsWith("//"))
            {
                schemes.Add(iri[..colon]);
            }
        }

        foreach (var (prefix, ns) in options.Prefixes.Select(p => (p.Key, p.Value)).Concat(WellKnown))
        {
            if (IsUsablePrefix(prefix) && IriResolver.HasScheme(ns) && !schemes.Contains(prefix)
                && !_candidates.Any(c => c.Prefix == prefix || c.Namespace == ns))
            {
                _candidates.Add((prefix, ns));
            }
        }

        // Longest namespace first, so the most specific prefix wins.
        _candidates.Sort((x, y) => y.Namespace.Length.CompareTo(x.Namespace.Length));
        foreach (var iri in all)
        {
            Compact(iri);
        }
    }

    /// <summary>True when the document needs an <c>@context</c>.</summary>
    public bool HasContext => _base is not null || _used.Count > 0;

    /// <summary>Writes the <c>@context</c> object: <c>@base</c>, then the prefixes that are used, by name.</summary>
    public void WriteContext(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        if (_base is not null)
        {
            json.WriteString(Keywords.Base, _base);
        }

        foreach (var (prefix, ns) in _used)
        {
            if (Keywords.EndsWithGenDelim(ns))
            {
                json.WriteString(prefix, ns);
            }
            else
            {
                // JSON-LD 1.1 treats a simple term as a prefix only when its IRI ends in a gen-delim character.
                json.WriteStartObject(prefix);
                json.WriteString(Keywords.Id, ns);
                json.WriteBoolean(Keywords.Prefix, true);
                json.WriteEndObject();
            }
        }

        json.WriteEndObject();
        _contextWritten = true;
    }

    /// <summary>A property key, <c>@type</c> value or datatype: a compact IRI when a prefix fits, else the IRI.</summary>
    public string Compact(string iri)
    {
        if (_compact.TryGetValue(iri, out var compact))
        {
            return compact;
        }

        compact = iri;
        foreach (var (prefix, ns) in _candidates)
        {
            // Once the context is out, only the prefixes it declares can be used.
            if (iri.StartsWith(ns, StringComparison.Ordinal) && !iri.AsSpan(ns.Length).StartsWith("//")
                && (!_contextWritten || _used.ContainsKey(prefix)))
            {
                compact = string.Concat(prefix, ":", iri.AsSpan(ns.Length));
                _used[prefix] = ns;
                break;
            }
        }

        _compact.Add(iri, compact);
        return compact;
    }

    /// <summary>An <c>@id</c> value: a compact IRI, else relative to the base, else the IRI; blank nodes get short labels.</summary>
    public string Id(Term term)
    {
        if (term is BlankNode node)
        {
            if (!_blankNodes.TryGetValue(node, out var label))
            {
                label = "_:b" + _blankNodes.Count.ToString(CultureInfo.InvariantCulture);
                _blankNodes.Add(node, label);
            }

            return label;
        }

        var iri = ((Iri)term).Value;
        var compact = Compact(iri);
        if (!ReferenceEquals(compact, iri) || _base is null)
        {
            return compact;
        }

        if (!_ids.TryGetValue(iri, out var id))
        {
            id = Relativize(iri) ?? iri;
            _ids.Add(iri, id);
        }

        return id;
    }

    private string? Relativize(string iri)
    {
        var b = _base!;
        var hash = b.IndexOf('#', StringComparison.Ordinal);
        var document = hash < 0 ? b : b[..hash];
        string? candidate = null;
        if (iri.StartsWith(document + "#", StringComparison.Ordinal))
        {
            candidate = iri[document.Length..];
        }
        else
        {
            var query = document.IndexOf('?', StringComparison.Ordinal);
            var path = query < 0 ? document : document[..query];
            var directory = path[..(path.LastIndexOf('/') + 1)];
            if (directory.Length > 0 && iri.Length > directory.Length && iri.StartsWith(directory, StringComparison.Ordinal))
            {
                candidate = iri[directory.Length..];
            }
        }

        // The reference must not read as a compact IRI, a keyword or a path from the root, and must resolve back exactly.
        if (candidate is null || candidate.StartsWith('@') || candidate.StartsWith('/')
            || (candidate.IndexOfAny([':', '/', '?', '#']) is var stop && stop >= 0 && candidate[stop] == ':'))
        {
            return null;
        }

        return IriResolver.Resolve(b, candidate) == iri ? candidate : null;
    }

    private static bool IsUsablePrefix(string prefix)
    {
        // Prefix names from Turtle (PN_PREFIX) fit; "_" would read as a blank node, "@..." as a keyword.
        if (prefix.Length == 0 || prefix == "_" || !char.IsLetter(prefix[0]))
        {
            return false;
        }

        return prefix.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.');
    }
}
