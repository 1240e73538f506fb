using Vocab.Core.Normalization;

namespace Vocab.Index;

/// <summary>Matching: one raw label from a dataset to the concept it denotes, or an honest "ambiguous"/"unmatched".</summary>
public sealed partial class LabelIndex
{
    private const int ScratchLimit = 64;

    private static readonly MatchResult NoMatch = new(MatchStatus.Unmatched, null, []);

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
        options ??= new MatchOptions();
        var text = raw.Trim();
        if (text.Length == 0 || options.Limit <= 0)
        {
            return NoMatch;
        }

        // Take the per-thread table; one that a widely shared key grew large is not kept, since clearing costs its capacity.
        var best = _matchScratch ?? [];
        _matchScratch = null;
        _lock.EnterReadLock();
        try
        {
            var filter = MakeFilter(options.Lang, options.Scheme, options.Type);
            var exact = _exact.Get(text);
            var query = exact.Count > 0 ? QueryKeys.Of(_labels[exact[0]], text) : QueryKeys.Of(LabelNormalizer.Normalize(text));
            Collect(best, exact, MatchType.Exact, MatchScoring.Exact, filter);
            if (query.Key.Length > 0)
            {
                Collect(best, _keys.Get(query.Key), MatchType.Normalized, MatchScoring.Normalized, filter);
                // Abbreviations score at most MatchScoring.Abbreviation: when one concept already leads by more than the
                // margin, they cannot change the decision, and skipping them saves four hash probes per lookup.
                if (best.Count != 1 || !HasCandidate(best, MatchScoring.Abbreviation + MatchScoring.Margin))
                {
                    CollectAbbreviations(best, query, filter);
                }
            }

            // Fuzzy is a fallback: when a key already found candidates (even ambiguous ones), near misses add only noise.
            if (!HasCandidate(best, MatchScoring.CandidateThreshold))
            {
                CollectFuzzy(best, query, filter);
            }

            return Decide(best, query.Unit, options);
        }
        finally
        {
            _lock.ExitReadLock();
            if (best.Count <= ScratchLimit)
            {
                best.Clear();
                _matchScratch = best;
            }
        }
    }

    private void CollectAbbreviations(Dictionary<int, (double, MatchType, int)> best, QueryKeys query, in Filter filter)
    {
        // The query is the short form ("HAADF", "HAADF-STEM"): compare it, spaces dropped, with the labels' long forms.
        var compact = query.Key.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length >= MatchScoring.MinInitialism)
        {
            Collect(best, _initialisms.Get(compact), MatchType.Abbreviation, MatchScoring.Abbreviation, filter);
        }

        if (compact.Length >= 2)
        {
            Collect(best, _parentheticals.Get(compact), MatchType.Abbreviation, MatchScoring.Abbreviation, filter);
        }

        // The query is the long form: its abbreviations against the labels' keys.
        if (query.Initialism is { Length: >= MatchScoring.MinInitialism } initialism)
        {
            Collect(best, _keys.Get(initialism), MatchType.Abbreviation, MatchScoring.Abbreviation, filter);
        }

        if (query.Parenthetical is { Length: >= 2 } abbreviation)
        {
            Collect(best, _keys.Get(abbreviation), MatchType.Abbreviation, MatchScoring.Abbreviation, filter);
        }
    }

    private void CollectFuzzy(Dictionary<int, (double, MatchType, int)> best, QueryKeys query, in Filter filter)
    {
        var folded = LabelNormalizer.FoldCharacters(query.PropertyText);
        var found = FuzzyCandidates(folded, query.Key, filter);
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
    private readonly record struct QueryKeys(string Key, string? Unit, string? Initialism, string? Parenthetical, string PropertyText)
    {
        public static QueryKeys Of(NormalizedLabel n) =>
            new(n.Key, n.Unit, n.Initialism, n.ParenthesizedAbbreviation, n.PropertyText);

        public static QueryKeys Of(in LabelSlot slot, string text) =>
            new(slot.Key, slot.Unit, slot.Initialism, slot.Parenthetical, text);
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

    private void Offer(Dictionary<int, (double Score, MatchType Type, int Label)> best, int label, double score, MatchType type)
    {
        var concept = _labels[label].Concept;
        if (!best.TryGetValue(concept, out var current) || score > current.Score)
        {
            best[concept] = (score, type, label);
        }
    }

    private MatchResult Decide(Dictionary<int, (double Score, MatchType Type, int Label)> best, string? unit, MatchOptions options)
    {
        if (best.Count == 0)
        {
            return NoMatch;
        }

        // Partial selection of the top entries: a key shared by hundreds of concepts must not cost a full sort.
        var keep = Math.Max(options.Limit, 2);
        var top = new List<KeyValuePair<int, (double Score, MatchType Type, int Label)>>(keep + 1);
        foreach (var entry in best)
        {
            if (entry.Value.Score < MatchScoring.CandidateThreshold)
            {
                continue;
            }

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

        var ranked = top.ConvertAll(c =>
        {
            var (prefLabel, lang) = Display(c.Key, options.Lang);
            var score = Math.Round(Math.Clamp(c.Value.Score, 0, 1), 4);
            return new Candidate(_concepts[c.Key]!.Iri, prefLabel, lang, score, c.Value.Type, _labels[c.Value.Label].Text, unit);
        });

        // Two are ranked even for limit 1, so the decision sees the runner-up.
        var status = MatchScoring.Decide(ranked);
        var candidates = ranked.Count > options.Limit ? ranked[..options.Limit] : ranked;
        return new MatchResult(status, status == MatchStatus.Matched ? candidates[0] : null, candidates);
    }
}
