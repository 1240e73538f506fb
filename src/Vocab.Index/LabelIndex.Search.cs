using Vocab.Core.Normalization;

namespace Vocab.Index;

/// <summary>Search and autocomplete for people: ranked hits, one per concept, each naming the label that matched.</summary>
public sealed partial class LabelIndex
{
    // Score bands keep the documented order whatever the in-band details: exact > pref > alt > hidden > fuzzy.
    private const double ExactBand = 0.9;
    private const double PrefBand = 0.7;
    private const double AltBand = 0.5;
    private const double HiddenBand = 0.3;
    private const double FuzzyBand = 0.1;
    private const double BandWidth = 0.2;

    /// <summary>Prefix-table entries examined per autocomplete request at most.</summary>
    private const int MaxPrefixScan = 5_000;

    /// <summary>
    /// Finds concepts whose labels equal, start with or contain <paramref name="query"/> (after character folding),
    /// falling back to fuzzy matches when no label does. Within a band (pref, alt, hidden) a
    /// label starting with the query ranks above one containing it further in, and a shorter label above a longer one.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, SearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        options ??= new SearchOptions();
        var text = query.Trim();
        if (text.Length == 0 || options.Limit <= 0)
        {
            return [];
        }

        var folded = LabelNormalizer.FoldCharacters(text);
        var key = LabelNormalizer.Key(text);
        _lock.EnterReadLock();
        try
        {
            var filter = MakeFilter(options.Lang, options.Scheme, null);
            var hits = new Dictionary<int, (double Score, SearchMatchKind Kind, int Label)>();
            void Offer(int label, double score, SearchMatchKind kind)
            {
                var concept = _labels[label].Concept;
                if (Passes(label, filter) && (!hits.TryGetValue(concept, out var current) || score > current.Score))
                {
                    hits[concept] = (score, kind, label);
                }
            }

            OfferAll(_exact.Get(text), Offer, 1.0);
            if (key.Length > 0)
            {
                OfferAll(_keys.Get(key), Offer, 0.95);
            }

            if (folded.Length > 0)
            {
                OfferSubstrings(folded, options.Limit, filter, hits);

                // Typo recovery is for a query that no label holds: one that is some label's fragment is not a typo,
                // and a fuzzy pass over common grams would cost more than the whole substring search.
                if (hits.Count == 0)
                {
                    foreach (var (label, similarity) in FuzzyCandidates(folded, key, filter))
                    {
                        Offer(label, FuzzyBand + (BandWidth * 0.99 * similarity), SearchMatchKind.Fuzzy);
                    }
                }
            }

            return Top(hits, options.Limit, options.Lang);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Concepts with a label whose folded form starts with <paramref name="prefix"/>, any language unless
    /// <paramref name="lang"/> is given; shorter labels and preferred labels first.
    /// </summary>
    public IReadOnlyList<SearchHit> Autocomplete(string prefix, string? lang = null, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var folded = LabelNormalizer.FoldCharacters(prefix.Trim());
        if (folded.Length == 0 || limit <= 0)
        {
            return [];
        }

        _lock.EnterReadLock();
        try
        {
            var filter = MakeFilter(lang, null, null);
            var found = new List<int>();
            var examined = 0;
            _prefixes.Scan(folded, entry =>
            {
                if (Passes(entry.Label, filter))
                {
                    found.Add(entry.Label);
                }

                return ++examined < MaxPrefixScan;
            });

            return [.. found
                .OrderBy(id => _labels[id].Role == LabelRole.Notation ? LabelRole.Alt : _labels[id].Role)
                .ThenBy(id => _labels[id].Folded.Length)
                .ThenBy(id => _labels[id].Folded, StringComparer.Ordinal)
                .DistinctBy(id => _labels[id].Concept)
                .Take(limit)
                .Select(id => ToHit(_labels[id].Concept, id, SearchMatchKind.Prefix, Band(_labels[id].Role) + (BandWidth * 0.99 * folded.Length / _labels[id].Folded.Length), lang))];
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The best <paramref name="limit"/> hits by score, then shorter label, then IRI, through a bounded heap: a
    /// short query can hit tens of thousands of labels, and sorting them all would dominate the latency.
    /// </summary>
    private List<SearchHit> Top(Dictionary<int, (double Score, SearchMatchKind Kind, int Label)> hits, int limit, string? lang)
    {
        // The heap's root is the worst kept hit; a candidate replaces it when it ranks higher.
        var worstFirst = Comparer<(double Score, int Length, string Iri)>.Create((a, b) =>
            a.Score != b.Score ? a.Score.CompareTo(b.Score)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : string.CompareOrdinal(b.Iri, a.Iri));
        var heap = new PriorityQueue<int, (double Score, int Length, string Iri)>(limit + 1, worstFirst);
        foreach (var (concept, hit) in hits)
        {
            var rank = (hit.Score, _labels[hit.Label].Text.Length, _concepts[concept]!.Iri);
            if (heap.Count < limit)
            {
                heap.Enqueue(concept, rank);
            }
            else if (heap.TryPeek(out _, out var worst) && worstFirst.Compare(rank, worst) > 0)
            {
                heap.EnqueueDequeue(concept, rank);
            }
        }

        var result = new List<SearchHit>(heap.Count);
        while (heap.TryDequeue(out var concept, out _))
        {
            var hit = hits[concept];
            result.Add(ToHit(concept, hit.Label, hit.Kind, hit.Score, lang));
        }

        result.Reverse();
        return result;
    }

    private static double Band(LabelRole role) => role switch
    {
        LabelRole.Pref => PrefBand,
        LabelRole.Hidden => HiddenBand,
        _ => AltBand,
    };

    private static void OfferAll(Postings postings, Action<int, double, SearchMatchKind> offer, double inBand)
    {
        for (var i = 0; i < postings.Count; i++)
        {
            offer(postings[i], ExactBand + (BandWidth * 0.5 * inBand), SearchMatchKind.Exact);
        }
    }

    private SearchHit ToHit(int concept, int label, SearchMatchKind kind, double score, string? lang)
    {
        var (prefLabel, prefLang) = Display(concept, lang);
        ref readonly var slot = ref _labels[label];
        return new SearchHit(_concepts[concept]!.Iri, prefLabel, prefLang, slot.Text, slot.Lang, slot.Role, kind, Math.Round(Math.Clamp(score, 0, 1), 4));
    }
}
