using Vocab.Rdf.Syntax.Common;

namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>The JSON-LD 1.1 keywords and the lexical tests the algorithms apply to IRIs, terms and language tags.</summary>
internal static class Keywords
{
    public const string Base = "@base";
    public const string Container = "@container";
    public const string Context = "@context";
    public const string Direction = "@direction";
    public const string Graph = "@graph";
    public const string Id = "@id";
    public const string Import = "@import";
    public const string Included = "@included";
    public const string Index = "@index";
    public const string Json = "@json";
    public const string Language = "@language";
    public const string List = "@list";
    public const string Nest = "@nest";
    public const string None = "@none";
    public const string Prefix = "@prefix";
    public const string Propagate = "@propagate";
    public const string Protected = "@protected";
    public const string Reverse = "@reverse";
    public const string Set = "@set";
    public const string Type = "@type";
    public const string Value = "@value";
    public const string Version = "@version";
    public const string Vocab = "@vocab";

    private static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        Base, Container, Context, Direction, Graph, Id, Import, Included, Index, Json, Language, List, Nest, None,
        Prefix, Propagate, Protected, Reverse, Set, Type, Value, Version, Vocab,
    };

    public static bool IsKeyword(string? value) => value is not null && value.Length > 1 && value[0] == '@' && All.Contains(value);

    /// <summary>"@" followed by letters only: reserved for future keywords, so such terms and values are ignored.</summary>
    public static bool HasKeywordForm(string value)
    {
        if (value.Length < 2 || value[0] != '@')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!char.IsAsciiLetter(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsBlankNodeId(string value) => value.StartsWith("_:", StringComparison.Ordinal);

    /// <summary>An absolute IRI: a scheme followed by ':' (JSON-LD's "has the form of an IRI").</summary>
    public static bool IsAbsoluteIri(string value) => IriResolver.HasScheme(value);

    /// <summary>
    /// Whether an absolute IRI can be written as an RDF IRI: none of the characters that IRIREF forbids.
    /// The JSON-LD API silently drops such statements; Vocab reports them instead.
    /// </summary>
    public static bool IsWellFormedIri(string value)
    {
        if (!IsAbsoluteIri(value))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Ends with one of RFC 3986's gen-delims, which makes a simple term usable as a prefix.</summary>
    public static bool EndsWithGenDelim(string iri) =>
        iri.Length > 0 && iri[^1] is ':' or '/' or '?' or '#' or '[' or ']' or '@';

    /// <summary>A BCP 47 language tag as RDF accepts it: <c>[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*</c>.</summary>
    public static bool IsWellFormedLanguage(string tag)
    {
        var start = 0;
        var first = true;
        while (true)
        {
            var end = tag.IndexOf('-', start);
            var length = (end < 0 ? tag.Length : end) - start;
            if (length is < 1 or > 8)
            {
                return false;
            }

            for (var i = start; i < start + length; i++)
            {
                if (!(first ? char.IsAsciiLetter(tag[i]) : char.IsAsciiLetterOrDigit(tag[i])))
                {
                    return false;
                }
            }

            if (end < 0)
            {
                return true;
            }

            start = end + 1;
            first = false;
        }
    }
}
