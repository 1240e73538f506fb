using Vocab.Core;
using Vocab.Core.Checks;
using Vocab.Rdf.Skos;
using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.Skos;

/// <summary>Loads the SKOS edge-case fixtures of tests/data/skos (and shared ontologies) through the Turtle parser.</summary>
internal static class SkosFixture
{
    public const string Ex = "http://example.org/";

    public static List<Quad> Quads(string name) => ParseFile(SharedData.TestDataPath("skos", name));

    public static List<Quad> ParseFile(string path)
    {
        using var reader = new StreamReader(path);
        return [.. new TurtleParser().Parse(reader, new RdfParserOptions { SourceName = path, BaseIri = new Uri(path).AbsoluteUri })];
    }

    /// <summary>The fixture's statements with the import mapper's derived statements added, as the store would hold them.</summary>
    public static List<Quad> Imported(List<Quad> quads, ImportProfile profile = ImportProfile.Auto)
    {
        var mapper = new ImportMapper(profile);
        foreach (var quad in quads)
        {
            mapper.Observe(quad);
        }

        return [.. quads, .. mapper.Complete()];
    }

    public static Thesaurus Load(string name)
    {
        var projection = new ThesaurusProjection();
        foreach (var quad in Imported(Quads(name)))
        {
            projection.Add(quad);
        }

        return projection.Current;
    }

    public static QualityReport Check(string name) => ThesaurusChecker.Check(Load(name));

    /// <summary>The subjects of one code's findings, sorted.</summary>
    public static string[] Subjects(this QualityReport report, string code) =>
        [.. report.Findings.Where(f => f.Code == code).Select(f => f.Subject).Order(StringComparer.Ordinal)];
}
