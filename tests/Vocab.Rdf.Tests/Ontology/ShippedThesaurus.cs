using Vocab.Core;
using Vocab.Core.Checks;
using Vocab.Rdf.Skos;
using Vocab.Rdf.Tests.Skos;
using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.Ontology;

/// <summary>
/// The thesaurus that ships: every <c>ontology/*.ttl</c> parsed with the Turtle parser and run through its own
/// import mapper (profile Auto), the way the seed import reads each file, then projected into one thesaurus and
/// checked with en and ja as required languages. Built once per test class.
/// </summary>
public sealed class ShippedThesaurus
{
    /// <summary>The base every concept and scheme IRI is minted under.</summary>
    public const string Base = "https://w3id.org/vocab/";

    /// <summary>The unit scheme, the range of <c>vdef:usualUnit</c>.</summary>
    public const string UnitScheme = Base + "unit";

    /// <summary>Links a parameter or property to the units its values are usually reported in (declared in def.ttl).</summary>
    public const string UsualUnit = Base + "def#usualUnit";

    /// <summary>QUDT's link from a parameter or property to its quantity kind.</summary>
    public const string HasQuantityKind = "http://qudt.org/schema/qudt/hasQuantityKind";

    /// <summary>Loads and checks the ontology folder of this repository.</summary>
    public ShippedThesaurus()
    {
        var root = SharedData.RepoRoot ?? throw new InvalidOperationException("repository root (Vocab.sln) not found");
        Files = [.. Directory.EnumerateFiles(Path.Combine(root, "ontology"), "*.ttl").Order(StringComparer.Ordinal)];

        var projection = new ThesaurusProjection();
        var summaries = new Dictionary<string, ImportSummary>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            var quads = SkosFixture.ParseFile(file);
            var mapper = new ImportMapper(ImportProfile.Auto);
            foreach (var quad in quads)
            {
                mapper.Observe(quad);
                projection.Add(quad);
            }

            foreach (var quad in mapper.Complete())
            {
                projection.Add(quad);
            }

            summaries[Path.GetFileName(file)] = mapper.Summary;
            Statements.AddRange(quads);
        }

        Summaries = summaries;
        Thesaurus = projection.Current;
        Report = ThesaurusChecker.Check(Thesaurus, new CheckOptions { RequiredLanguages = ["en", "ja"] });
    }

    /// <summary>The Turtle files, sorted by path as the seed import reads them.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Every parsed statement of every file.</summary>
    public List<Quad> Statements { get; } = [];

    /// <summary>What the import mapper made of each file, by file name.</summary>
    public IReadOnlyDictionary<string, ImportSummary> Summaries { get; }

    /// <summary>The projected thesaurus.</summary>
    public Thesaurus Thesaurus { get; }

    /// <summary>The checker's report on it.</summary>
    public QualityReport Report { get; }

    /// <summary>Objects of one predicate, with their subjects.</summary>
    public IEnumerable<(Term Subject, Term Object)> ObjectsOf(string predicate) =>
        Statements.Where(q => q.Predicate.Value == predicate).Select(q => (q.Subject, q.Obj));
}
