using Vocab.Core;
using Vocab.Rdf.Skos;
using static Vocab.Rdf.Tests.Skos.SkosFixture;

namespace Vocab.Rdf.Tests.Skos;

public sealed class ThesaurusProjectionTests
{
    private static readonly Iri Broader = new(Iris.Skos.Broader);
    private static readonly Iri Narrower = new(Iris.Skos.Narrower);
    private static readonly Iri PrefLabel = new(Iris.Skos.PrefLabel);
    private static readonly Iri Type = new(Iris.Rdf.Type);
    private static readonly Iri ConceptClass = new(Iris.Skos.Concept);

    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetFiles(Tests.W3c.SharedData.TestDataPath("skos"), "*.ttl").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Projection_addAllThenRemoveAll_isEmpty(string fixture)
    {
        var quads = Imported(Quads(fixture));
        var projection = new ThesaurusProjection();
        foreach (var quad in quads)
        {
            projection.Add(quad);
        }

        Assert.NotEmpty(projection.Current.DescribedResources);

        // Reverse order and a shuffled order must both undo everything.
        foreach (var quad in Enumerable.Reverse(quads))
        {
            projection.Remove(quad);
        }

        AssertEmpty(projection.Current);

        foreach (var quad in quads)
        {
            projection.Add(quad);
        }

        foreach (var quad in quads.OrderBy(q => q.ToString().GetHashCode(StringComparison.Ordinal)))
        {
            projection.Remove(quad);
        }

        AssertEmpty(projection.Current);
    }

    [Fact]
    public void Projection_removeOneOfTwoGraphs_keepsTheStatement()
    {
        var projection = new ThesaurusProjection();
        var label = new Quad(new Iri(Ex + "a"), PrefLabel, Literal.LangString("a", "en"), new Iri(Ex + "g1"));
        projection.Add(new Quad(new Iri(Ex + "a"), Type, ConceptClass));
        projection.Add(label);
        projection.Add(label.InGraph(new Iri(Ex + "g2")));

        projection.Remove(label);

        Assert.Equal(new Label("a", "en", LabelKind.Pref), Assert.Single(projection.Current.Concepts[Ex + "a"].Labels));
        projection.Remove(label.InGraph(new Iri(Ex + "g2")));
        Assert.Empty(projection.Current.Concepts[Ex + "a"].Labels);
    }

    [Fact]
    public void Projection_broaderAndNarrower_formOneSymmetricView()
    {
        var projection = new ThesaurusProjection();
        Iri a = new(Ex + "a"), b = new(Ex + "b");
        projection.Add(new Quad(a, Type, ConceptClass));
        projection.Add(new Quad(b, Type, ConceptClass));
        projection.Add(new Quad(b, Broader, a));
        projection.Add(new Quad(a, Narrower, b));
        var concepts = projection.Current.Concepts;

        Assert.Equal([a.Value], concepts[b.Value].Broader);
        Assert.Equal([b.Value], concepts[a.Value].Narrower);

        // Either statement alone still asserts the link.
        projection.Remove(new Quad(b, Broader, a));
        Assert.Equal([b.Value], concepts[a.Value].Narrower);
        projection.Remove(new Quad(a, Narrower, b));
        Assert.Empty(concepts[a.Value].Narrower);
        Assert.Empty(concepts[b.Value].Broader);
    }

    [Fact]
    public void Projection_skosXl_givesPlainLabelsInEitherOrder()
    {
        var thesaurus = new ThesaurusProjection();
        foreach (var quad in Quads("skosxl.ttl"))
        {
            thesaurus.Add(quad);
        }

        var tem = thesaurus.Current.Concepts[Ex + "tem"];
        Assert.Equal(
            ["TEM@en/Alt", "transmision electron microscopy@en/Hidden", "transmission electron microscopy@en/Pref", "透過電子顕微鏡法@ja/Pref"],
            tem.Labels.Select(l => $"{l.Text}@{l.Lang}/{l.Kind}").Order(StringComparer.Ordinal));
        Assert.Equal("透過電子顕微鏡法", tem.PrefLabel("ja")?.Text);
        Assert.False(thesaurus.Current.Concepts.ContainsKey(Ex + "label-tem-en"));
        Assert.Equal(ResourceKinds.XlLabel, thesaurus.Current.KindsOf(Ex + "label-tem-en"));
    }

    [Fact]
    public void Projection_skosXlAndPlainLabel_shareOneLabel()
    {
        var quads = Quads("skosxl.ttl");
        var projection = new ThesaurusProjection();
        foreach (var quad in quads)
        {
            projection.Add(quad);
        }

        var sem = projection.Current.Concepts[Ex + "sem"];
        Assert.Single(sem.Labels);

        projection.Remove(quads.Single(q => q.Subject == new Iri(Ex + "sem") && q.Predicate == PrefLabel));
        Assert.Equal("scanning electron microscopy", Assert.Single(sem.Labels).Text);
        projection.Remove(quads.Single(q => q.Subject == new Iri(Ex + "label-sem-en") && q.Predicate.Value == Iris.SkosXl.LiteralForm));
        Assert.Empty(sem.Labels);
    }

    [Fact]
    public void Projection_schemesAndTopConcepts_areIndexed()
    {
        var thesaurus = Load("clean.ttl");

        var scheme = Assert.Single(thesaurus.Schemes.Values);
        Assert.Equal([Ex + "microscopy"], scheme.TopConcepts);
        Assert.Equal("Microscopy", scheme.Title("en"));
        Assert.Equal(3, thesaurus.ConceptsInScheme(Ex + "scheme").Count());
        Assert.Equal([Ex + "tem"], thesaurus.Concepts[Ex + "sem"].Related);
        Assert.Equal(new Mapping(MappingKind.Exact, "http://purl.obolibrary.org/obo/CHMO_0000073"), Assert.Single(thesaurus.Concepts[Ex + "sem"].Mappings));
        Assert.True(thesaurus.IsDescribed(Ex + "scheme"));
        Assert.False(thesaurus.IsDescribed("http://purl.obolibrary.org/obo/CHMO_0000073"));
    }

    [Fact]
    public void Projection_deprecatedAndReplacedBy_areRead()
    {
        var thesaurus = Load("deprecated.ttl");

        var old = thesaurus.Concepts[Ex + "old"];
        Assert.True(old.Deprecated);
        Assert.Equal([Ex + "new"], old.ReplacedBy);
        Assert.False(thesaurus.Concepts[Ex + "new"].Deprecated);
    }

    [Fact]
    public void Statistics_countLabelsPerLanguageAndKind()
    {
        var statistics = Load("clean.ttl").GetStatistics();

        Assert.Equal(3, statistics.Concepts);
        Assert.Equal(1, statistics.Schemes);
        Assert.Equal(new LabelCounts(3, 2, 0), statistics.LabelsByLanguage["en"]);
        Assert.Equal(new LabelCounts(3, 0, 0), statistics.LabelsByLanguage["ja"]);
    }

    [Fact]
    public void Projection_labelledButUntyped_isNotAConcept()
    {
        var projection = new ThesaurusProjection();
        projection.Add(new Quad(new Iri(Ex + "property"), PrefLabel, Literal.LangString("has part", "en")));
        projection.Add(new Quad(new Iri(Ex + "property"), new Iri(Iris.Skos.InScheme), new Iri(Ex + "scheme")));

        Assert.Empty(projection.Current.Concepts);
        Assert.True(projection.Current.IsDescribed(Ex + "property"));
        Assert.False(projection.Current.IsDescribed(Ex + "scheme"));
    }

    [Fact]
    public void Projection_collections_keepTheirMembersAndKinds()
    {
        var thesaurus = Load("collection-concept.ttl");

        Assert.Equal([Ex + "group", Ex + "ordered", Ex + "techniques"], thesaurus.Collections.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([Ex + "tem"], thesaurus.Collections[Ex + "group"].Members);
        Assert.Equal(ResourceKinds.Collection | ResourceKinds.Concept, thesaurus.KindsOf(Ex + "techniques"));
    }

    [Fact]
    public void Projection_sequence_isStoredOnTheThesaurus()
    {
        var projection = new ThesaurusProjection { Sequence = 42 };

        Assert.Equal(42, projection.Current.Sequence);
    }

    private static void AssertEmpty(Thesaurus thesaurus)
    {
        Assert.Empty(thesaurus.Concepts);
        Assert.Empty(thesaurus.Schemes);
        Assert.Empty(thesaurus.Collections);
        Assert.Empty(thesaurus.DescribedResources);
        Assert.Empty(thesaurus.Nodes);
    }
}
