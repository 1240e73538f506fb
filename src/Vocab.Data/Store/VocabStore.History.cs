using Microsoft.EntityFrameworkCore;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>A resource's history: the log entries of the changes that added or removed its statements.</summary>
public sealed partial class VocabStore
{
    /// <summary>
    /// The changes that added or removed a statement with <paramref name="iri"/> as its subject, newest first, at most
    /// <paramref name="max"/>. Both lookups go through the subject index, so a big store answers as fast as a small one.
    /// </summary>
    public async Task<IReadOnlyList<ChangeEntry>> ReadHistoryAsync(string iri, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(iri);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = Database.CreateContext();
        var subject = NTriplesEscaping.Iri(iri);
        var rows = db.Statements.Where(s => s.Subject == subject);
        var sequences = rows.Select(s => s.AddedIn).Union(rows.Where(s => s.RemovedIn != null).Select(s => s.RemovedIn!.Value));
        var changes = await db.Changes.AsNoTracking()
            .Where(c => sequences.Contains(c.Seq))
            .OrderByDescending(c => c.Seq)
            .Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return changes.ConvertAll(ChangeEntry.From);
    }
}
