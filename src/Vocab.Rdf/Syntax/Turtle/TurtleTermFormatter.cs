using System.Globalization;
using Vocab.Core;
using Vocab.Rdf.Syntax.Common;
using Vocab.Rdf.Syntax.NTriples;

namespace Vocab.Rdf.Syntax.Turtle;

/// <summary>
/// Turns terms into Turtle text: prefixed names where the local part is a plain PN_LOCAL (no escapes needed),
/// IRIs relative to the base when that resolves back exactly, short forms of numbers and booleans whose lexical
/// form reads back unchanged, long strings for multi-line text, and blank node labels <c>b1</c>, <c>b2</c>, ...
/// </summary>
internal sealed class TurtleTermFormatter
{
    private static readonly (string Prefix, string Ns)[] WellKnown =
    [
        ("rdf", Vocabulary.Rdf.Ns),
        ("rdfs", Vocabulary.Rdfs.Ns),
        ("xsd", Vocabulary.Xsd.Ns),
        ("owl", Iris.Owl.Ns),
        ("skos", Iris.Skos.Ns),
        ("skosxl", Iris.SkosXl.Ns),
        ("dct", Iris.Dct.Ns),
    ];

    private readonly List<(string Prefix, string Ns)> _candidates = [];
    private readonly Dictionary<string, string> _iriText = new(StringComparer.Ordinal);

    // Parsers intern IRIs, so most lookups hit this table by reference without hashing the string.
    private readonly Dictionary<string, string> _iriTextByReference = new(ReferenceEqualityComparer.Instance);
    private readonly SortedDictionary<string, string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<BlankNode, string> _labels = [];
    private readonly string? _base;

    public TurtleTermFormatter(RdfWriterOptions options)
    {
        _base = options.BaseIri;
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (prefix, ns) in options.Prefixes.Concat(WellKnown.Select(w => KeyValuePair.Create(w.Prefix, w.Ns))))
        {
            if (IsPrefixName(prefix) && ns.Length > 0 && prefixes.Add(prefix) && namespaces.Add(ns))
            {
                _candidates.Add((prefix, ns));
            }
        }

        // Longest namespace first, so the most specific prefix wins.
        _candidates.Sort((a, b) => b.Ns.Length.CompareTo(a.Ns.Length));
    }

    /// <summary>The prefixes some written IRI uses, by prefix name.</summary>
    public IEnumerable<KeyValuePair<string, string>> UsedPrefixes => _used;

    public string? BaseIri => _base;

    /// <summary>The Turtle text of an IRI (cached; the first call marks its prefix as used).</summary>
    public string Iri(string iri)
    {
        if (_iriTextByReference.TryGetValue(iri, out var text))
        {
            return text;
        }

        if (!_iriText.TryGetValue(iri, out text))
        {
            text = Compact(iri) ?? Angle(Relative(iri));
            _iriText.Add(iri, text);
        }

        _iriTextByReference[iri] = text;
        return text;
    }

    /// <summary>'a' for rdf:type, otherwise the IRI's text.</summary>
    public string Predicate(Iri predicate) => predicate.Value == Vocabulary.Rdf.Type ? "a" : Iri(predicate.Value);

    /// <summary>The label a blank node is written with, assigned in order of first use.</summary>
    public string Label(BlankNode node)
    {
        if (!_labels.TryGetValue(node, out var label))
        {
            label = "_:b" + (_labels.Count + 1).ToString(CultureInfo.InvariantCulture);
            _labels.Add(node, label);
        }

        return label;
    }

    public void WriteLiteral(TextWriter output, Literal literal)
    {
        if (literal.Language is null && IsBareForm(literal.Value, literal.Datatype))
        {
            output.Write(literal.Value);
            return;
        }

        if (literal.Value.Contains('\n', StringComparison.Ordinal))
        {
            WriteLong(output, literal.Value);
        }
        else
        {
            WriteShort(output, literal.Value);
        }

        if (literal.Language is not null)
        {
            output.Write('@');
            output.Write(literal.Language);
        }
        else if (literal.Datatype != Vocabulary.Xsd.String)
        {
            output.Write("^^");
            output.Write(Iri(literal.Datatype));
        }
    }

    /// <summary>Registers the IRIs a literal will need, so prefixes are known before the header is written.</summary>
    public void Prepare(Literal literal)
    {
        if (literal.Language is null && literal.Datatype != Vocabulary.Xsd.String && !IsBareForm(literal.Value, literal.Datatype))
        {
            Iri(literal.Datatype);
        }
    }

    /// <summary>A one-line string: quotes, backslashes and control characters escaped (ECHAR where there is one).</summary>
    private static void WriteShort(TextWriter output, string value)
    {
        output.Write('"');
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c != '"' && c != '\\')
            {
                continue;
            }

            output.Write(value.AsSpan(run, i - run));
            WriteEscape(output, c);
            run = i + 1;
        }

        output.Write(value.AsSpan(run));
        output.Write('"');
    }

    /// <summary>A triple-quoted string: line feeds and tabs stay as they are, so multi-line text reads naturally.</summary>
    private static void WriteLong(TextWriter output, string value)
    {
        output.Write("\"\"\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\n' or '\t' || (c >= ' ' && c != '\\' && c != '"'))
            {
                output.Write(c);
            }
            else if (c != '"' || i + 1 == value.Length || value[i + 1] == '"')
            {
                // A quote that ends the text or starts a run could close the string early.
                WriteEscape(output, c);
            }
            else
            {
                output.Write(c);
            }
        }

        output.Write("\"\"\"");
    }

    private static void WriteEscape(TextWriter output, char c)
    {
        switch (c)
        {
            case '"': output.Write("\\\""); break;
            case '\\': output.Write("\\\\"); break;
            case '\n': output.Write("\\n"); break;
            case '\r': output.Write("\\r"); break;
            case '\t': output.Write("\\t"); break;
            case '\b': output.Write("\\b"); break;
            case '\f': output.Write("\\f"); break;
            default:
                output.Write("\\u");
                output.Write(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>True when the lexical form, written bare, reads back as the same literal.</summary>
    private static bool IsBareForm(string value, string datatype) => datatype switch
    {
        Vocabulary.Xsd.Integer => NumberShape(value, out var dot, out var exponent) && !dot && !exponent,
        Vocabulary.Xsd.Decimal => NumberShape(value, out var dot, out var exponent) && dot && !exponent && value[^1] != '.',
        Vocabulary.Xsd.Double => NumberShape(value, out _, out var exponent) && exponent,
        Vocabulary.Xsd.Boolean => value is "true" or "false",
        _ => false,
    };

    /// <summary>Matches [+-]? digits* ('.' digits*)? ([eE] [+-]? digits+)? with at least one mantissa digit.</summary>
    private static bool NumberShape(string value, out bool dot, out bool exponent)
    {
        dot = false;
        exponent = false;
        var i = value.Length > 0 && value[0] is '+' or '-' ? 1 : 0;
        var mantissaDigits = 0;
        var fractionDigits = 0;
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                mantissaDigits++;
                fractionDigits += dot ? 1 : 0;
            }
            else if (c == '.' && !dot)
            {
                dot = true;
            }
            else
            {
                break;
            }
        }

        // A decimal needs digits after the dot ("1." is not DECIMAL); a double's dot may have none ("1.e0").
        if (mantissaDigits == 0 || (dot && fractionDigits == 0 && (i == value.Length || value[i] is not ('e' or 'E'))))
        {
            return false;
        }

        if (i < value.Length && value[i] is 'e' or 'E')
        {
            exponent = true;
            i++;
            if (i < value.Length && value[i] is '+' or '-')
            {
                i++;
            }

            var start = i;
            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return i == value.Length;
    }

    private string? Compact(string iri)
    {
        foreach (var (prefix, ns) in _candidates)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal) && IsPlainLocalName(iri.AsSpan(ns.Length)))
            {
                _used[prefix] = ns;
                return prefix + ":" + iri[ns.Length..];
            }
        }

        return null;
    }

    private string Relative(string iri)
    {
        if (_base is null)
        {
            return iri;
        }

        var fragmentStart = _base.IndexOf('#', StringComparison.Ordinal);
        var document = fragmentStart < 0 ? _base : _base[..fragmentStart];
        var directory = document[..(document.LastIndexOf('/') + 1)];
        foreach (var candidate in new[]
                 {
                     iri == document ? string.Empty : null,
                     iri.StartsWith(document + "#", StringComparison.Ordinal) ? iri[document.Length..] : null,
                     directory.Length > 0 && iri.StartsWith(directory, StringComparison.Ordinal) ? iri[directory.Length..] : null,
                 })
        {
            // Only a relative form that resolves back to exactly this IRI is used.
            if (candidate is not null && !IriResolver.HasScheme(candidate) && IriResolver.Resolve(_base, candidate) == iri)
            {
                return candidate;
            }
        }

        return iri;
    }

    /// <summary>An IRI in angle brackets with the N-Triples escapes.</summary>
    public static string Angle(string iri)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        NTriplesFormatter.WriteIri(writer, iri);
        return writer.ToString();
    }

    private static bool IsPrefixName(string prefix)
    {
        if (prefix.Length == 0)
        {
            return true;
        }

        if (!CharClasses.IsPnCharsBase(prefix[0]) || prefix[^1] == '.')
        {
            return false;
        }

        foreach (var c in prefix.AsSpan(1))
        {
            if (!CharClasses.IsPnChars(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A PN_LOCAL that needs no backslash escapes: '%' only as %XX, no leading '-' or '.', no trailing '.'.</summary>
    private static bool IsPlainLocalName(ReadOnlySpan<char> local)
    {
        for (var i = 0; i < local.Length; i++)
        {
            var c = local[i];
            if (c == '%')
            {
                if (i + 2 >= local.Length || CharClasses.HexValue(local[i + 1]) < 0 || CharClasses.HexValue(local[i + 2]) < 0)
                {
                    return false;
                }

                i += 2;
            }
            else if (i == 0 ? !(CharClasses.IsPnCharsU(c) || CharClasses.IsDigit(c) || c == ':')
                     : !(CharClasses.IsPnChars(c) || c is ':' or '.'))
            {
                return false;
            }
        }

        return local.Length == 0 || local[^1] != '.';
    }
}
