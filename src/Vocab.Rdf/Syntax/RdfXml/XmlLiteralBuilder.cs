using System.Text;
using System.Xml;

namespace Vocab.Rdf;

/// <summary>
/// Builds the lexical form of an rdf:parseType="Literal" value: the element content in exclusive XML
/// canonical form (no comments, empty inclusive-namespace list), as RDF/XML section 7.2.17 requires.
/// </summary>
internal sealed class XmlLiteralBuilder
{
    private readonly StringBuilder _sb = new();

    // Namespace declarations already rendered on an output ancestor, innermost last.
    private readonly List<(string Prefix, string Uri, int Depth)> _rendered = [];
    private readonly List<(string Prefix, string Uri)> _namespaces = [];
    private readonly List<(string Ns, string Local, string Name, string Value)> _attributes = [];
    private int _depth;

    /// <summary>How many elements of the literal are open; 0 between them.</summary>
    public int Depth => _depth;

    /// <summary>Writes the start tag of the element the reader is on, with the namespaces it visibly uses.</summary>
    public void StartElement(XmlReader reader)
    {
        _depth++;
        _namespaces.Clear();
        _attributes.Clear();
        Utilize(reader.Prefix, reader.NamespaceURI);
        var name = reader.Name;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI == RdfXmlNames.XmlnsNs)
                {
                    continue;
                }

                _attributes.Add((reader.NamespaceURI, reader.LocalName, reader.Name, reader.Value));
                if (reader.Prefix.Length > 0)
                {
                    Utilize(reader.Prefix, reader.NamespaceURI);
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        _namespaces.Sort(static (a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
        _attributes.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Ns, b.Ns);
            return c != 0 ? c : string.CompareOrdinal(a.Local, b.Local);
        });

        _sb.Append('<').Append(name);
        foreach (var (prefix, uri) in _namespaces)
        {
            _sb.Append(prefix.Length == 0 ? " xmlns" : " xmlns:").Append(prefix).Append("=\"");
            AppendAttributeValue(uri);
            _sb.Append('"');
        }

        foreach (var attribute in _attributes)
        {
            _sb.Append(' ').Append(attribute.Name).Append("=\"");
            AppendAttributeValue(attribute.Value);
            _sb.Append('"');
        }

        _sb.Append('>');
    }

    /// <summary>Writes the end tag; canonical form never uses empty-element tags.</summary>
    public void EndElement(string name)
    {
        _sb.Append("</").Append(name).Append('>');
        while (_rendered.Count > 0 && _rendered[^1].Depth == _depth)
        {
            _rendered.RemoveAt(_rendered.Count - 1);
        }

        _depth--;
    }

    /// <summary>Character data (text, CDATA sections and white space alike).</summary>
    public void Text(string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': _sb.Append("&amp;"); break;
                case '<': _sb.Append("&lt;"); break;
                case '>': _sb.Append("&gt;"); break;
                case '\r': _sb.Append("&#xD;"); break;
                default: _sb.Append(c); break;
            }
        }
    }

    /// <summary>A processing instruction, kept as canonical XML keeps it.</summary>
    public void ProcessingInstruction(string target, string data)
    {
        _sb.Append("<?").Append(target);
        if (data.Length > 0)
        {
            _sb.Append(' ').Append(data);
        }

        _sb.Append("?>");
    }

    /// <summary>Returns the canonical text and resets the builder for the next literal.</summary>
    public string Take()
    {
        var text = _sb.ToString();
        _sb.Clear();
        _rendered.Clear();
        _depth = 0;
        return text;
    }

    private void Utilize(string prefix, string uri)
    {
        if (prefix == "xml")
        {
            return;
        }

        foreach (var ns in _namespaces)
        {
            if (ns.Prefix == prefix)
            {
                return;
            }
        }

        // Outside any rendered declaration the default namespace is empty, so xmlns="" is only
        // written to undo a default namespace that an output ancestor declared.
        var current = prefix.Length == 0 ? string.Empty : null;
        for (var i = _rendered.Count - 1; i >= 0; i--)
        {
            if (_rendered[i].Prefix == prefix)
            {
                current = _rendered[i].Uri;
                break;
            }
        }

        if (current != uri)
        {
            _namespaces.Add((prefix, uri));
            _rendered.Add((prefix, uri, _depth));
        }
    }

    private void AppendAttributeValue(string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': _sb.Append("&amp;"); break;
                case '<': _sb.Append("&lt;"); break;
                case '"': _sb.Append("&quot;"); break;
                case '\t': _sb.Append("&#x9;"); break;
                case '\n': _sb.Append("&#xA;"); break;
                case '\r': _sb.Append("&#xD;"); break;
                default: _sb.Append(c); break;
            }
        }
    }
}
