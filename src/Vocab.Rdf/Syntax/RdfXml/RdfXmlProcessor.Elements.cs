using System.Globalization;

namespace Vocab.Rdf;

/// <summary>Start tags: attribute scanning, node elements and property elements.</summary>
internal sealed partial class RdfXmlProcessor
{
    // Attributes of the element being started; reused for every element.
    private readonly List<(Iri Predicate, string Value)> _propertyAttributes = [];
    private string? _id;
    private string? _nodeId;
    private string? _about;
    private string? _resource;
    private string? _datatype;
    private string? _parseType;
    private string? _xmlBase;
    private string? _xmlLang;

    private void OnStartElement()
    {
        var parent = _frames[_top];
        if (parent.Kind == RdfXmlFrameKind.Literal)
        {
            _literal.StartElement(_reader);
            return;
        }

        ScanAttributes();
        var baseIri = _xmlBase is null ? parent.Base : ResolveOrThrow(_xmlBase, parent.Base);
        var lang = _xmlLang is null ? parent.Lang : _xmlLang.Length == 0 ? null : _xmlLang.ToLowerInvariant();
        switch (parent.Kind)
        {
            case RdfXmlFrameKind.Document when _reader.NamespaceURI == RdfXmlNames.RdfNs && _reader.LocalName == "RDF":
                if (_propertyAttributes.Count > 0 || _id is not null || _nodeId is not null || _about is not null
                    || _resource is not null || _datatype is not null || _parseType is not null)
                {
                    throw Error("rdf:RDF takes no RDF attributes");
                }

                Push(RdfXmlFrameKind.Rdf, baseIri, lang);
                break;
            case RdfXmlFrameKind.Document or RdfXmlFrameKind.Rdf:
                StartNode(baseIri, lang);
                break;
            case RdfXmlFrameKind.Node:
                StartProperty(parent, baseIri, lang);
                break;
            case RdfXmlFrameKind.Property:
                if (parent.Object is not null)
                {
                    throw Error("a property element can hold only one node element");
                }

                if (parent.Resource is not null || parent.Datatype is not null || parent.Attributes.Count > 0)
                {
                    throw Error("a property element with a node element inside cannot have rdf:resource, rdf:nodeID, rdf:datatype or property attributes");
                }

                if (!RdfXmlNames.IsXmlWhitespace(parent.Text.ToString()))
                {
                    throw Error("a property element cannot mix text and a node element");
                }

                parent.Text.Clear();
                parent.HasText = false;
                parent.Object = StartNode(baseIri, lang);
                EmitStatement(parent, parent.Object);
                break;
            case RdfXmlFrameKind.Collection:
                var member = StartNode(baseIri, lang);
                var cell = NewBlankNode();
                if (parent.Object is null)
                {
                    EmitStatement(parent, cell);
                }
                else
                {
                    Emit(parent.Object, RdfRest, cell);
                }

                Emit(cell, RdfFirst, member);
                parent.Object = cell;
                break;
            default:
                throw Error("unexpected element");
        }
    }

    private Term StartNode(string? baseIri, string? lang)
    {
        var ns = _reader.NamespaceURI;
        var local = _reader.LocalName;
        if (ns.Length == 0)
        {
            throw Error($"node element '{local}' has no namespace");
        }

        if (!RdfXmlNames.IsNodeElementName(ns, local))
        {
            throw Error($"rdf:{local} cannot be used as a node element");
        }

        var misplaced = _resource is not null ? "resource" : _datatype is not null ? "datatype" : _parseType is not null ? "parseType" : null;
        if (misplaced is not null)
        {
            throw Error($"rdf:{misplaced} is not allowed on a node element");
        }

        if ((_id is null ? 0 : 1) + (_nodeId is null ? 0 : 1) + (_about is null ? 0 : 1) > 1)
        {
            throw Error("a node element can have only one of rdf:ID, rdf:nodeID and rdf:about");
        }

        Term subject = _id is not null ? IdIri(_id, baseIri)
            : _nodeId is not null ? NodeIdBlankNode(_nodeId)
            : _about is not null ? new Iri(ResolveOrThrow(_about, baseIri))
            : NewBlankNode();
        if (ns != RdfXmlNames.RdfNs || local != "Description")
        {
            Emit(subject, RdfType, Name(ns, local));
        }

        EmitPropertyAttributes(subject, _propertyAttributes, baseIri, lang);
        Push(RdfXmlFrameKind.Node, baseIri, lang).Subject = subject;
        return subject;
    }

    private void StartProperty(RdfXmlFrame parent, string? baseIri, string? lang)
    {
        var ns = _reader.NamespaceURI;
        var local = _reader.LocalName;
        if (ns.Length == 0)
        {
            throw Error($"property element '{local}' has no namespace");
        }

        if (!RdfXmlNames.IsPropertyElementName(ns, local))
        {
            throw Error($"rdf:{local} cannot be used as a property element");
        }

        if (_about is not null)
        {
            throw Error("rdf:about is not allowed on a property element");
        }

        var predicate = ns == RdfXmlNames.RdfNs && local == "li" ? LiPredicate(++parent.LiCounter) : Name(ns, local);
        var reifyId = _id is null ? null : IdIri(_id, baseIri);
        if (_parseType is not null)
        {
            if (_resource is not null || _nodeId is not null || _datatype is not null || _propertyAttributes.Count > 0)
            {
                throw Error("rdf:parseType cannot be combined with rdf:resource, rdf:nodeID, rdf:datatype or property attributes");
            }

            // Any parseType other than Resource and Collection is treated as Literal (RDF/XML 7.2.20).
            var kind = _parseType switch
            {
                "Resource" => RdfXmlFrameKind.Node,
                "Collection" => RdfXmlFrameKind.Collection,
                _ => RdfXmlFrameKind.Literal,
            };
            if (kind == RdfXmlFrameKind.Node)
            {
                var node = NewBlankNode();
                EmitStatement(parent.Subject!, predicate, reifyId, node);
                Push(RdfXmlFrameKind.Node, baseIri, lang).Subject = node;
                return;
            }

            var frame = Push(kind, baseIri, lang);
            frame.Subject = parent.Subject;
            frame.Predicate = predicate;
            frame.ReifyId = reifyId;
            return;
        }

        if (_resource is not null && _nodeId is not null)
        {
            throw Error("a property element cannot have both rdf:resource and rdf:nodeID");
        }

        var property = Push(RdfXmlFrameKind.Property, baseIri, lang);
        property.Subject = parent.Subject;
        property.Predicate = predicate;
        property.ReifyId = reifyId;
        property.Datatype = _datatype is null ? null : ResolveOrThrow(_datatype, baseIri);
        property.Resource = _resource is not null ? new Iri(ResolveOrThrow(_resource, baseIri))
            : _nodeId is not null ? NodeIdBlankNode(_nodeId)
            : null;
        property.Attributes.AddRange(_propertyAttributes);
    }

    private void ScanAttributes()
    {
        _propertyAttributes.Clear();
        _id = _nodeId = _about = _resource = _datatype = _parseType = _xmlBase = _xmlLang = null;
        if (!_reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            var ns = _reader.NamespaceURI;
            var local = _reader.LocalName;
            if (ns == RdfXmlNames.XmlnsNs)
            {
                _options.OnPrefix?.Invoke(_reader.Prefix.Length == 0 ? string.Empty : local, _reader.Value);
                continue;
            }

            if (ns == RdfXmlNames.XmlNs)
            {
                // Other xml: attributes (xml:space, unknown ones) carry no RDF meaning.
                if (local == "lang")
                {
                    _xmlLang = _reader.Value;
                }
                else if (local == "base")
                {
                    _xmlBase = _reader.Value;
                }

                continue;
            }

            if (ns.Length == 0)
            {
                if (local.StartsWith("xml", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // reserved for XML; RDF/XML ignores them
                }

                // RDF/XML 6.1.4 keeps these unqualified names for backwards compatibility.
                if (local is not ("ID" or "about" or "resource" or "parseType" or "type"))
                {
                    throw Error($"attribute '{local}' has no namespace; property attributes must be namespace-qualified");
                }

                ns = RdfXmlNames.RdfNs;
            }

            if (ns == RdfXmlNames.RdfNs && ScanSyntaxAttribute(local))
            {
                continue;
            }

            if (!RdfXmlNames.IsPropertyAttributeName(ns, local))
            {
                throw Error($"rdf:{local} is not allowed as an attribute");
            }

            _propertyAttributes.Add((Name(ns, local), _reader.Value));
        }
        while (_reader.MoveToNextAttribute());
        _reader.MoveToElement();
    }

    private bool ScanSyntaxAttribute(string local)
    {
        switch (local)
        {
            case "ID": _id = _reader.Value; return true;
            case "nodeID": _nodeId = _reader.Value; return true;
            case "about": _about = _reader.Value; return true;
            case "resource": _resource = _reader.Value; return true;
            case "datatype": _datatype = _reader.Value; return true;
            case "parseType": _parseType = _reader.Value; return true;
            default: return false;
        }
    }

    private Iri IdIri(string id, string? baseIri)
    {
        if (!RdfXmlNames.IsNCName(id))
        {
            throw Error($"rdf:ID '{id}' is not an XML NCName");
        }

        var iri = ResolveOrThrow("#" + id, baseIri);
        if (!_ids.Add(iri))
        {
            throw Error($"rdf:ID '{id}' gives {iri}, which another rdf:ID in this document already gives");
        }

        return new Iri(iri);
    }

    private BlankNode NodeIdBlankNode(string nodeId)
    {
        if (!RdfXmlNames.IsNCName(nodeId))
        {
            throw Error($"rdf:nodeID '{nodeId}' is not an XML NCName");
        }

        // An NCName is a valid N-Triples label unless it ends with '.'; such ids get a generated label.
        // Generated labels are digits only, which no NCName is, so the two never collide.
        if (!nodeId.EndsWith('.'))
        {
            return new BlankNode(nodeId);
        }

        if (!_oddNodeIds.TryGetValue(nodeId, out var node))
        {
            node = NewBlankNode();
            _oddNodeIds.Add(nodeId, node);
        }

        return node;
    }

    private Iri Name(string ns, string local)
    {
        if (!_names.TryGetValue((ns, local), out var iri))
        {
            iri = new Iri(ns + local);
            _names.Add((ns, local), iri);
        }

        return iri;
    }

    private Iri LiPredicate(int n)
    {
        while (_liPredicates.Count < n)
        {
            _liPredicates.Add(new Iri(Vocabulary.Rdf.Ns + "_" + (_liPredicates.Count + 1).ToString(CultureInfo.InvariantCulture)));
        }

        return _liPredicates[n - 1];
    }
}
