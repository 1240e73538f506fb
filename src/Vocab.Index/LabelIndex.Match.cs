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

        var unrestricted = options.Lang is null && options.Scheme is null && options.Type is null;
        if (unrestricted && CachedResult(text) is { } cached)
        {
            return cached;
        }

        _lock.EnterReadLock();
        try
        {
            var exact = _exact.Get(text);
            var result = MatchTiers(text, exact, options, out var limitFree);
            if (unrestricted && exact.Count > 0 && limitFree)
            {
                CacheResult(text, result);
            }

            return result;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The tiers and the decision; <paramref name="limitFree"/> says the result is the same for every limit.</summary>
    private MatchResult MatchTiers(string text, Postings exact, MatchOptions options, out bool limitFree)
    {
        // Take the per-thread table; one that a widely shared key grew large is not kept, since clearing costs its capacity.
        var best = _matchScratch ?? [];
        _matchScratch = null;
        try
        {
            var filter = MakeFilter(options.Lang, options.Scheme, options.Type);
            var query = exact.Count > 0 ? QueryKeys.Of(_labels[exact[0]], text) : QueryKeys.Of(LabelNormalizer.Normalize(text));
            Collect(best, exact, MatchType.Exact, MatchScoring.Exact, filter);
            if (query.Key.Length > 0)
            {
                Collect(best, _keys.Get(query.Key), MatchType.Normalized, MatchScoring.Normalized, filter);
                var asWritten = AcronymPluralKey(query);
                if (asWritten is not null)
                {
                    Collect(best, _keys.Get(asWritten), MatchType.Normalized, MatchScoring.Normalized, filter);
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

            return Decide(best, query, folded, options, out limitFree);
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

    private void CollectAbbreviations(Dictionary<int, (double, MatchType, int)> best, QueryKeys query, string? asWritten, in Filter filter)
    {
        // The query is the short form ("HAADF", "HAADF-STEM"): compare it, spaces dropped, with the labels' long forms.
        // Only an acronym-shaped query may, or a lower-case one of four letters or more that no key found ("haadf"):
        // "sxps" is the acronym SXPS, not the initials of "stage X position"; "Pigs" and "IbPS" are no short forms.
        // "eels" keys as "eel"; as an acronym it is the initials of "electron energy loss spectroscopy" as written.
        var compact = asWritten ?? query.Key.Replace(" ", "", StringComparison.Ordinal);
        var shortForm = IsAcronymShaped(query.PropertyText)
            || (compact.Length >= 4 && IsLowerCase(query.PropertyText) && !HasCandidate(best, MatchScoring.CandidateThreshold));
        if (shortForm && compact.Length >= MatchScoring.MinInitialism)
        {
            Collect(best, _initialisms.Get(compact), MatchType.Abbreviation, MatchScoring.Abbreviation, filter);
        }

        if (shortForm && compact.Length >= 2)
        {
            Collect(best, _parentheticals.Get(compact), MatchType.Abbreviation, MatchScoring.Abbreviation, filter);
        }

        // The query's own initials ("small amount of money" → "sam") are not looked up: initials alone are weak
        // evidence, and a concept whose long label supports them is found through that label by the normalized or
        // fuzzy tier, where it competes with the other long labels on equal terms.

        // An abbreviation the query gives in parentheses is the writer's own short form: it counts as it is.
        if (query.Parenthetical is { Length: >= 2 } abbreviation)
        {
            Collect(best, _keys.Get(abbreviation), MatchType.Abbreviation, MatchScoring.Abbreviation, filter);
        }
    }

    /// <summary>
    /// For a one-word query whose key lost a final "s" ("edcs" → "edc"), the word as folded: a lower-cased acronym
    /// ("EDCS", "SIMS") is looked up as written too, since the singular rule cannot tell it from a plural.
    /// </summary>
    private static string? AcronymPluralKey(in QueryKeys query)
    {
        var key = query.Key;
        var text = query.PropertyText;
        if (key.Length < 2 || key.Contains(' ', StringComparison.Ordinal) || text.Length > 24 || text.Length == 0 || text[^1] is not ('s' or 'S'))
        {
            return null;
        }

        var folded = LabelNormalizer.FoldCharacters(text);
        return folded.Length == key.Length + 1 && folded.StartsWith(key, StringComparison.Ordinal) ? folded : null;
    }

    /// <summary>
    /// Whether the query is written as an acronym: two or more capitals and no lower-case letter except a plural "s"
    /// right after a capital ("HAADF-STEM", "TEMs", "S/TEM"), so that it may be the short form of a long label.
    /// </summary>
    private static bool IsLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronymShaped(string text)
    {
        var upper = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c) && !(c == 's' && i > 0 && char.IsUpper(text[i - 1]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1]))))
            {
                return false;
            }
        }

        return upper >= 2;
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

    /// <summary>
    /// Whether a fuzzy winner within the score margin of its rivals still stands apart: every rival within the margin
    /// is a fuzzy hit needing more edits. A score margin is too coarse for long labels, where one edit is worth
    /// 1/length ("T cejll receptor complex": 1 edit from "T cell…", 2 from "B cell…"), so the edit counts decide.
    /// </summary>
    private bool ClearByEdits(
        Dictionary<int, (double Score, MatchType Type, int Label)> best,
        KeyValuePair<int, (double Score, MatchType Type, int Label)> winner, string key, string folded)
    {
        if (winner.Value.Type != MatchType.Fuzzy || winner.Value.Score < MatchScoring.MatchThreshold || Grams.IsMostlyCjk(folded))
        {
            return false;
        }

        var max = MatchScoring.MaxEdits(Math.Min(key.Length, folded.Length));
        var edits = Edits(winner.Value.Label, key, folded, max);
        foreach (var entry in best)
        {
            if (entry.Key == winner.Key || entry.Value.Score < winner.Value.Score - MatchScoring.Margin)
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
        Dictionary<int, (double Score, MatchType Type, int Label)> best, in QueryKeys query, string? folded, MatchOptions options, out bool limitFree)
    {
        var unit = query.Unit;
        limitFree = best.Count <= 1;
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
        if (status == MatchStatus.Ambiguous && folded is not null && ClearByEdits(best, top[0], query.Key, folded))
        {
            status = MatchStatus.Matched;
        }

        var candidates = ranked.Count > options.Limit ? ranked[..options.Limit] : ranked;
        return new MatchResult(status, status == MatchStatus.Matched ? candidates[0] : null, candidates);
    }
}
