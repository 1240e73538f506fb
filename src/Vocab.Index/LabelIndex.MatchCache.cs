using System.Collections.Concurrent;

namespace Vocab.Index;

/// <summary>
/// The hot path of matching: a raw label that equals an indexed label, asked with no restriction, gets the result it
/// got the first time, from one lock-free lookup, without normalizing, ranking or allocating. Pipelines send the
/// same labels over and over.
/// </summary>
public sealed partial class LabelIndex
{
    /// <summary>Cached results hold up to this many candidates; a request for more takes the full path.</summary>
    private const int CachedLimit = 5;

    private static readonly MatchOptions CacheOptions = new() { Limit = CachedLimit };

    // Results by raw text. Entries are added only under the read lock and the whole cache is dropped under the write
    // lock before a write changes anything, so a lock-free reader either finds an answer from before the write (as if
    // it ran first) or finds nothing and recomputes under the lock. Only texts that equal an indexed label are kept,
    // so the cache is bounded by the index, not by what callers send.
    // The value is a struct, stored in the dictionary's node: one lookup reaches the answer with no further hop.
    private readonly ConcurrentDictionary<string, Resolved> _resolved = new();

    /// <summary>The cached result for <paramref name="text"/> cut to <paramref name="limit"/>; null when there is none.</summary>
    private MatchResult? CachedResult(string text, int limit) => _resolved.TryGetValue(text, out var hit) ? hit.For(limit) : null;

    /// <summary>Keeps a complete result for <paramref name="text"/> and returns it cut to <paramref name="limit"/>.</summary>
    private MatchResult CacheResult(string text, MatchResult full, int limit)
    {
        var resolved = new Resolved(full, Truncate(full, 1), full.Candidates.Count);
        _resolved[text] = resolved;
        return resolved.For(limit);
    }

    /// <summary>Called by every writer under the write lock, before it changes anything.</summary>
    private void InvalidateResults()
    {
        if (!_resolved.IsEmpty)
        {
            _resolved.Clear();
        }
    }

    private static MatchResult Truncate(MatchResult full, int limit) =>
        full.Candidates.Count <= limit ? full : full with { Candidates = [.. full.Candidates.Take(limit)] };

    /// <summary>A complete result, its one-candidate cut (what limit 1 asks for) and its candidate count.</summary>
    private readonly record struct Resolved(MatchResult Full, MatchResult One, int Count)
    {
        public MatchResult For(int limit) => limit >= Count ? Full : limit == 1 ? One : Truncate(Full, limit);
    }
}
