using Vocab.Rdf.Tests.Skos;
using Vocab.Rdf.Tests.W3c;

namespace Vocab.Rdf.Tests.Ontology;

/// <summary>
/// The IRIs the shipped thesaurus may map to: the subjects of the shared ontologies in <c>../shared/data</c>, read
/// once per test class with the Turtle parser. A mapping target "exists" when its source describes it as a subject.
/// </summary>
public sealed class MappingTargets
{
    /// <summary>Loads the shared sources, or nothing when the shared data folder is missing on this machine.</summary>
    public MappingTargets()
    {
        if (SharedData.Directory is not { } shared)
        {
            return;
        }

        QuantityKinds = Subjects(Path.Combine(shared, "qudt", "VOCAB_QUDT-QUANTITY-KINDS-ALL.ttl"));

        // CHMO's release carries the OBI/BFO/IAO classes it imports, so every OBO IRI is looked up there.
        Sources =
        [
            new("CHMO (chmo/chmo-skos.DERIVED.ttl)", "http://purl.obolibrary.org/obo/", Subjects(Path.Combine(shared, "chmo", "chmo-skos.DERIVED.ttl"))),
            new("QUDT (qudt/*.ttl)", "http://qudt.org/vocab/", Subjects(Directory.GetFiles(Path.Combine(shared, "qudt"), "*.ttl"))),
            new("CHAMEO/EMMO (chameo-emmo/*.ttl)", "https://w3id.org/emmo", Subjects(Directory.GetFiles(Path.Combine(shared, "chameo-emmo"), "*.ttl"))),
        ];
    }

    /// <summary>False when the shared data folder was not found (tests that need it skip).</summary>
    public bool Available => Sources.Count > 0;

    /// <summary>The sources, each with the namespace whose IRIs it answers for.</summary>
    public IReadOnlyList<MappingSource> Sources { get; } = [];

    /// <summary>QUDT quantity kinds (subjects of the quantity-kind vocabulary).</summary>
    public IReadOnlySet<string> QuantityKinds { get; } = new HashSet<string>();

    /// <summary>The source whose namespace <paramref name="iri"/> is in, or null for a namespace no shared source covers.</summary>
    public MappingSource? SourceOf(string iri) =>
        Sources.FirstOrDefault(s => iri.StartsWith(s.Namespace, StringComparison.Ordinal));

    private static HashSet<string> Subjects(params string[] paths)
    {
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var quad in SkosFixture.ParseFile(path))
            {
                if (quad.Subject is Iri iri)
                {
                    subjects.Add(iri.Value);
                }
            }
        }

        return subjects;
    }
}

/// <summary>One shared ontology (or group of files) and the IRIs it describes.</summary>
/// <param name="Name">The source and its files, for messages.</param>
/// <param name="Namespace">IRIs starting with this are looked up in this source.</param>
/// <param name="Subjects">The IRIs the source describes.</param>
public sealed record MappingSource(string Name, string Namespace, IReadOnlySet<string> Subjects);
