using System.Text.RegularExpressions;
using Vocab.Core;
using Vocab.Rdf.Skos;

namespace Vocab.Rdf.Tests.Ontology;

/// <summary>
/// The thesaurus in <c>ontology/</c> is what a fresh installation starts with, so it must be complete (en and ja
/// labels, definitions), clean for every check, and map only to IRIs that exist in the shared ontologies.
/// </summary>
public sealed partial class ShippedThesaurusTests(ShippedThesaurus shipped, MappingTargets targets)
    : IClassFixture<ShippedThesaurus>, IClassFixture<MappingTargets>
{
    private readonly Thesaurus _thesaurus = shipped.Thesaurus;

    [Fact]
    public void Ontology_everyScheme_countsAtLeast800ConceptsInTotal()
    {
        var output = TestContext.Current.TestOutputHelper;
        foreach (var scheme in _thesaurus.Schemes.Keys.Order(StringComparer.Ordinal))
        {
            var count = _thesaurus.ConceptsInScheme(scheme).Count();
            output?.WriteLine($"{scheme}: {count} concepts");
            Assert.True(count > 0, $"scheme {scheme} has no concepts");
        }

        output?.WriteLine($"total: {_thesaurus.Concepts.Count} concepts in {_thesaurus.Schemes.Count} schemes, {shipped.Statements.Count} statements in {shipped.Files.Count} files");
        Assert.True(_thesaurus.Concepts.Count >= 800, $"only {_thesaurus.Concepts.Count} concepts");
        Assert.Equal(_thesaurus.Concepts.Count, _thesaurus.Schemes.Keys.Sum(s => _thesaurus.ConceptsInScheme(s).Count()));
    }

    [Fact]
    public void Import_everyFile_isReadAsSkosAndDerivesNothing()
    {
        Assert.Contains("def.ttl", shipped.Summaries.Keys);
        Assert.All(shipped.Summaries, file =>
        {
            Assert.Equal(ImportProfile.Skos, file.Value.Profile);
            Assert.Equal(0, file.Value.DerivedStatements);
        });

        // def.ttl declares vdef:usualUnit as a property only; neither it nor anything else there may become a concept.
        Assert.Equal(0, shipped.Summaries["def.ttl"].Concepts);
        Assert.False(_thesaurus.TryGetConcept(ShippedThesaurus.UsualUnit, out _));
        Assert.Contains(shipped.Statements, q => q.Subject == new Iri(ShippedThesaurus.UsualUnit)
            && q.Predicate.Value == Vocabulary.Rdf.Type && q.Obj == new Iri("http://www.w3.org/2002/07/owl#ObjectProperty"));
    }

    [Fact]
    public void Concepts_every_hasOneEnAndOneJaPrefLabelAndAnEnDefinition()
    {
        var problems = new List<string>();
        foreach (var concept in _thesaurus.Concepts.Values)
        {
            foreach (var lang in new[] { "en", "ja" })
            {
                var prefs = concept.LabelsOf(LabelKind.Pref).Count(l => l.Lang == lang);
                if (prefs != 1)
                {
                    problems.Add($"{concept.Iri}: {prefs} prefLabels @{lang}");
                }
            }

            if (!concept.Notes.Any(n => n.Kind == NoteKind.Definition && n.Lang == "en" && !string.IsNullOrWhiteSpace(n.Text)))
            {
                problems.Add($"{concept.Iri}: no definition @en");
            }
        }

        // A Japanese definition is welcome but not required, so it is counted rather than asserted.
        var withJapaneseDefinition = _thesaurus.Concepts.Values.Count(c => c.Notes.Any(n => n.Kind == NoteKind.Definition && n.Lang == "ja"));
        TestContext.Current.TestOutputHelper?.WriteLine($"{withJapaneseDefinition} of {_thesaurus.Concepts.Count} concepts have a definition @ja");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Checker_requiredEnJa_reportsNoFindingOfAnyCode()
    {
        var report = shipped.Report;
        foreach (var summary in report.Summary)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{summary.Code} ({summary.Severity}): {summary.Count}");
        }

        Assert.False(report.HasErrors);
        Assert.True(report.Findings.Count == 0, string.Join('\n', report.Findings.Take(50).Select(f => $"{f.Code} {f.Subject}: {f.Message}")));
        Assert.All(report.Summary, s => Assert.Equal(0, s.Count));
        Assert.Equal(_thesaurus.Concepts.Count, report.Concepts);
    }

    [Fact]
    public void ConceptIris_every_isUnderItsSchemeSlugInUpperCamelCase()
    {
        var problems = new List<string>();
        foreach (var concept in _thesaurus.Concepts.Values)
        {
            if (concept.Schemes.Count != 1)
            {
                problems.Add($"{concept.Iri}: in {concept.Schemes.Count} schemes");
                continue;
            }

            var scheme = concept.Schemes.Single();
            if (!SchemeIri().IsMatch(scheme))
            {
                problems.Add($"{concept.Iri}: scheme {scheme} is not {ShippedThesaurus.Base}<scheme-slug>");
            }
            else if (!concept.Iri.StartsWith(scheme + "/", StringComparison.Ordinal) || !Slug().IsMatch(concept.Iri[(scheme.Length + 1)..]))
            {
                problems.Add($"{concept.Iri}: not {scheme}/<UpperCamelCaseSlug>");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Mappings_exactAndCloseMatchTargets_existInTheSharedSourceTheyPointTo()
    {
        SkipWithoutSharedData();
        var mappings = _thesaurus.Concepts.Values.SelectMany(c => c.Mappings.Select(m => (c.Iri, m.Kind, m.Target))).ToList();
        var problems = new List<string>();
        foreach (var (iri, kind, target) in mappings)
        {
            if (targets.SourceOf(target) is not { } source)
            {
                problems.Add($"{iri} {kind}Match <{target}>: namespace {Namespace(target)} is not CHMO, CHAMEO/EMMO or QUDT");
            }
            else if (!source.Subjects.Contains(target))
            {
                problems.Add($"{iri} {kind}Match <{target}>: not in {source.Name}");
            }
        }

        foreach (var group in mappings.GroupBy(m => targets.SourceOf(m.Target)?.Name ?? "other").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{group.Key}: {group.Count(m => m.Kind == MappingKind.Exact)} exactMatch, {group.Count(m => m.Kind == MappingKind.Close)} closeMatch");
        }

        Assert.NotEmpty(mappings);
        Assert.All(mappings, m => Assert.True(m.Kind is MappingKind.Exact or MappingKind.Close, $"{m.Iri}: {m.Kind}Match"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void QuantityKinds_everyTarget_isAQudtQuantityKind()
    {
        SkipWithoutSharedData();
        var links = shipped.ObjectsOf(ShippedThesaurus.HasQuantityKind).ToList();
        var problems = links
            .Where(l => l.Object is not Iri kind || !targets.QuantityKinds.Contains(kind.Value) || !IsConcept(l.Subject))
            .Select(l => $"{l.Subject} qudt:hasQuantityKind {l.Object}")
            .ToList();

        TestContext.Current.TestOutputHelper?.WriteLine($"{links.Count} quantity-kind links");
        Assert.NotEmpty(links);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void UsualUnits_everyTarget_isAConceptOfTheUnitScheme()
    {
        var links = shipped.ObjectsOf(ShippedThesaurus.UsualUnit).ToList();
        var problems = links
            .Where(l => !IsConcept(l.Subject) || l.Object is not Iri unit
                || !_thesaurus.TryGetConcept(unit.Value, out var concept) || !concept.Schemes.Contains(ShippedThesaurus.UnitScheme))
            .Select(l => $"{l.Subject} vdef:usualUnit {l.Object}")
            .ToList();

        TestContext.Current.TestOutputHelper?.WriteLine($"{links.Count} usual-unit links");
        Assert.NotEmpty(links);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private bool IsConcept(Term term) => term is Iri iri && _thesaurus.TryGetConcept(iri.Value, out _);

    private void SkipWithoutSharedData()
    {
        if (!targets.Available)
        {
            Assert.Skip("shared data folder (../shared/data) not found; set VOCAB_SHARED_DATA");
        }
    }

    private static string Namespace(string iri) => iri[..(iri.LastIndexOfAny(['/', '#']) + 1)];

    [GeneratedRegex(@"^https://w3id\.org/vocab/[a-z][a-z0-9-]*$")]
    private static partial Regex SchemeIri();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex Slug();
}
