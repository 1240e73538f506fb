using Vocab.Core;

namespace Vocab.Index;

/// <summary>Read-side helpers shared by matching, search and autocomplete; callers hold the read lock.</summary>
public sealed partial class LabelIndex
{
    // Per-thread scratch for counting shared n-grams per label: readers run concurrently, so it cannot live on the index.
    [ThreadStatic]
    private static GramCounter? _counter;

    private readonly record struct Filter(string? Lang, int Scheme, string? Type)
    {
        public static readonly Filter Unsatisfiable = new(null, -2, null);
    }

    private Filter MakeFilter(string? lang, string? scheme, string? type)
    {
        var schemeId = -1;
        if (!string.IsNullOrEmpty(scheme) && !_schemeIds.TryGetValue(scheme, out schemeId))
        {
            return Filter.Unsatisfiable;
        }

        return new Filter(string.IsNullOrEmpty(lang) ? null : lang, schemeId, string.IsNullOrEmpty(type) ? null : type);
    }

    /// <summary>True when label <paramref name="id"/> passes the language, scheme and type restrictions.</summary>
    private bool Passes(int id, in Filter filter)
    {
        ref readonly var slot = ref _labels[id];
        if (filter.Scheme == -2)
        {
            return false;
        }

        // Untagged labels (notations, symbols) belong to every language.
        if (filter.Lang is { } lang && slot.Lang.Length > 0 && !LanguageTags.Matches(slot.Lang, lang))
        {
            return false;
        }

        var concept = _concepts[slot.Concept]!;
        if (filter.Scheme >= 0 && Array.IndexOf(concept.Schemes, filter.Scheme) < 0)
        {
            return false;
        }

        return filter.Type is null || IsA(concept, filter.Type);
    }

    /// <summary>True when the concept is <paramref name="type"/> or narrower than it, following broader links.</summary>
    private bool IsA(ConceptEntry concept, string type)
    {
        if (string.Equals(concept.Iri, type, StringComparison.Ordinal))
        {
            return true;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(concept.Broader);
        while (pending.Count > 0)
        {
            var iri = pending.Pop();
            if (string.Equals(iri, type, StringComparison.Ordinal))
            {
                return true;
            }

            if (seen.Add(iri) && _conceptIds.TryGetValue(iri, out var id))
            {
                foreach (var parent in _concepts[id]!.Broader)
                {
                    pending.Push(parent);
                }
            }
        }

        return false;
    }

    /// <summary>The preferred label to show: the requested language, else English, else Japanese, else any.</summary>
    private (string Text, string Lang) Display(int conceptId, string? lang)
    {
        var concept = _concepts[conceptId]!;
        var id = lang is null || string.Equals(lang, DisplayFallback[0], StringComparison.OrdinalIgnoreCase)
            ? concept.DefaultDisplay
            : DisplayLabel(concept, lang);
        return id >= 0 ? (_labels[id].Text, _labels[id].Lang) : (concept.Iri, "");
    }

    /// <summary>The label id to show for <paramref name="lang"/>, falling back to English, Japanese, any preferred label, any label; -1 when there is none.</summary>
    private int DisplayLabel(ConceptEntry concept, string lang)
    {
        var best = -1;
        var bestRank = int.MaxValue;
        foreach (var id in concept.Labels)
        {
            ref readonly var slot = ref _labels[id];
            if (slot.Role == LabelRole.Curated)
            {
                // A curated mapping is a raw dataset label, never what a concept is shown as.
                continue;
            }

            var rank = slot.Role != LabelRole.Pref ? 5
                : LanguageTags.Matches(slot.Lang, lang) ? 0
                : LanguageTags.Matches(slot.Lang, DisplayFallback[0]) ? 1
                : LanguageTags.Matches(slot.Lang, DisplayFallback[1]) ? 2
                : slot.Lang.Length == 0 ? 3 : 4;
            if (rank < bestRank)
            {
                bestRank = rank;
                best = id;
            }
        }

        return best;
    }

    /// <summary>
    /// Fuzzy candidates for <paramref name="folded"/> (query key <paramref name="key"/>): labels close by edit distance
    /// for Latin text, by bigram Dice for mostly-CJK text. Postings propose, the exact measure verifies.
    /// </summary>
    private List<(int Label, double Similarity)> FuzzyCandidates(string folded, string key, in Filter filter)
    {
        var found = new List<(int, double)>();
        if (folded.Length == 0)
        {
            return found;
        }

        var queryGrams = new List<ulong>();
        Grams.ForIndex(folded, queryGrams);
        var cjk = Grams.IsMostlyCjk(folded);
        var maxEdits = cjk ? 0 : MatchScoring.MaxEdits(Math.Min(key.Length, folded.Length));
        if ((!cjk && maxEdits == 0) || queryGrams.Count == 0)
        {
            return found;
        }

        // Count filter: an insertion, deletion or substitution changes at most three padded trigrams, a transposition
        // (one edit to the distance) four; Dice ≥ d needs shared ≥ d·|query| / 2.
        var needed = cjk
            ? (int)Math.Ceiling(MatchScoring.MinDice * queryGrams.Count / 2)
            : queryGrams.Count - (4 * maxEdits);
        needed = Math.Max(1, needed);

        var counter = _counter ??= new GramCounter();
        counter.Reset(_labelHighWater);
        foreach (var gram in queryGrams)
        {
            var postings = _grams.Get(gram);
            for (var i = 0; i < postings.Count; i++)
            {
                counter.Increment(postings[i]);
            }
        }

        var labelGrams = new List<ulong>();
        foreach (var id in counter.Touched)
        {
            if (counter.Count(id) < needed || !Passes(id, filter))
            {
                continue;
            }

            ref readonly var slot = ref _labels[id];
            if (cjk)
            {
                Grams.ForIndex(slot.Folded, labelGrams);
                var dice = Similarity.Dice(queryGrams, labelGrams);
                if (dice >= MatchScoring.MinDice)
                {
                    found.Add((id, dice));
                }

                continue;
            }

            var distance = Math.Min(
                Similarity.BoundedDistance(key, slot.Key, maxEdits),
                Similarity.BoundedDistance(folded, slot.Folded, maxEdits));
            if (distance <= maxEdits)
            {
                var length = Math.Max(Math.Max(key.Length, slot.Key.Length), 1);
                found.Add((id, 1.0 - ((double)distance / length)));
            }
        }

        return found;
    }

    /// <summary>Counts per label id without clearing a million-entry array per query: only touched ids are reset.</summary>
    private sealed class GramCounter
    {
        private int[] _counts = [];

        public List<int> Touched { get; } = [];

        public void Reset(int size)
        {
            foreach (var id in Touched)
            {
                _counts[id] = 0;
            }

            Touched.Clear();
            if (_counts.Length < size)
            {
                _counts = new int[Math.Max(size, _counts.Length * 2)];
            }
        }

        public void Increment(int id)
        {
            if (_counts[id]++ == 0)
            {
                Touched.Add(id);
            }
        }

        public int Count(int id) => _counts[id];
    }
}
