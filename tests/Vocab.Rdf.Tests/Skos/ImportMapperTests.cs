using Vocab.Core;
using Vocab.Core.Checks;
using Vocab.Rdf.Skos;
using Vocab.Rdf.Tests.W3c;
using static Vocab.Rdf.Tests.Skos.SkosFixture;

namespace Vocab.Rdf.Tests.Skos;

public sealed class ImportMapperTests
{
    private const string Obo = "http://purl.obolibrary.org/obo/";

    [Fact]
    public void SkosXl_derivesPlainLabelsNotAlreadyPresent()
    {
        var mapper = Observe(Quads("skosxl.ttl"), ImportProfile.Auto);

        var derived = mapper.Complete();

        Assert.Equal(ImportProfile.Skos, mapper.Summary.Profile);
        Assert.Equal(4, derived.Count);
        Assert.Equal(4, mapper.Summary.DerivedStatements);
        Assert.All(derived, q => Assert.Null(q.Graph));
        Assert.Contains(new Quad(new Iri(Ex + "tem"), new Iri(Iris.Skos.AltLabel), Literal.LangString("TEM", "en")), derived);
        Assert.Contains(new Quad(new Iri(Ex + "tem"), new Iri(Iris.Skos.HiddenLabel), Literal.LangString("transmision electron microscopy", "en")), derived);
        Assert.DoesNotContain(derived, q => q.Subject == new Iri(Ex + "sem"));
        Assert.Equal(new LabelCounts(2, 1, 1), mapper.Summary.LabelsByLanguage["en"]);
        Assert.Equal(2, mapper.Summary.Concepts);
    }

    [Fact]
    public void Complete_calledTwice_returnsTheSameStatements()
    {
        var mapper = Observe(Quads("skosxl.ttl"), ImportProfile.Skos);

        Assert.Same(mapper.Complete(), mapper.Complete());
        Assert.Throws<InvalidOperationException>(() => mapper.Observe(new Quad(new Iri(Ex + "x"), new Iri(Iris.Skos.PrefLabel), Literal.String("x"))));
    }

    [Fact]
    public void Owl_oboFixture_mapsClassesOntoSkos()
    {
        var mapper = Observe(Quads("obo-owl.ttl"), ImportProfile.Auto);
        var derived = mapper.Complete();
        var thesaurus = Project(derived.Concat(Quads("obo-owl.ttl")));

        Assert.Equal(ImportProfile.Owl, mapper.Summary.Profile);
        Assert.Equal(5, mapper.Summary.Concepts);
        Assert.Equal(["http://example.org/mo"], mapper.Summary.Schemes);
        Assert.Equal(5, thesaurus.Concepts.Count);

        var tem = thesaurus.Concepts[Obo + "MO_2"];
        Assert.Equal(
            ["EM imaging@en/Hidden", "TEM@en/Alt", "electron microscopy@en/Hidden", "transmission electron microscopy@en/Pref", "透過電子顕微鏡法@ja/Pref"],
            tem.Labels.Select(l => $"{l.Text}@{l.Lang}/{l.Kind}").Order(StringComparer.Ordinal));
        Assert.Equal([Obo + "MO_1"], tem.Broader);
        Assert.Empty(tem.TopConceptOf);

        var microscopy = thesaurus.Concepts[Obo + "MO_1"];
        Assert.Equal(new Note(NoteKind.Definition, "Imaging that magnifies a specimen.", "en"), Assert.Single(microscopy.Notes));
        Assert.Equal(["http://example.org/mo"], microscopy.TopConceptOf);

        // Has skos:prefLabel "STEM"@en already: the English rdfs:label becomes an altLabel, the untagged one the untagged prefLabel.
        var stem = thesaurus.Concepts[Obo + "MO_3"];
        Assert.Equal(["STEM@en/Pref", "scanning transmission electron microscopy@/Pref", "scanning transmission electron microscopy@en/Alt"],
            stem.Labels.Select(l => $"{l.Text}@{l.Lang}/{l.Kind}").Order(StringComparer.Ordinal));
        Assert.Equal(new Note(NoteKind.Note, "Used for HAADF imaging.", "en"), Assert.Single(stem.Notes));

        var obsolete = thesaurus.Concepts[Obo + "MO_4"];
        Assert.True(obsolete.Deprecated);
        Assert.Equal([Obo + "MO_2"], obsolete.ReplacedBy);
        Assert.Empty(obsolete.TopConceptOf);

        // The superclass is not a labelled class of the input: no dangling broader, a top concept instead.
        Assert.Empty(thesaurus.Concepts[Obo + "MO_5"].Broader);
        Assert.Equal(["http://example.org/mo"], thesaurus.Concepts[Obo + "MO_5"].TopConceptOf);

        var report = ThesaurusChecker.Check(thesaurus);
        Assert.Equal(0, report.Errors);
        Assert.Equal([Obo + "MO_3"], report.Subjects(FindingCodes.OmittedLanguageTag));
        Assert.Equal(0, report.CountOf(FindingCodes.DanglingReference));
    }

    [Fact]
    public void Owl_profileSkos_derivesNoConcepts()
    {
        var mapper = Observe(Quads("obo-owl.ttl"), ImportProfile.Skos);

        Assert.Empty(mapper.Complete());
        Assert.Equal(ImportProfile.Skos, mapper.Summary.Profile);
        Assert.Equal(0, mapper.Summary.Concepts);
    }

    [Fact]
    public void Owl_autoWithSkosConcepts_staysSkos()
    {
        var quads = Quads("obo-owl.ttl");
        quads.Add(new Quad(new Iri(Ex + "c"), new Iri(Iris.Rdf.Type), new Iri(Iris.Skos.Concept)));

        var mapper = Observe(quads, ImportProfile.Auto);
        mapper.Complete();

        Assert.Equal(ImportProfile.Skos, mapper.Summary.Profile);
        Assert.Equal(1, mapper.Summary.Concepts);
    }

    [Fact]
    public void Owl_chameo_everyLabelledNamedClassBecomesAConcept()
    {
        var quads = ParseFile(SharedData.PathOf("chameo-emmo", "chameo.ttl"));
        var labelled = quads.Where(q => q.Predicate.Value == Iris.Rdf.RdfsLabel && q.Subject is Iri).Select(q => q.Subject).ToHashSet();
        var expected = quads.Count(q => q.Subject is Iri && q.Predicate.Value == Iris.Rdf.Type
            && q.Obj == new Iri(Iris.Owl.Class) && labelled.Contains(q.Subject));

        var mapper = Observe(quads, ImportProfile.Auto);
        var thesaurus = Project(quads.Concat(mapper.Complete()));

        Assert.Equal(ImportProfile.Owl, mapper.Summary.Profile);
        Assert.True(expected > 100, $"only {expected} labelled classes in CHAMEO");
        Assert.Equal(expected, mapper.Summary.Concepts);
        Assert.Equal(expected, thesaurus.Concepts.Count);
        Assert.Equal(expected, thesaurus.ConceptsInScheme("https://w3id.org/emmo/domain/characterisation-methodology/chameo").Count());

        // CHAMEO carries skos:prefLabel next to rdfs:label: the mapping must not create a second prefLabel.
        Assert.Equal(0, ThesaurusChecker.Check(thesaurus).CountOf(FindingCodes.MultiplePrefLabels));
    }

    [Fact]
    public void Owl_pmdco_mapsWithoutIntegrityErrors()
    {
        var quads = ParseFile(SharedData.PathOf("pmdco", "pmdco.ttl"));

        var mapper = Observe(quads, ImportProfile.Auto);
        var thesaurus = Project(quads.Concat(mapper.Complete()));
        var report = ThesaurusChecker.Check(thesaurus);

        Assert.Equal(ImportProfile.Owl, mapper.Summary.Profile);
        Assert.True(thesaurus.Concepts.Count > 100, $"{thesaurus.Concepts.Count} concepts");
        Assert.Equal(0, report.CountOf(FindingCodes.MultiplePrefLabels));
        Assert.Equal(0, report.CountOf(FindingCodes.DisjointLabels));
        Assert.Equal(0, report.CountOf(FindingCodes.DanglingReference));
        Assert.True(mapper.Summary.LabelsByLanguage["en"].Pref >= thesaurus.Concepts.Count / 2);
    }

    private static ImportMapper Observe(IEnumerable<Quad> quads, ImportProfile profile)
    {
        var mapper = new ImportMapper(profile);
        foreach (var quad in quads)
        {
            mapper.Observe(quad);
        }

        return mapper;
    }

    private static Thesaurus Project(IEnumerable<Quad> quads)
    {
        var projection = new ThesaurusProjection();
        foreach (var quad in quads)
        {
            projection.Add(quad);
        }

        return projection.Current;
    }
}
