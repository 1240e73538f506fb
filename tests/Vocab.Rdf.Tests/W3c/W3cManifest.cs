namespace Vocab.Rdf.Tests.W3c;

/// <summary>What a manifest entry expects of the parser.</summary>
public enum W3cTestKind
{
    /// <summary>The action parses without error.</summary>
    PositiveSyntax,

    /// <summary>Parsing the action fails with a syntax error.</summary>
    NegativeSyntax,

    /// <summary>The action parses to a dataset isomorphic to the result file.</summary>
    Eval,

    /// <summary>The action is rejected (for the syntaxes here: a syntax error).</summary>
    NegativeEval,
}

/// <summary>One test of a W3C RDF test manifest, with its files mapped to local paths.</summary>
/// <param name="Type">The local name of the entry's rdf:type, e.g. <c>TestTurtleEval</c>.</param>
/// <param name="Name">mf:name.</param>
/// <param name="ActionPath">Local path of mf:action.</param>
/// <param name="ResultPath">Local path of mf:result, for evaluation tests.</param>
/// <param name="BaseIri">The IRI the action is published at (the suite's assumed test base plus its relative path): the base IRI to parse with.</param>
/// <param name="Key">A name unique in the manifest: mf:name, or mf:name [entry fragment] when the manifest repeats a name.</param>
public sealed record W3cEntry(string Type, string Name, string ActionPath, string? ResultPath, string BaseIri, string Key)
{
    /// <summary>The kind of check, from <see cref="Type"/>.</summary>
    public W3cTestKind Kind =>
        Type.EndsWith("NegativeSyntax", StringComparison.Ordinal) ? W3cTestKind.NegativeSyntax
        : Type.EndsWith("PositiveSyntax", StringComparison.Ordinal) ? W3cTestKind.PositiveSyntax
        : Type.EndsWith("NegativeEval", StringComparison.Ordinal) ? W3cTestKind.NegativeEval
        : Type.EndsWith("Eval", StringComparison.Ordinal) ? W3cTestKind.Eval
        : throw new InvalidOperationException($"unknown W3C test type {Type}");
}

/// <summary>Reads a W3C manifest.ttl (with the project's own <see cref="TurtleParser"/>) into its entries, in manifest order.</summary>
public static class W3cManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string DefaultTestBase = "https://w3c.github.io/rdf-tests/rdf/rdf11/";

    /// <summary>Loads <c>manifest.ttl</c> in <paramref name="dir"/>.</summary>
    public static IReadOnlyList<W3cEntry> Load(string dir)
    {
        dir = Path.GetFullPath(dir);
        var dirUri = new Uri(Path.Combine(dir, "manifest.ttl")).AbsoluteUri;
        var dirPrefix = dirUri[..(dirUri.LastIndexOf('/') + 1)];
        var graph = new Dictionary<Term, Dictionary<string, List<Term>>>();
        using (var reader = File.OpenText(Path.Combine(dir, "manifest.ttl")))
        {
            foreach (var quad in new TurtleParser().Parse(reader, new RdfParserOptions { BaseIri = dirUri, SourceName = "manifest.ttl" }))
            {
                if (!graph.TryGetValue(quad.Subject, out var properties))
                {
                    graph[quad.Subject] = properties = [];
                }

                if (!properties.TryGetValue(quad.Predicate.Value, out var values))
                {
                    properties[quad.Predicate.Value] = values = [];
                }

                values.Add(quad.Obj);
            }
        }

        var manifest = graph.Single(s => Values(graph, s.Key, Vocabulary.Rdf.Type).Contains(new Iri(Mf + "Manifest"))).Key;
        var testBase = Values(graph, manifest, Mf + "assumedTestBase").OfType<Iri>().FirstOrDefault()?.Value
            ?? DefaultTestBase + Path.GetFileName(dir) + "/";
        var entries = new List<W3cEntry>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var node = Values(graph, manifest, Mf + "entries").Single(); node is not Iri { Value: Vocabulary.Rdf.Nil };
             node = Values(graph, node, Vocabulary.Rdf.Rest).Single())
        {
            var entry = Values(graph, node, Vocabulary.Rdf.First).Single();
            var id = entry is Iri entryIri ? entryIri.Value[(entryIri.Value.LastIndexOf('#') + 1)..] : entry.ToString();
            var type = ((Iri)Values(graph, entry, Vocabulary.Rdf.Type).Single()).Value;
            var name = ((Literal)Values(graph, entry, Mf + "name").Single()).Value;
            var action = Relative(Values(graph, entry, Mf + "action").Single());
            var result = Values(graph, entry, Mf + "result").SingleOrDefault() is { } r ? Relative(r) : null;
            entries.Add(new W3cEntry(
                type[(type.LastIndexOfAny(['#', '/']) + 1)..],
                name,
                Path.Combine(dir, action),
                result is null ? null : Path.Combine(dir, result),
                testBase + action,
                names.Add(name) ? name : $"{name} [{id}]"));
        }

        return entries;

        string Relative(Term file) =>
            file is Iri iri && iri.Value.StartsWith(dirPrefix, StringComparison.Ordinal)
                ? Uri.UnescapeDataString(iri.Value[dirPrefix.Length..])
                : throw new InvalidOperationException($"{file} is not a file of {dir}");
    }

    private static List<Term> Values(Dictionary<Term, Dictionary<string, List<Term>>> graph, Term subject, string predicate) =>
        graph.TryGetValue(subject, out var properties) && properties.TryGetValue(predicate, out var values) ? values : [];
}
