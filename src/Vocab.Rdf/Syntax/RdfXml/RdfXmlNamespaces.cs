using System.Globalization;
using System.Text;
using System.Xml;

namespace Vocab.Rdf;

/// <summary>
/// Turns IRIs into XML qualified names for <see cref="RdfXmlWriter"/>: the caller's prefixes where they fit,
/// <c>ns0</c>, <c>ns1</c>, ... for other namespaces. RDF/XML can only write an IRI as an element name when
/// it ends in an NCName, so the split point is the longest NCName suffix.
/// </summary>
internal sealed class RdfXmlNamespaces
{
    private readonly Dictionary<string, string> _prefixByNs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedPrefixes = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Ns)> _declared = [];
    private readonly HashSet<string> _declaredNs = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Ns)> _userPrefixes = [];
    private readonly Dictionary<string, string?> _qnames = new(StringComparer.Ordinal);
    private readonly bool _asciiOnly;
    private int _next;

    /// <summary>With <paramref name="asciiOnly"/>, names use ASCII only, for output encodings that cannot hold other characters.</summary>
    public RdfXmlNamespaces(IReadOnlyDictionary<string, string> prefixes, bool asciiOnly)
    {
        _asciiOnly = asciiOnly;
        Add("rdf", Vocabulary.Rdf.Ns);
        Declare("rdf", Vocabulary.Rdf.Ns);
        foreach (var (prefix, ns) in prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // xml* prefixes are reserved by XML; the empty prefix would make element names depend on a default namespace.
            if (ns.Length == 0 || !IsName(prefix) || prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase)
                || _usedPrefixes.Contains(prefix) || _prefixByNs.ContainsKey(ns))
            {
                continue;
            }

            Add(prefix, ns);
            _userPrefixes.Add((prefix, ns));
        }

        // Longest namespace first, so the most specific prefix wins.
        _userPrefixes.Sort(static (a, b) => b.Ns.Length.CompareTo(a.Ns.Length));
    }

    /// <summary>Namespaces that <see cref="QName"/> has handed out, rdf first, in first-use order.</summary>
    public IReadOnlyList<(string Prefix, string Ns)> Declared => _declared;

    /// <summary>The qualified name for <paramref name="iri"/>, or null when it does not end in an NCName.</summary>
    public string? QName(string iri)
    {
        if (_qnames.TryGetValue(iri, out var cached))
        {
            return cached;
        }

        var qname = Split(iri);
        _qnames.Add(iri, qname);
        return qname;
    }

    private string? Split(string iri)
    {
        var split = LocalNameStart(iri);
        if (split < 0)
        {
            return null;
        }

        var ns = iri[..split];
        if (!_prefixByNs.TryGetValue(ns, out var prefix))
        {
            // A caller's namespace may end inside the longest NCName suffix (e.g. "…/voc/t" for "…/voc/term").
            foreach (var (userPrefix, userNs) in _userPrefixes)
            {
                if (iri.Length > userNs.Length && iri.StartsWith(userNs, StringComparison.Ordinal)
                    && IsName(iri.AsSpan(userNs.Length)))
                {
                    Declare(userPrefix, userNs);
                    return userPrefix + ":" + iri[userNs.Length..];
                }
            }

            prefix = NextPrefix();
            Add(prefix, ns);
        }

        Declare(prefix, ns);
        return prefix + ":" + iri[split..];
    }

    /// <summary>Index where the longest NCName suffix starting with a name-start character begins; -1 if none.</summary>
    private int LocalNameStart(string iri)
    {
        var i = iri.Length;
        while (i > 0 && XmlConvert.IsNCNameChar(iri[i - 1]) && !(_asciiOnly && !char.IsAscii(iri[i - 1])))
        {
            i--;
        }

        while (i < iri.Length && !XmlConvert.IsStartNCNameChar(iri[i]))
        {
            i++;
        }

        // The namespace part must not be empty: xmlns:p="" is not allowed in XML 1.0.
        return i < iri.Length && i > 0 ? i : -1;
    }

    private bool IsName(ReadOnlySpan<char> name) => RdfXmlNames.IsNCName(name) && !(_asciiOnly && !Ascii.IsValid(name));

    private string NextPrefix()
    {
        string prefix;
        do
        {
            prefix = "ns" + _next++.ToString(CultureInfo.InvariantCulture);
        }
        while (_usedPrefixes.Contains(prefix));
        return prefix;
    }

    private void Add(string prefix, string ns)
    {
        _prefixByNs[ns] = prefix;
        _usedPrefixes.Add(prefix);
    }

    private void Declare(string prefix, string ns)
    {
        if (_declaredNs.Add(ns))
        {
            _declared.Add((prefix, ns));
        }
    }
}
