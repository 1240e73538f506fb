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

    /// <summary>True when <paramref name="scheme"/> is currently typed <c>skos:ConceptScheme</c> (read by the subject index).</summary>
    public async Task<bool> IsSchemeAsync(string scheme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        foreach (var quad in await store.DescribeAsync(scheme, cancellationToken).ConfigureAwait(false))
        {
            if (quad.Predicate.Value == Iris.Rdf.Type && quad.Obj is Iri { Value: Iris.Skos.ConceptScheme })
            {
                return true;
            }
        }

        return false;
    }

    private async Task<long> ExportSchemeAsync(RdfWriter writer, string scheme, CancellationToken cancellationToken)
    {
        await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var schemeKey = NTriplesEscaping.Iri(scheme);
        var members = await store.ReadSubjectsAsync(MembershipPredicates, schemeKey, cancellationToken).ConfigureAwait(false);

        // The scheme and its members, plus what hangs off them (blank nodes, SKOS-XL labels) and the scheme's top concepts.
        var written = 0L;
        await foreach (var quad in store.ReadClosureAsync([schemeKey, .. members], q => Leads(q, scheme), int.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            writer.Write(quad);
            written++;
        }

        return written;
    }

    private static bool Leads(Quad quad, string scheme) =>
        VocabStore.LeadsToPart(quad)
        || (quad.Obj is Iri && quad.Predicate.Value == Iris.Skos.HasTopConcept && quad.Subject is Iri { } s && s.Value == scheme);
}
