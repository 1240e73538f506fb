using System.Collections.Concurrent;

namespace Vocab.Index;

/// <summary>
/// The hot path of matching: a raw label that equals an indexed label, asked with no restriction, gets the result it
/// got the first time, from one lock-free lookup, without normalizing, ranking or allocating. Pipelines send the
/// same labels over and over.
/// </summary>
public sealed partial class LabelIndex
{
    // Results by raw text, valid while the index is at the generation they were computed in: every write bumps the
    // generation before it changes anything, so a reader either sees the answer from before the write (as if it ran
    // first) or a stale generation, and then takes the read lock and recomputes. Only texts that equal an indexed
    // label are kept, so the cache is bounded by the index, not by what callers send.
    private readonly ConcurrentDictionary<string, Resolved> _resolved = new();
    private int _generation;

    /// <summary>The cached result for <paramref name="text"/>; null when there is none for the current generation.</summary>
    private MatchResult? CachedResult(string text) =>
        _resolved.TryGetValue(text, out var hit) && hit.Generation == Volatile.Read(ref _generation) ? hit.Result : null;

    /// <summary>Keeps <paramref name="result"/> for <paramref name="text"/>; the caller holds the read lock.</summary>
    private void CacheResult(string text, MatchResult result) => _resolved[text] = new Resolved(result, _generation);

    /// <summary>Called by every writer under the write lock, before it changes anything: all cached results go stale.</summary>
    private void InvalidateResults()
    {
        Volatile.Write(ref _generation, _generation + 1);

        // Texts of removed labels would otherwise stay forever: a cache grown well past the index starts over.
        if (_resolved.Count > (2 * _labelCount) + 1024)
        {
            _resolved.Clear();
        }
    }

    private sealed class Resolved(MatchResult result, int generation)
    {
        public MatchResult Result { get; } = result;

        public int Generation { get; } = generation;
    }
}
