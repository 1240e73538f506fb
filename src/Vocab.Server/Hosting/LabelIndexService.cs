using Vocab.Data;
using Vocab.Index;
using Vocab.Rdf;

namespace Vocab.Server.Hosting;

/// <summary>
/// Owns the label index that search, autocomplete, normalization and reconciliation read. It is built once the
/// thesaurus snapshot is loaded and then follows every change the snapshot applies from the log, so a label
/// written by another process becomes matchable within one poll.
/// </summary>
public sealed partial class LabelIndexService(ThesaurusSnapshotService snapshot, ILogger<LabelIndexService> logger) : IHostedService, IDisposable
{
    // Above this many touched concepts a fresh build is cheaper than re-indexing one by one (an import, a big merge).
    private const int RebuildThreshold = 2_000;

    private LabelIndex? _index;

    /// <summary>True once the index is built; readiness reports it.</summary>
    public bool Ready => Volatile.Read(ref _index) is not null;

    /// <summary>The current index (thread-safe for any number of readers).</summary>
    public LabelIndex Index => Volatile.Read(ref _index) ?? throw new InvalidOperationException("the label index is not built yet");

    /// <summary>Builds the index; registered after the snapshot follower, whose start has loaded the snapshot.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribe before building: a change applied in between is either in the build (it held the read lock
        // first) or arrives as an event once the index is set, and re-indexing a concept twice is harmless.
        snapshot.Applied += OnApplied;
        if (snapshot.IsLoaded)
        {
            Rebuild();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        snapshot.Applied -= OnApplied;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => Interlocked.Exchange(ref _index, null)?.Dispose();

    private void Rebuild()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        // Published inside the read lock so that no change can land between the build and the swap unseen. The old
        // index is not disposed: a request that took it a moment ago may still be reading it.
        var built = snapshot.Read(t =>
        {
            var index = LabelIndex.Build(t);
            Volatile.Write(ref _index, index);
            return index;
        });
        var milliseconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogBuilt(built.ConceptCount, built.LabelCount, milliseconds);
    }

    private void OnApplied(ChangeStatements change)
    {
        if (Volatile.Read(ref _index) is null)
        {
            // Not built yet: the build will read this change from the snapshot.
            return;
        }

        try
        {
            var touched = Touched(change);
            if (touched.Count > RebuildThreshold)
            {
                Rebuild();
                return;
            }

            snapshot.Read(t =>
            {
                var index = Index;
                foreach (var iri in touched)
                {
                    if (t.TryGetConcept(iri, out var concept))
                    {
                        index.Update(concept);
                    }
                    else
                    {
                        index.Remove(iri);
                    }
                }

                return touched.Count;
            });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A failed incremental update must not stop the follower; a full build restores a consistent index.
            LogUpdateFailed(change.Sequence, e.Message);
            Rebuild();
        }
    }

    // Subjects carry labels, notations, deprecation and broader links; objects of skos:narrower or skos:inScheme and
    // the like name concepts whose filters change too. Non-concept IRIs fall through to a harmless Remove.
    private static HashSet<string> Touched(ChangeStatements change)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in (IReadOnlyList<Quad>[])[change.Added, change.Removed])
        {
            foreach (var quad in list)
            {
                if (quad.Subject is Iri subject)
                {
                    touched.Add(subject.Value);
                }

                if (quad.Obj is Iri obj && IsConceptLink(quad.Predicate.Value))
                {
                    touched.Add(obj.Value);
                }
            }
        }

        return touched;
    }

    private static bool IsConceptLink(string predicate) =>
        predicate is Core.Iris.Skos.Narrower or Core.Iris.Skos.Broader or Core.Iris.Skos.HasTopConcept;

    [LoggerMessage(Level = LogLevel.Information, Message = "label index built: {Concepts} concepts, {Labels} labels in {Milliseconds:F0} ms")]
    private partial void LogBuilt(int concepts, int labels, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "label index update for change {Sequence} failed, rebuilding: {Reason}")]
    private partial void LogUpdateFailed(long sequence, string reason);
}
