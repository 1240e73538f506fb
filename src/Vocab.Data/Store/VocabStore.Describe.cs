using Vocab.Core;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>Reading one resource's description (its statements and what hangs off it) by the subject index.</summary>
public sealed partial class VocabStore
{
    // A description is a handful of subjects; the bound only guards against a pathological chain of blank nodes.
    private const int MaxDescribedSubjects = 10_000;

    /// <summary>
    /// The current statements of <paramref name="iri"/> as subject, plus those of the blank nodes and SKOS-XL label
    /// resources reachable from it, in breadth-first order (subject by subject, row order within). Empty when the
    /// resource has no current statement.
    /// </summary>
    public async Task<IReadOnlyList<Quad>> DescribeAsync(string iri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(iri);
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        var start = NTriplesEscaping.Iri(iri);
        var visited = new HashSet<string>(StringComparer.Ordinal) { start };
        var frontier = new List<string> { start };
        var decoder = new TermDecoder();
        var quads = new List<Quad>();
        while (frontier.Count > 0)
        {
            var next = new List<string>();
            foreach (var batch in frontier.Chunk(500))
            {
                await foreach (var statement in ReadBySubjectsAsync(batch, decoder, cancellationToken).ConfigureAwait(false))
                {
                    var quad = statement.Quad;
                    quads.Add(quad);
                    if (LeadsToPart(quad) && visited.Count < MaxDescribedSubjects && visited.Add(quad.Obj.ToNTriples()))
                    {
                        next.Add(quad.Obj.ToNTriples());
                    }
                }
            }

            frontier = next;
        }

        return quads;
    }

    // Blank nodes and SKOS-XL labels belong to the resource that points at them; other IRIs are resources of their own.
    private static bool LeadsToPart(in Quad quad) =>
        quad.Obj is BlankNode
        || (quad.Obj is Iri && quad.Predicate.Value is Iris.SkosXl.PrefLabel or Iris.SkosXl.AltLabel or Iris.SkosXl.HiddenLabel);
}
