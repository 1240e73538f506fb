namespace Vocab.Server.Api.Concepts;

/// <summary>
/// Maps request paths to concept IRIs. The shipped thesaurus mints IRIs under <c>https://w3id.org/vocab/</c>
/// (configurable as <c>Vocab:BaseIri</c>); a deployment serves them locally as <c>/vocab/{path}</c> (and
/// <c>/concepts/{path}</c>), and the JSON API takes either the full IRI (URL-encoded) or the path after the base.
/// </summary>
internal sealed class ConceptIris
{
    /// <summary>The base the shipped concept IRIs share.</summary>
    public const string DefaultBaseIri = "https://w3id.org/vocab/";

    /// <summary>The local path under which IRIs below the base are served.</summary>
    public const string LocalPrefix = "/vocab/";

    private ConceptIris(string baseIri) => BaseIri = baseIri;

    /// <summary>The configured base, always ending in <c>/</c> or <c>#</c>.</summary>
    public string BaseIri { get; }

    /// <summary>Reads <c>Vocab:BaseIri</c>; fails at start on a value that is not an absolute http(s) IRI.</summary>
    public static ConceptIris FromConfiguration(IConfiguration configuration)
    {
        var value = configuration["Vocab:BaseIri"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return new ConceptIris(DefaultBaseIri);
        }

        value = value.Trim();
        if (!IsHttp(value))
        {
            throw new InvalidOperationException($"Vocab:BaseIri must be an absolute http(s) IRI (got '{value}')");
        }

        return new ConceptIris(value.EndsWith('/') || value.EndsWith('#') ? value : value + "/");
    }

    /// <summary>
    /// The IRIs an API id may stand for, most likely first. The server leaves <c>%2F</c> encoded in paths, so an
    /// encoded full IRI arrives half-decoded and is decoded again; an id with a scheme is absolute, any other is a
    /// path below the base.
    /// </summary>
    public IReadOnlyList<string> Candidates(string id)
    {
        var candidates = new List<string>(2) { Absolute(id) };
        var decoded = Uri.UnescapeDataString(id);
        if (decoded != id)
        {
            candidates.Add(Absolute(decoded));
        }

        return candidates;
    }

    /// <summary>The IRI a local linked-data path (the part after <see cref="LocalPrefix"/>) names.</summary>
    public IReadOnlyList<string> FromLocalPath(string path)
    {
        var candidates = new List<string>(2) { BaseIri + path.TrimStart('/') };
        var decoded = Uri.UnescapeDataString(path);
        if (decoded != path)
        {
            candidates.Add(BaseIri + decoded.TrimStart('/'));
        }

        return candidates;
    }

    /// <summary>Where a page links an IRI: its local path when it is below the base, itself when http(s), else nowhere.</summary>
    public string? Href(string iri)
    {
        if (iri.StartsWith(BaseIri, StringComparison.Ordinal) && iri.Length > BaseIri.Length)
        {
            return LocalPrefix + string.Join('/', iri[BaseIri.Length..].Split('/').Select(Uri.EscapeDataString));
        }

        return IsHttp(iri) ? iri : null;
    }

    private string Absolute(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            // Proxies and clients sometimes merge the "//" of an IRI embedded in a path.
            return id.StartsWith("https:/", StringComparison.OrdinalIgnoreCase) && !id.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "https://" + id[7..]
                : id.StartsWith("http:/", StringComparison.OrdinalIgnoreCase) && !id.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "http://" + id[6..]
                : id;
        }

        return BaseIri + id.TrimStart('/');
    }

    private static bool IsHttp(string iri) =>
        Uri.TryCreate(iri, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
