using Vocab.Data;

namespace Vocab.Server.Web;

/// <summary>
/// Tells open pages that something they show changed: a change-log entry applied to this process's snapshot (from any
/// process: replicas apply the log too) or a vote, comment or decision on a proposal (made in this process, at once;
/// made by another process, when <c>ProposalActivityFollower</c> sees it in the store). Pages subscribe while open
/// and re-read what they show.
/// </summary>
public sealed class LiveUpdates : IDisposable
{
    private readonly ThesaurusSnapshotService _snapshot;
    private readonly CurationService _curation;

    /// <summary>Subscribes to the snapshot and the curation service.</summary>
    public LiveUpdates(ThesaurusSnapshotService snapshot, CurationService curation)
    {
        _snapshot = snapshot;
        _curation = curation;
        _snapshot.Applied += OnApplied;
        _curation.ProposalChanged += RaiseProposalChanged;
    }

    /// <summary>Raised with the IRIs of the subjects a newly applied change touched.</summary>
    public event Action<IReadOnlySet<string>>? ThesaurusChanged;

    /// <summary>Raised with the id of a proposal that got a vote, a comment, a refresh or a decision.</summary>
    public event Action<long>? ProposalChanged;

    /// <inheritdoc />
    public void Dispose()
    {
        _snapshot.Applied -= OnApplied;
        _curation.ProposalChanged -= RaiseProposalChanged;
    }

    private void OnApplied(ChangeStatements statements)
    {
        var handlers = ThesaurusChanged;
        if (handlers is null)
        {
            return;
        }

        var subjects = statements.Added.Concat(statements.Removed).Select(q => q.Subject).OfType<Rdf.Iri>().Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
        handlers(subjects);
    }

    /// <summary>True while an open page listens for proposal activity (so other processes' activity is worth polling for).</summary>
    public bool HasProposalWatchers => ProposalChanged is not null;

    /// <summary>
    /// Tells open pages about activity on a proposal: the curation service's own event (this process) and
    /// <c>ProposalActivityFollower</c> (another process's, seen in the store) both call it.
    /// </summary>
    public void RaiseProposalChanged(long id) => ProposalChanged?.Invoke(id);
}
