using Vocab.Server.Api.Concepts;

namespace Vocab.Server.Web;

/// <summary>
/// The web app's URLs for concepts and schemes. An IRI below the base IRI is written as its path after the base
/// (<c>/concept/technique/HAADFSTEM</c>), any other as the escaped IRI; both forms resolve as the concepts API
/// resolves its ids.
/// </summary>
public sealed class ConceptLinks
{
    /// <summary>The RDF formats a concept is offered in, with their display names.</summary>
    public static readonly IReadOnlyList<(string Format, string Name)> RdfFormats =
    [
        ("ttl", "Turtle"),
        ("nt", "N-Triples"),
        ("rdfxml", "RDF/XML"),
        ("jsonld", "JSON-LD"),
    ];

    private readonly ConceptIris _iris;

    internal ConceptLinks(ConceptIris iris) => _iris = iris;

    /// <summary>The concept page.</summary>
    public string Page(string iri) => "/concept/" + Id(iri);

    /// <summary>The browse page of one scheme.</summary>
    public string Scheme(string iri) => "/browse/" + Id(iri);

    /// <summary>The concept in one RDF format, from the concepts API.</summary>
    public string Rdf(string iri, string format) => "/api/v1/concepts/" + Id(iri) + "?format=" + Uri.EscapeDataString(format);

    /// <summary>Where an external IRI (a mapping target) links: itself when http(s), else nowhere.</summary>
    public string? External(string iri) => _iris.Href(iri) is { } href && !href.StartsWith('/') ? href : null;

    /// <summary>The IRIs a page id may stand for, most likely first.</summary>
    public IReadOnlyList<string> Resolve(string id) => _iris.Candidates(id);

    /// <summary>The id of an IRI in page URLs.</summary>
    public string Id(string iri) =>
        iri.StartsWith(_iris.BaseIri, StringComparison.Ordinal) && iri.Length > _iris.BaseIri.Length
            ? string.Join('/', iri[_iris.BaseIri.Length..].Split('/').Select(Uri.EscapeDataString))
            : Uri.EscapeDataString(iri);
}
