using System.Diagnostics;
using System.Text;
using Vocab.Core;
using Vocab.Rdf;
using Vocab.Rdf.Skos;

namespace Vocab.Bench;

/// <summary>The vocabularies the matching benchmarks load, read straight from Turtle (no store), and their labels.</summary>
internal static class MatchData
{
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "data"));

    public static string Chmo { get; } = Path.Combine(Shared, "chmo", "chmo-skos.DERIVED.ttl");

    public static string Stw { get; } = Path.Combine(Shared, "stw", "stw-skos.ttl");

    public static string Edict { get; } = Path.Combine(Shared, "edict", "edict-skos.DERIVED.ttl");

    /// <summary>The shipped thesaurus (ontology/*.ttl).</summary>
    public static string[] Ontology { get; } = [.. Directory.GetFiles(Path.Combine(Repo.Root, "ontology"), "*.ttl").Order(StringComparer.Ordinal)];

    /// <summary>Projects the files into one thesaurus, printing how long it took.</summary>
    public static Thesaurus Load(params string[] paths)
    {
        var sw = Stopwatch.StartNew();
        var projection = new ThesaurusProjection();
        foreach (var path in paths)
        {
            foreach (var quad in Parse(path))
            {
                projection.Add(quad);
            }
        }

        Console.WriteLine($"loaded {projection.Current.Concepts.Count:N0} concepts from {paths.Length} file(s) in {sw.Elapsed.TotalSeconds:F1} s");
        return projection.Current;
    }

    /// <summary>The literal values of <c>skos:prefLabel</c>/<c>skos:altLabel</c> in a file, without projecting it.</summary>
    public static IEnumerable<(string Subject, string Text, string Lang)> RawLabels(string path)
    {
        const string Skos = "http://www.w3.org/2004/02/skos/core#";
        foreach (var quad in Parse(path))
        {
            if (quad.Obj is Literal literal && quad.Predicate is Iri predicate
                && (predicate.Value == Skos + "prefLabel" || predicate.Value == Skos + "altLabel"))
            {
                yield return (quad.Subject is Iri subject ? subject.Value : quad.Subject.ToNTriples(), literal.Value, literal.Language ?? "");
            }
        }
    }

    /// <summary>Every label of every non-deprecated concept, in a fixed order.</summary>
    public static List<(Concept Concept, Label Label)> Labels(Thesaurus thesaurus)
    {
        var all = new List<(Concept, Label)>();
        foreach (var concept in thesaurus.Concepts.Values.OrderBy(c => c.Iri, StringComparer.Ordinal))
        {
            if (!concept.Deprecated)
            {
                all.AddRange(concept.Labels.OrderBy(l => l.Text, StringComparer.Ordinal).Select(l => (concept, l)));
            }
        }

        return all;
    }

    private static IEnumerable<Quad> Parse(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, true), false, 1 << 16);
        foreach (var quad in new TurtleParser().Parse(reader, new RdfParserOptions { BaseIri = new Uri(path).AbsoluteUri }))
        {
            yield return quad;
        }
    }
}
