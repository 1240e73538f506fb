using System.Runtime.CompilerServices;
using Vocab.Core;
using Vocab.Rdf;
using Vocab.Rdf.Skos;

namespace Vocab.Index.Tests;

/// <summary>Builds thesauri from Turtle (the only way to write a <see cref="Thesaurus"/> from outside Vocab.Core).</summary>
internal static class IndexFixture
{
    public const string Ex = "http://example.org/";

    public static string RepoRoot { get; } = FindRoot();

    public static ThesaurusProjection Project(params string[] paths)
    {
        var projection = new ThesaurusProjection();
        foreach (var path in paths)
        {
            foreach (var quad in Parse(File.ReadAllText(path), new Uri(path).AbsoluteUri))
            {
                projection.Add(quad);
            }
        }

        return projection;
    }

    public static ThesaurusProjection Microscopy() => Project(Path.Combine(RepoRoot, "tests", "data", "index", "microscopy.ttl"));

    /// <summary>Applies a Turtle snippet to <paramref name="projection"/> (prefixes skos: and ex: predeclared).</summary>
    public static void Add(ThesaurusProjection projection, string turtle)
    {
        const string Prefixes = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix ex: <http://example.org/> .\n";
        foreach (var quad in Parse(Prefixes + turtle, Ex))
        {
            projection.Add(quad);
        }
    }

    /// <summary>Undoes a Turtle snippet earlier applied with <see cref="Add"/>.</summary>
    public static void Remove(ThesaurusProjection projection, string turtle)
    {
        const string Prefixes = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix ex: <http://example.org/> .\n";
        foreach (var quad in Parse(Prefixes + turtle, Ex))
        {
            projection.Remove(quad);
        }
    }

    private static List<Quad> Parse(string turtle, string baseIri)
    {
        using var reader = new StringReader(turtle);
        return [.. new TurtleParser().Parse(reader, new RdfParserOptions { BaseIri = baseIri })];
    }

    // Tests build into an arbitrary artifacts path, so the search starts from this source file's location.
    private static string FindRoot([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vocab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Vocab.sln not found above " + source);
    }
}
