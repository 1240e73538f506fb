using System.Runtime.CompilerServices;
using Vocab.Core;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>Reading one resource's description (its statements and what hangs off it) by the subject index.</summary>
public sealed partial class VocabStore
{
    // A description is a handful of subjects; the bound only guards against a pathological chain of blank nodes.
    private const int MaxDescribedSubjects = 10_000;
    private const int SubjectBatch = 500;

    /// <summary>
    /// The current statements of <paramref name="iri"/> as subject, plus those of the blank nodes and SKOS-XL label
    /// resources reachable from it, in breadth-first order (subject by subject, row order within). Empty when the
    /// resource has no current statement.
    /// </summary>
    public async Task<IReadOnlyList<Quad>> DescribeAsync(string iri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(iri);
        var quads = new List<Quad>();
        await foreach (var quad in ReadClosureAsync([NTriplesEscaping.Iri(iri)], LeadsToPart, MaxDescribedSubjects, cancellationToken).ConfigureAwait(false))
        {
            quads.Add(quad);
        }

        return quads;
    }

    /// <summary>
    /// Breadth-first over subjects: the current statements of <paramref name="starts"/> (N-Triples forms), then of every
    /// object a statement <paramref name="leads"/> to, each subject once, up to <paramref name="maxSubjects"/> subjects.
    /// Each round reads its frontier by the subject index in batches.
    /// </summary>
    internal async IAsyncEnumerable<Quad> ReadClosureAsync(
        IEnumerable<string> starts,
        Func<Quad, bool> leads,
        int maxSubjects,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var frontier = new List<string>();
        foreach (var start in starts)
        {
            if (visited.Add(start))
            {
                frontier.Add(start);
            }
        }

        var decoder = new TermDecoder();
        while (frontier.Count > 0)
        {
            var next = new List<string>();
            foreach (var batch in frontier.Chunk(SubjectBatch))
            {
                await foreach (var statement in ReadBySubjectsAsync(batch, decoder, cancellationToken).ConfigureAwait(false))
                {
                    var quad = statement.Quad;
                    yield return quad;
                    if (leads(quad) && visited.Count < maxSubjects)
                    {
                        var obj = quad.Obj.ToNTriples();
                        if (visited.Add(obj))
                        {
                            next.Add(obj);
                        }
                    }
                }
            }

            frontier = next;
        }
    }

    /// <summary>Blank nodes and SKOS-XL labels belong to the resource that points at them; other IRIs are resources of their own.</summary>
    internal static bool LeadsToPart(Quad quad) =>
        quad.Obj is BlankNode
        || (quad.Obj is Iri && quad.Predicate.Value is Iris.SkosXl.PrefLabel or Iris.SkosXl.AltLabel or Iris.SkosXl.HiddenLabel);
}
