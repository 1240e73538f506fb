using System.Runtime.CompilerServices;
using Vocab.Index;
using Vocab.Rdf;
using Vocab.Rdf.Skos;

namespace Vocab.Examples.FourDStem.Tests;

/// <summary>The same decisions <c>POST /api/v1/normalize</c> makes, taken from a label index of the shipped thesaurus.</summary>
internal sealed class IndexResolver : ILabelResolver
{
    public static readonly Lazy<LabelIndex> Shipped = new(BuildShipped);

    public Task<IReadOnlyDictionary<string, ResolvedLabel>> ResolveAsync(IReadOnlyCollection<string> labels, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, ResolvedLabel>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var result = Shipped.Value.Match(label);
            var status = result.Status.ToString().ToLowerInvariant();
            resolved[label] = new ResolvedLabel(label, status, result.Best?.ConceptIri, result.Best?.PrefLabel, result.Best?.Unit);
        }

        return Task.FromResult<IReadOnlyDictionary<string, ResolvedLabel>>(resolved);
    }

    private static LabelIndex BuildShipped()
    {
        var projection = new ThesaurusProjection();
        foreach (var path in Directory.GetFiles(Path.Combine(RepoRoot(), "ontology"), "*.ttl"))
        {
            using var reader = new StreamReader(path);
            foreach (var quad in new TurtleParser().Parse(reader, new RdfParserOptions { BaseIri = new Uri(path).AbsoluteUri }))
            {
                projection.Add(quad);
            }
        }

        return LabelIndex.Build(projection.Current);
    }

    // Tests build into an arbitrary artifacts path, so the search starts from this source file's location.
    private static string RepoRoot([CallerFilePath] string source = "")
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
