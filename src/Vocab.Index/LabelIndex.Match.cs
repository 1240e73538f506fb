using Vocab.Core.Normalization;

namespace Vocab.Index;

/// <summary>Matching: one raw label from a dataset to the concept it denotes, or an honest "ambiguous"/"unmatched".</summary>
public sealed partial class LabelIndex
{
    private const int ScratchLimit = 64;

    private static readonly MatchResult NoMatch = new(MatchStatus.Unmatched, null, []);

    private static readonly MatchOptions DefaultOptions = new();

    // Per-thread candidate table, reused so a lookup allocates only its result.
    [ThreadStatic]
    private static Dictionary<int, (double Score, MatchType Type, int Label)>? _matchScratch;

    /// <summary>
    /// Matches <paramref name="raw"/> through the tiers exact → normalized → abbreviation → fuzzy (fuzzy only when
    /// no earlier tier produced a candidate good enough to match) and decides with <see cref="MatchScoring.Decide"/>.
    /// </summary>
    public MatchResult Match(string raw, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        options ??= DefaultOptions;
        var text = raw.Trim();
        if (text.Length == 0 || options.Limit <= 0)
        {
            return NoMatch;
        }

        // A query equal to an indexed label, unrestricted, is answered from the cache: computed once with the cache's
        // limit, and complete (no candidate cut off), it serves every limit.
        var cacheable = options.Lang is null && options.Scheme is null && options.Type is null && options.Limit <= CachedLimit;
        if (cacheable && CachedResult(text, options.Limit) is { } cached)
        {
            return cached;
        }

        _lock.EnterReadLock();
        try
        {
            var exact = _exact.Get(text);
            if (!cacheable || exact.Count == 0)
            {
                return MatchTiers(text, exact, options, out _);
            }

            var full = MatchTiers(text, exact, CacheOptions, out var complete);
            return complete ? CacheResult(text, full, options.Limit) : Truncate(full, options.Limit);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The tiers and the decision; <paramref name="complete"/> says no candidate was cut off by the limit.</summary>
    private MatchResult MatchTiers(string text, Postings exact, MatchOptions options, out bool complete)
    {
        // Take the per-thread table; one that a widely shared key grew large is not kept, since clearing costs its capacity.
        var best = _matchScratch ?? [];
        _matchScratch = null;
        try
        {
            var filter = MakeFilter(options.Lang, options.Scheme, options.Type);
            var query = exact.Count > 0 ? QueryKeys.Of(_labels[exact[0]], text) : QueryKeys.Of(LabelNormalizer.Normalize(text));
            Collect(best, exact, MatchType.Exact, MatchScoring.Exact, filter);
            CollectCurated(best, text, query.Key, filter);
            if (query.Key.Length > 0)
            {
                Collect(best, _keys.Get(query.Key), MatchType.Normalized, MatchScoring.Normalized, filter);
                var asWritten = AcronymPluralKey(query);
                if (asWritten is not null)
                {
                    Collect(best, _keys.Get(asWritten), MatchType.Normalized, MatchScoring.Normalized, filter);
                }

                // A shouted label keeps its words as acronyms ("METERS", "ASHES"); read as words only if nothing else matched.
                if (!HasCandidate(best, MatchScoring.CandidateThreshold) && ShoutedWordsKey(query) is { } words)
                {
                    CollectWords(best, _keys.Get(words), filter);
                }

                // Abbreviations score at most MatchScoring.Abbreviation: when one concept already leads by more than the
                // margin, they cannot change the decision, and skipping them saves four hash probes per lookup.
                if (best.Count != 1 || !HasCandidate(best, MatchScoring.Abbreviation + MatchScoring.Margin))
                {
                    CollectAbbreviations(best, query, asWritten, filter);
                }
            }

            // Fuzzy is a fallback: when a key already found candidates (even ambiguous ones), near misses add only noise.
            string? folded = null;
            if (!HasCandidate(best, MatchScoring.CandidateThreshold))
            {
                folded = LabelNormalizer.FoldCharacters(query.PropertyText);
                CollectFuzzy(best, query.Key, folded, filter);
            }

            return Decide(best, query, folded, options, out complete);
        }
        finally
        {
            if (best.Count <= ScratchLimit)
            {
                best.Clear();
                _matchScratch = best;
            }
        }
    }

    private void CollectFuzzy(Dictionary<int, (double, MatchType, int)> best, string key, string folded, in Filter filter)
    {
        var found = FuzzyCandidates(folded, key, filter);
        foreach (var (label, similarity) in found)
        {
            Offer(best, label, MatchScoring.Fuzzy * similarity * MatchScoring.RoleWeight(_labels[label].Role), MatchType.Fuzzy);
        }
    }

    /// <summary>Offers one tier's postings, lowering every score when the key is shared by several concepts.</summary>
    private void Collect(Dictionary<int, (double, MatchType, int)> best, Postings postings, MatchType type, double weight, in Filter filter)
    {
        if (postings.Count == 0)
        {
            return;
        }

        var concepts = CountConcepts(postings, filter);
        var ambiguity = MatchScoring.Ambiguity(concepts);
        for (var i = 0; i < postings.Count; i++)
        {
            var id = postings[i];
            if (Passes(id, filter))
            {
                Offer(best, id, weight * MatchScoring.RoleWeight(_labels[id].Role) * ambiguity, type);
            }
        }
    }

    /// <summary>
    /// Offers the postings of a shouted query's word key, only labels written with lower-case letters: read as words,
    /// "PIES" may be "pies", never the acronym PIE.
    /// </summary>
    private void CollectWords(Dictionary<int, (double, MatchType, int)> best, Postings postings, in Filter filter)
    {
        var words = new List<int>();
        var concepts = new HashSet<int>();
        for (var i = 0; i < postings.Count; i++)
        {
            var id = postings[i];
            if (Passes(id, filter) && HasLower(_labels[id].Text))
            {
                words.Add(id);
                concepts.Add(_labels[id].Concept);
            }
        }

        var ambiguity = MatchScoring.Ambiguity(concepts.Count);
        foreach (var id in words)
        {
            Offer(best, id, MatchScoring.Normalized * MatchScoring.RoleWeight(_labels[id].Role) * ambiguity, MatchType.Normalized);
        }
    }

    private static bool HasLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Distinct concepts among the postings that pass the filter (lists of shared keys are short).</summary>
    private int CountConcepts(Postings postings, in Filter filter)
    {
        if (postings.Count == 1)
        {
            return Passes(postings[0], filter) ? 1 : 0;
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < postings.Count; i++)
        {
            if (Passes(postings[i], filter))
            {
                seen.Add(_labels[postings[i]].Concept);
            }
        }

        return seen.Count;
    }

    /// <summary>What matching needs of the query's normalization; taken from the label itself when the query equals one.</summary>
    private readonly record struct QueryKeys(string Key, string? Unit, string? Parenthetical, string PropertyText)
    {
        public static QueryKeys Of(NormalizedLabel n) =>
            new(n.Key, n.Unit, n.ParenthesizedAbbreviation, n.PropertyText);

        public static QueryKeys Of(in LabelSlot slot, string text) =>
            new(slot.Key, slot.Unit, slot.Parenthetical, text);
    }

    private static bool HasCandidate(Dictionary<int, (double Score, MatchType Type, int Label)> best, double threshold)
    {
        foreach (var value in best.Values)
        {
            if (value.Score >= threshold)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ranking order: higher score, then stronger tier, then IRI so equal candidates come out the same every time.</summary>
    private bool Before(KeyValuePair<int, (double Score, MatchType Type, int Label)> a, KeyValuePair<int, (double Score, MatchType Type, int Label)> b)
    {
        if (a.Value.Score != b.Value.Score)
        {
            return a.Value.Score > b.Value.Score;
        }

        if (a.Value.Type != b.Value.Type)
        {
            return a.Value.Type < b.Value.Type;
        }

        return string.CompareOrdinal(_concepts[a.Key]!.Iri, _concepts[b.Key]!.Iri) < 0;
    }

    /// <summary>
    /// Whether a fuzzy winner within the score margin of its rivals still stands apart: every rival within the margin
    /// is a fuzzy hit needing more edits. A score margin is too coarse for long labels, where one edit is worth
    /// 1/length ("T cejll receptor complex": 1 edit from "T cell…", 2 from "B cell…"), so the edit counts decide.
    /// </summary>
    private bool ClearByEdits(
        Dictionary<int, (double Score, MatchType Type, int Label)> best,
        KeyValuePair<int, (double Score, MatchType Type, int Label)> winner, in QueryKeys query, string folded)
    {
        var key = query.Key;
        if (winner.Value.Type != MatchType.Fuzzy || Grams.IsMostlyCjk(folded))
        {
            return false;
        }

        var max = MatchScoring.MaxEdits(Math.Min(key.Length, folded.Length));
        var edits = Edits(winner.Value.Label, key, folded, max);

        // Under the match threshold (short labels, where one edit costs a fifth of the score) only a single edit counts,
        // and then against every candidate, not just those within the margin: one edit from this label and no other.
        // An acronym is reached only from a query in capitals but for the one typed letter ("EuDS" → EDS); a word in lower
        // case is no typo of one ("Money" is not MONES, "Sturm" not STXRM).
        var lenient = winner.Value.Score < MatchScoring.MatchThreshold;
        if (lenient && (edits != 1 || (IsCapitals(_labels[winner.Value.Label].Text) && query.PropertyText.Count(char.IsLower) > 1)))
        {
            return false;
        }

        foreach (var entry in best)
        {
            if (entry.Key == winner.Key || entry.Value.Score < (lenient ? MatchScoring.CandidateThreshold : winner.Value.Score - MatchScoring.Margin))
            {
                continue;
            }

            if (entry.Value.Type != MatchType.Fuzzy || Edits(entry.Value.Label, key, folded, max) <= edits)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>The fuzzy tier's distance of label <paramref name="id"/> from the query (key or folded text, the closer).</summary>
    private int Edits(int id, string key, string folded, int max)
    {
        ref readonly var slot = ref _labels[id];
        return Math.Min(Similarity.BoundedDistance(key, slot.Key, max), Similarity.BoundedDistance(folded, slot.Folded, max));
    }

    private void Offer(Dictionary<int, (double Score, MatchType Type, int Label)> best, int label, double score, MatchType type)
    {
        var concept = _labels[label].Concept;
        if (!best.TryGetValue(concept, out var current) || score > current.Score)
        {
            best[concept] = (score, type, label);
        }
    }

    private MatchResult Decide(
        Dictionary<int, (double Score, MatchType Type, int Label)> best, in QueryKeys query, string? folded, MatchOptions options, out bool complete)
    {
        var unit = query.Unit;
        complete = true;
        if (best.Count == 0)
        {
            return NoMatch;
        }

        // Partial selection of the top entries: a key shared by hundreds of concepts must not cost a full sort.
        var keep = Math.Max(options.Limit, 2);
        var above = 0;
        var top = new List<KeyValuePair<int, (double Score, MatchType Type, int Label)>>(keep + 1);
        foreach (var entry in best)
        {
            if (entry.Value.Score < MatchScoring.CandidateThreshold)
            {
                continue;
            }

            above++;
            var at = top.Count;
            while (at > 0 && Before(entry, top[at - 1]))
            {
                at--;
            }

            if (at < keep)
            {
                top.Insert(at, entry);
                if (top.Count > keep)
                {
                    top.RemoveAt(keep);
                }
            }
        }

        complete = above <= options.Limit;
        var (unitId, unitLabel) = UnitConcept(unit, options.Lang);
        var ranked = top.ConvertAll(c =>
        {
            var (prefLabel, lang) = Display(c.Key, options.Lang);
            var score = Math.Round(Math.Clamp(c.Value.Score, 0, 1), 4);
            return new Candidate(_concepts[c.Key]!.Iri, prefLabel, lang, score, c.Value.Type, _labels[c.Value.Label].Text, unit, unitId, unitLabel);
        });

        // Two are ranked even for limit 1, so the decision sees the runner-up.
        var status = MatchScoring.Decide(ranked);
        if (status == MatchStatus.Ambiguous && folded is not null && ClearByEdits(best, top[0], query, folded))
        {
            status = MatchStatus.Matched;
        }

        var candidates = ranked.Count > options.Limit ? ranked[..options.Limit] : ranked;
        return new MatchResult(status, status == MatchStatus.Matched ? candidates[0] : null, candidates);
    }
}
