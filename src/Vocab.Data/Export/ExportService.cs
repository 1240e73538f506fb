using Vocab.Core;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>
/// Streams current statements of the store through an <see cref="RdfWriter"/>: everything, or one concept scheme
/// (the scheme resource, its concepts, and the blank nodes and SKOS-XL label resources reachable from them). Blank
/// nodes keep their stored labels; graph names are passed on (triple syntaxes drop them).
/// </summary>
public sealed class ExportService(VocabStore store)
{
    private const int SubjectBatch = 500;

    private static readonly string[] MembershipPredicates =
        [NTriplesEscaping.Iri(Iris.Skos.InScheme), NTriplesEscaping.Iri(Iris.Skos.TopConceptOf)];

    /// <summary>Prefixes of the vocabularies a thesaurus is made of, for writers that abbreviate IRIs.</summary>
    public static IReadOnlyDictionary<string, string> WellKnownPrefixes { get; } = new Dictionary<string, string>
    {
        ["rdf"] = Vocabulary.Rdf.Ns,
        ["rdfs"] = Vocabulary.Rdfs.Ns,
        ["xsd"] = Vocabulary.Xsd.Ns,
        ["owl"] = Iris.Owl.Ns,
        ["skos"] = Iris.Skos.Ns,
        ["skosxl"] = Iris.SkosXl.Ns,
        ["dct"] = Iris.Dct.Ns,
        ["oboInOwl"] = Iris.Obo.InOwlNs,
        ["obo"] = "http://purl.obolibrary.org/obo/",
    };

    /// <summary>Writer options carrying <see cref="WellKnownPrefixes"/>.</summary>
    public static RdfWriterOptions DefaultWriterOptions { get; } = new() { Prefixes = WellKnownPrefixes };

    /// <summary>Creates a writer over <paramref name="output"/> with <see cref="DefaultWriterOptions"/>, exports, and ends the document.</summary>
    /// <returns>The number of statements written.</returns>
    public async Task<long> ExportAsync(
        TextWriter output,
        Func<TextWriter, RdfWriterOptions, RdfWriter> createWriter,
        string? scheme,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(createWriter);
        using var writer = createWriter(output, DefaultWriterOptions);
        return await ExportAsync(writer, scheme, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the statements (all, or those of <paramref name="scheme"/>) into <paramref name="writer"/> and calls <see cref="RdfWriter.End"/>.</summary>
    /// <returns>The number of statements written.</returns>
    public async Task<long> ExportAsync(RdfWriter writer, string? scheme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var written = 0L;
        if (scheme is null)
        {
            await foreach (var statement in store.ReadCurrentAsync(null, cancellationToken).ConfigureAwait(false))
            {
                writer.Write(statement.Quad);
                written++;
            }
        }
        else
        {
            written = await ExportSchemeAsync(writer, scheme, cancellationToken).ConfigureAwait(false);
        }

        writer.End();
        return written;
    }

    private async Task<long> ExportSchemeAsync(RdfWriter writer, string scheme, CancellationToken cancellationToken)
    {
        await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var schemeKey = NTriplesEscaping.Iri(scheme);
        var members = await store.ReadSubjectsAsync(MembershipPredicates, schemeKey, cancellationToken).ConfigureAwait(false);
        var visited = new HashSet<string>(StringComparer.Ordinal) { schemeKey };
        var frontier = new List<string> { schemeKey };
        foreach (var member in members)
        {
            if (visited.Add(member))
            {
                frontier.Add(member);
            }
        }

        // Breadth-first over subjects: each round reads the statements of the frontier by the subject index and
        // collects what they lead to (blank nodes, SKOS-XL labels, the scheme's top concepts).
        var decoder = new TermDecoder();
        var written = 0L;
        while (frontier.Count > 0)
        {
            var next = new List<string>();
            foreach (var batch in frontier.Chunk(SubjectBatch))
            {
                await foreach (var statement in store.ReadBySubjectsAsync(batch, decoder, cancellationToken).ConfigureAwait(false))
                {
                    var quad = statement.Quad;
                    writer.Write(quad);
                    written++;
                    if (Leads(quad, scheme) && visited.Add(quad.Obj.ToNTriples()))
                    {
                        next.Add(quad.Obj.ToNTriples());
                    }
                }
            }

            frontier = next;
        }

        return written;
    }

    private static bool Leads(in Quad quad, string scheme) =>
        quad.Obj is BlankNode
        || (quad.Obj is Iri && quad.Predicate.Value is Iris.SkosXl.PrefLabel or Iris.SkosXl.AltLabel or Iris.SkosXl.HiddenLabel)
        || (quad.Obj is Iri && quad.Predicate.Value == Iris.Skos.HasTopConcept && quad.Subject is Iri { } s && s.Value == scheme);
}
