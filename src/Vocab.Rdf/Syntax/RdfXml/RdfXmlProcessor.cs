using System.Globalization;
using System.Xml;
using Vocab.Rdf.Syntax.Common;

namespace Vocab.Rdf;

/// <summary>
/// The RDF/XML grammar as a push state machine over <see cref="XmlReader"/> events: each call to
/// <see cref="Step"/> reads one XML node and appends the statements it completes to <see cref="Output"/>.
/// An explicit frame stack (instead of recursion) keeps the parser streaming and lets the caller yield.
/// </summary>
internal sealed partial class RdfXmlProcessor
{
    private static readonly Iri RdfType = new(Vocabulary.Rdf.Type);
    private static readonly Iri RdfFirst = new(Vocabulary.Rdf.First);
    private static readonly Iri RdfRest = new(Vocabulary.Rdf.Rest);
    private static readonly Iri RdfNil = new(Vocabulary.Rdf.Nil);
    private static readonly Iri RdfSubject = new(Vocabulary.Rdf.Subject);
    private static readonly Iri RdfPredicate = new(Vocabulary.Rdf.Predicate);
    private static readonly Iri RdfObject = new(Vocabulary.Rdf.Object);
    private static readonly Iri RdfStatement = new(Vocabulary.Rdf.Statement);

    private readonly XmlReader _reader;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly RdfParserOptions _options;
    private readonly XmlLiteralBuilder _literal = new();
    private readonly List<RdfXmlFrame> _frames = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Ns, string Local), Iri> _names = [];
    private readonly List<Iri> _liPredicates = [];
    private readonly Dictionary<string, BlankNode> _oddNodeIds = new(StringComparer.Ordinal);
    private int _top;
    private long _blankCounter;

    public RdfXmlProcessor(XmlReader reader, RdfParserOptions options)
    {
        _reader = reader;
        _lineInfo = reader as IXmlLineInfo;
        _options = options;
        _frames.Add(new RdfXmlFrame());
        _frames[0].Reset(RdfXmlFrameKind.Document, options.BaseIri, null);
    }

    /// <summary>Statements completed by the last <see cref="Step"/>; the caller drains it.</summary>
    public List<Quad> Output { get; } = [];

    /// <summary>Reads one XML node; false at the end of the document.</summary>
    public bool Step()
    {
        try
        {
            if (!_reader.Read())
            {
                return false;
            }

            switch (_reader.NodeType)
            {
                case XmlNodeType.Element:
                    OnStartElement();
                    if (_reader.IsEmptyElement)
                    {
                        OnEndElement();
                    }

                    break;
                case XmlNodeType.EndElement:
                    OnEndElement();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    OnText(_reader.Value);
                    break;
                case XmlNodeType.ProcessingInstruction when _frames[_top].Kind == RdfXmlFrameKind.Literal:
                    _literal.ProcessingInstruction(_reader.Name, _reader.Value);
                    break;
                default:
                    break;
            }

            return true;
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException(WithoutPosition(e.Message), Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1), _options.SourceName);
        }
    }

    private void OnEndElement()
    {
        var frame = _frames[_top];
        if (frame.Kind == RdfXmlFrameKind.Literal && _literal.Depth > 0)
        {
            _literal.EndElement(_reader.Name);
            return;
        }

        _top--;
        switch (frame.Kind)
        {
            case RdfXmlFrameKind.Property:
                EndProperty(frame);
                break;
            case RdfXmlFrameKind.Collection:
                if (frame.Object is null)
                {
                    EmitStatement(frame, RdfNil);
                }
                else
                {
                    Emit(frame.Object, RdfRest, RdfNil);
                }

                break;
            case RdfXmlFrameKind.Literal:
                EmitStatement(frame, new Literal(_literal.Take(), Vocabulary.Rdf.XmlLiteral));
                break;
            default:
                break;
        }
    }

    private void EndProperty(RdfXmlFrame frame)
    {
        if (frame.Object is not null)
        {
            // resourcePropertyElt: the statement was emitted when the node element started.
            return;
        }

        if (frame.HasText)
        {
            if (frame.Resource is not null || frame.Attributes.Count > 0)
            {
                throw Error("a property element with text content cannot have rdf:resource, rdf:nodeID or property attributes");
            }

            EmitStatement(frame, MakeLiteral(frame.Text.ToString(), frame.Datatype, frame.Lang));
            return;
        }

        if (frame.Datatype is not null)
        {
            if (frame.Resource is not null || frame.Attributes.Count > 0)
            {
                throw Error("rdf:datatype cannot be combined with rdf:resource, rdf:nodeID or property attributes");
            }

            EmitStatement(frame, new Literal(string.Empty, frame.Datatype));
            return;
        }

        if (frame.Resource is null && frame.Attributes.Count == 0)
        {
            EmitStatement(frame, MakeLiteral(string.Empty, null, frame.Lang));
            return;
        }

        var obj = frame.Resource ?? NewBlankNode();
        EmitStatement(frame, obj);
        EmitPropertyAttributes(obj, frame.Attributes, frame.Base, frame.Lang);
    }

    private void OnText(string text)
    {
        var frame = _frames[_top];
        switch (frame.Kind)
        {
            case RdfXmlFrameKind.Literal:
                _literal.Text(text);
                break;
            case RdfXmlFrameKind.Property when frame.Object is null:
                frame.Text.Append(text);
                frame.HasText = true;
                break;
            default:
                if (!RdfXmlNames.IsXmlWhitespace(text))
                {
                    throw Error("text is not allowed here (only inside a property element)");
                }

                break;
        }
    }

    private RdfXmlFrame Push(RdfXmlFrameKind kind, string? baseIri, string? lang)
    {
        _top++;
        if (_top == _frames.Count)
        {
            _frames.Add(new RdfXmlFrame());
        }

        var frame = _frames[_top];
        frame.Reset(kind, baseIri, lang);
        return frame;
    }

    private void Emit(Term subject, Iri predicate, Term obj) => Output.Add(new Quad(subject, predicate, obj));

    /// <summary>Emits the statement a property frame stands for and, with rdf:ID, its reification.</summary>
    private void EmitStatement(RdfXmlFrame frame, Term obj) => EmitStatement(frame.Subject!, frame.Predicate!, frame.ReifyId, obj);

    private void EmitStatement(Term subject, Iri predicate, Iri? reifyId, Term obj)
    {
        Emit(subject, predicate, obj);
        if (reifyId is not null)
        {
            Emit(reifyId, RdfType, RdfStatement);
            Emit(reifyId, RdfSubject, subject);
            Emit(reifyId, RdfPredicate, predicate);
            Emit(reifyId, RdfObject, obj);
        }
    }

    private void EmitPropertyAttributes(Term subject, List<(Iri Predicate, string Value)> attributes, string? baseIri, string? lang)
    {
        foreach (var (predicate, value) in attributes)
        {
            // rdf:type as an attribute names a class, so its value is an IRI, not a literal.
            Term obj = predicate == RdfType ? new Iri(ResolveOrThrow(value, baseIri)) : MakeLiteral(value, null, lang);
            Emit(subject, predicate, obj);
        }
    }

    private static Literal MakeLiteral(string value, string? datatype, string? lang) =>
        datatype is not null ? new Literal(value, datatype)
        : lang is not null ? new Literal(value, Vocabulary.Rdf.LangString, lang)
        : Literal.String(value);

    private BlankNode NewBlankNode() =>
        new((++_blankCounter).ToString(CultureInfo.InvariantCulture));

    /// <summary>Absolute IRIs are kept exactly as written; relative ones are resolved (RFC 3986) against the in-scope base.</summary>
    private string ResolveOrThrow(string reference, string? baseIri) =>
        IriResolver.HasScheme(reference) ? reference
        : baseIri is not null ? IriResolver.Resolve(baseIri, reference)
        : throw Error($"relative IRI '{reference}' cannot be resolved: there is no base IRI");

    /// <summary>XmlException messages end in "Line n, position m."; RdfSyntaxException adds the position itself.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 && message.IndexOf(", position ", at, StringComparison.Ordinal) > 0 ? message[..at] : message;
    }

    private RdfSyntaxException Error(string message)
    {
        var line = _lineInfo is { } li && li.HasLineInfo() ? li.LineNumber : 1;
        var column = _lineInfo is { } lc && lc.HasLineInfo() ? lc.LinePosition : 1;
        return new RdfSyntaxException(message, line, column, _options.SourceName);
    }
}
