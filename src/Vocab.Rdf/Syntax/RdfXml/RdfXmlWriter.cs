using System.Globalization;
using System.Text;

namespace Vocab.Rdf;

/// <summary>
/// Writes RDF/XML: one node element per subject (typed with its first rdf:type that is a valid element name),
/// flat property elements, rdf:nodeID for blank nodes. Statements are buffered until <see cref="End"/> because
/// they are grouped by subject and the namespaces must be declared on the root. Graph names are dropped:
/// RDF/XML has one graph. A predicate that does not end in an XML name cannot be written in RDF/XML at all,
/// so <see cref="End"/> throws <see cref="InvalidOperationException"/> naming it. IRIs are always written
/// absolute (<see cref="RdfWriterOptions.BaseIri"/> is not used), so the output does not depend on where it is read from.
/// </summary>
public sealed class RdfXmlWriter : RdfWriter
{
    private readonly Dictionary<Term, List<(Iri Predicate, Term Obj)>> _bySubject = [];
    private readonly List<Term> _subjects = [];
    private readonly Dictionary<string, string> _nodeIds = new(StringComparer.Ordinal);
    private readonly StringBuilder _sb = new();
    private bool _ended;
    private bool _asciiOnly;

    /// <summary>Creates a writer over <paramref name="output"/>; <see cref="RdfWriterOptions.Prefixes"/> name the namespaces.</summary>
    public RdfXmlWriter(TextWriter output, RdfWriterOptions? options = null)
        : base(output, options)
    {
    }

    /// <inheritdoc />
    public override void Write(in Quad quad)
    {
        ThrowIfEnded();
        if (quad.Subject is Literal)
        {
            throw new InvalidOperationException($"a literal cannot be a subject: {quad}");
        }

        if (!_bySubject.TryGetValue(quad.Subject, out var properties))
        {
            properties = [];
            _bySubject.Add(quad.Subject, properties);
            _subjects.Add(quad.Subject);
        }

        properties.Add((quad.Predicate, quad.Obj));
    }

    /// <inheritdoc />
    public override void End()
    {
        ThrowIfEnded();
        _ended = true;
        // Character references keep text intact in any encoding, but names cannot use them, so in a
        // non-Unicode output encoding names are limited to ASCII.
        _asciiOnly = Output.Encoding is not (UTF8Encoding or UnicodeEncoding or UTF32Encoding);
        var names = new RdfXmlNamespaces(Options.Prefixes, _asciiOnly);

        // Names first: every namespace must be declared on rdf:RDF before the body is written.
        var typeNames = new string?[_subjects.Count];
        for (var i = 0; i < _subjects.Count; i++)
        {
            var properties = _bySubject[_subjects[i]];
            typeNames[i] = ChooseTypeName(properties, names);
            foreach (var (predicate, _) in properties)
            {
                PredicateName(predicate, names);
            }
        }

        var encoding = Output.Encoding is UnicodeEncoding ? null : Output.Encoding.WebName;
        Output.Write(encoding is null ? "<?xml version=\"1.0\"?>\n" : $"<?xml version=\"1.0\" encoding=\"{encoding}\"?>\n");
        Output.Write("<rdf:RDF");
        foreach (var (prefix, ns) in names.Declared)
        {
            _sb.Clear().Append("\n    xmlns:").Append(prefix).Append("=\"");
            AppendEscaped(ns, attribute: true);
            Output.Write(_sb.Append('"'));
        }

        Output.Write(">\n");
        for (var i = 0; i < _subjects.Count; i++)
        {
            WriteNode(_subjects[i], typeNames[i], _bySubject[_subjects[i]], names);
        }

        Output.Write("</rdf:RDF>\n");
        Output.Flush();
        _bySubject.Clear();
        _subjects.Clear();
    }

    private void ThrowIfEnded()
    {
        if (_ended)
        {
            throw new InvalidOperationException("End() was already called: an RDF/XML document has one root element");
        }
    }

    private void WriteNode(Term subject, string? typeName, List<(Iri Predicate, Term Obj)> properties, RdfXmlNamespaces names)
    {
        var element = typeName ?? "rdf:Description";
        _sb.Clear().Append("  <").Append(element);
        AppendReference(subject, subject is Iri ? "rdf:about" : "rdf:nodeID");
        var typeSkipped = typeName is null;
        var written = 0;
        foreach (var (predicate, obj) in properties)
        {
            if (!typeSkipped && predicate.Value == Vocabulary.Rdf.Type && obj is Iri type && names.QName(type.Value) == typeName)
            {
                typeSkipped = true; // this rdf:type is the element name
                continue;
            }

            _sb.Append(written++ == 0 ? ">\n" : "\n").Append("    <").Append(PredicateName(predicate, names));
            if (obj is Literal literal)
            {
                AppendLiteral(literal, PredicateName(predicate, names));
            }
            else
            {
                AppendReference(obj, obj is Iri ? "rdf:resource" : "rdf:nodeID");
                _sb.Append("/>");
            }

            if (_sb.Length > 1 << 16)
            {
                Output.Write(_sb);
                _sb.Clear();
            }
        }

        _sb.Append(written == 0 ? "/>\n" : $"\n  </{element}>\n");
        Output.Write(_sb);
    }

    private void AppendLiteral(Literal literal, string name)
    {
        if (literal.Language is not null)
        {
            _sb.Append(" xml:lang=\"");
            AppendEscaped(literal.Language, attribute: true);
            _sb.Append('"');
        }
        else if (literal.Datatype != Vocabulary.Xsd.String)
        {
            _sb.Append(" rdf:datatype=\"");
            AppendEscaped(literal.Datatype, attribute: true);
            _sb.Append('"');
        }

        _sb.Append('>');
        AppendEscaped(literal.Value, attribute: false);
        _sb.Append("</").Append(name).Append('>');
    }

    private void AppendReference(Term term, string attribute)
    {
        _sb.Append(' ').Append(attribute).Append("=\"");
        if (term is Iri iri)
        {
            AppendEscaped(iri.Value, attribute: true);
        }
        else
        {
            _sb.Append(NodeId((BlankNode)term));
        }

        _sb.Append('"');
    }

    /// <summary>Blank node labels become b0, b1, ... because a label need not be an NCName, which rdf:nodeID requires.</summary>
    private string NodeId(BlankNode node)
    {
        if (!_nodeIds.TryGetValue(node.Label, out var id))
        {
            id = "b" + _nodeIds.Count.ToString(CultureInfo.InvariantCulture);
            _nodeIds.Add(node.Label, id);
        }

        return id;
    }

    private static string? ChooseTypeName(List<(Iri Predicate, Term Obj)> properties, RdfXmlNamespaces names)
    {
        foreach (var (predicate, obj) in properties)
        {
            if (predicate.Value == Vocabulary.Rdf.Type && obj is Iri type
                && (!type.Value.StartsWith(Vocabulary.Rdf.Ns, StringComparison.Ordinal)
                    || RdfXmlNames.IsNodeElementName(Vocabulary.Rdf.Ns, type.Value[Vocabulary.Rdf.Ns.Length..]) && type.Value != Vocabulary.Rdf.Ns + "Description")
                && names.QName(type.Value) is { } qname)
            {
                return qname;
            }
        }

        return null;
    }

    private static string PredicateName(Iri predicate, RdfXmlNamespaces names)
    {
        var value = predicate.Value;
        if (value.StartsWith(Vocabulary.Rdf.Ns, StringComparison.Ordinal)
            && (!RdfXmlNames.IsPropertyElementName(Vocabulary.Rdf.Ns, value[Vocabulary.Rdf.Ns.Length..]) || value == Vocabulary.Rdf.Li))
        {
            throw new InvalidOperationException($"RDF/XML cannot write the predicate <{value}>: it is a reserved RDF/XML syntax name");
        }

        return names.QName(value)
            ?? throw new InvalidOperationException($"RDF/XML cannot write the predicate <{value}>: it does not end in an XML name (NCName)");
    }

    private void AppendEscaped(string value, bool attribute)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': _sb.Append("&amp;"); break;
                case '<': _sb.Append("&lt;"); break;
                case '>' when !attribute: _sb.Append("&gt;"); break;
                case '"' when attribute: _sb.Append("&quot;"); break;
                case '\r': _sb.Append("&#xD;"); break;
                case '\n' when attribute: _sb.Append("&#xA;"); break;
                case '\t' when attribute: _sb.Append("&#x9;"); break;
                default:
                    if (char.IsSurrogatePair(value, i))
                    {
                        if (_asciiOnly)
                        {
                            _sb.Append("&#x").Append(char.ConvertToUtf32(c, value[++i]).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                        }
                        else
                        {
                            _sb.Append(c).Append(value[++i]);
                        }
                    }
                    else if (c < 0x20 && c is not ('\t' or '\n') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        throw new InvalidOperationException(
                            $"RDF/XML cannot write U+{(int)c:X4} in \"{value}\": XML 1.0 does not allow that character");
                    }
                    else if (_asciiOnly && c > 0x7F)
                    {
                        _sb.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        _sb.Append(c);
                    }

                    break;
            }
        }
    }
}
