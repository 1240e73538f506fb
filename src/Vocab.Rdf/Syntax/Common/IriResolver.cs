using System.Text;

namespace Vocab.Rdf.Syntax.Common;

/// <summary>
/// Relative IRI resolution as RFC 3986 section 5.2 defines it (component parsing, merge, dot-segment removal).
/// Parsers call <see cref="Resolve"/> only for references without a scheme: RDF keeps absolute IRIs exactly as written.
/// </summary>
public static class IriResolver
{
    /// <summary>True when <paramref name="iri"/> starts with a scheme (<c>ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"</c>).</summary>
    public static bool HasScheme(ReadOnlySpan<char> iri) => SchemeLength(iri) > 0;

    /// <summary>Resolves <paramref name="reference"/> against the absolute <paramref name="baseIri"/> (RFC 3986 5.2.2).</summary>
    public static string Resolve(string baseIri, string reference)
    {
        var r = new Parts(reference);
        if (r.HasScheme)
        {
            return Compose(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment);
        }

        var b = new Parts(baseIri);
        string path;
        string? authority;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = RemoveDotSegments(r.Path[0] == '/' ? r.Path : Merge(b, r.Path));
                query = r.Query;
            }
        }

        return Compose(b.Scheme, authority, path, query, r.Fragment);
    }

    /// <summary>The remove_dot_segments algorithm of RFC 3986 5.2.4.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.', StringComparison.Ordinal) < 0)
        {
            return path;
        }

        var output = new StringBuilder(path.Length);
        var input = path.AsSpan();
        while (!input.IsEmpty)
        {
            if (input.StartsWith("../"))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./"))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./"))
            {
                input = input[2..];
            }
            else if (input is "/.")
            {
                input = "/";
            }
            else if (input.StartsWith("/../"))
            {
                input = input[3..];
                RemoveLastSegment(output);
            }
            else if (input is "/..")
            {
                input = "/";
                RemoveLastSegment(output);
            }
            else if (input is "." or "..")
            {
                input = [];
            }
            else
            {
                // Move the first segment (with its leading '/', up to the next '/') to the output.
                var next = input[1..].IndexOf('/');
                var length = next < 0 ? input.Length : next + 1;
                output.Append(input[..length]);
                input = input[length..];
            }
        }

        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        var i = output.Length - 1;
        while (i >= 0 && output[i] != '/')
        {
            i--;
        }

        output.Length = Math.Max(i, 0);
    }

    private static string Merge(in Parts b, string relativePath)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + relativePath;
        }

        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? relativePath : string.Concat(b.Path.AsSpan(0, slash + 1), relativePath);
    }

    private static string Compose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder();
        if (scheme is not null)
        {
            sb.Append(scheme).Append(':');
        }

        if (authority is not null)
        {
            sb.Append("//").Append(authority);
        }

        sb.Append(path);
        if (query is not null)
        {
            sb.Append('?').Append(query);
        }

        if (fragment is not null)
        {
            sb.Append('#').Append(fragment);
        }

        return sb.ToString();
    }

    private static int SchemeLength(ReadOnlySpan<char> iri)
    {
        if (iri.IsEmpty || !char.IsAsciiLetter(iri[0]))
        {
            return 0;
        }

        for (var i = 1; i < iri.Length; i++)
        {
            var c = iri[i];
            if (c == ':')
            {
                return i;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>The five components of a URI reference (RFC 3986 appendix B); null means undefined.</summary>
    private readonly struct Parts
    {
        public Parts(string iri)
        {
            var rest = iri.AsSpan();
            var schemeLength = SchemeLength(rest);
            if (schemeLength > 0)
            {
                Scheme = iri[..schemeLength];
                rest = rest[(schemeLength + 1)..];
            }

            var hash = rest.IndexOf('#');
            if (hash >= 0)
            {
                Fragment = rest[(hash + 1)..].ToString();
                rest = rest[..hash];
            }

            var question = rest.IndexOf('?');
            if (question >= 0)
            {
                Query = rest[(question + 1)..].ToString();
                rest = rest[..question];
            }

            if (rest.StartsWith("//"))
            {
                rest = rest[2..];
                var slash = rest.IndexOf('/');
                var end = slash < 0 ? rest.Length : slash;
                Authority = rest[..end].ToString();
                rest = rest[end..];
            }

            Path = rest.ToString();
        }

        public string? Scheme { get; }

        public string? Authority { get; }

        public string Path { get; }

        public string? Query { get; }

        public string? Fragment { get; }

        public bool HasScheme => Scheme is not null;
    }
}
