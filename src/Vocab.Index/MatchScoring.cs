namespace Vocab.Index;

/// <summary>
/// Every constant of scoring and of the match decision, in one place. A candidate's score is
/// tier weight × role weight × similarity × ambiguity factor; the decision then asks for one clear winner.
/// </summary>
public static class MatchScoring
{
    /// <summary>Tier weight of an exact raw-label hit.</summary>
    public const double Exact = 1.0;

    /// <summary>
    /// Tier weight of a curated mapping (raw text or key): an expert confirmed it, so it outranks every rule, yet an
    /// exact label of another concept still makes the result ambiguous rather than losing silently.
    /// </summary>
    public const double Curated = 0.98;

    /// <summary>Tier weight of a normalized-key hit: the normalizer's rules are reliable but can conflate.</summary>
    public const double Normalized = 0.95;

    /// <summary>Tier weight of an abbreviation hit: initialisms collide more often than words.</summary>
    public const double Abbreviation = 0.88;

    /// <summary>Tier weight of a fuzzy hit, multiplied by its similarity (1 − distance/length, or Dice).</summary>
    /// <remarks>
    /// 1.0 (was 0.9): the similarity alone decides, so one typo matches in a pref label of six characters or more
    /// (an alt label of eight). See <see cref="MatchThreshold"/> for the calibration figures.
    /// </remarks>
    public const double Fuzzy = 1.0;

    /// <summary>Role weights: a preferred label is the strongest evidence, a hidden label (misspellings, loose synonyms) the weakest.</summary>
    public const double Pref = 1.0;

    /// <summary>Role weight of alternative labels and notations.</summary>
    public const double Alt = 0.94;

    /// <summary>Role weight of hidden labels.</summary>
    public const double Hidden = 0.88;

    /// <summary>Each further concept sharing the same key multiplies the score by this.</summary>
    public const double AmbiguityFactor = 0.9;

    /// <summary>
    /// The ambiguity factor never goes below this, so a key shared by many concepts still yields (ambiguous)
    /// candidates instead of falling under <see cref="CandidateThreshold"/> and looking unmatched.
    /// </summary>
    public const double MinAmbiguityFactor = 0.75;

    /// <summary>A best candidate at or above this score may be matched.</summary>
    /// <remarks>
    /// 0.82 (was 0.75) with <see cref="Fuzzy"/> 1.0 (was 0.9), from <c>bench calibrate</c> (CHMO + shipped labels:
    /// 92,750 perturbed positives; 59,825 unrelated STW/EDICT labels): correct 88.3% → 89.3%, wrong 1.69% → 1.66%,
    /// unrelated wrongly matched 0.90% → 0.90%. 0.82 is the highest value that still matches an abbreviation hit on
    /// an alt label (0.88 × 0.94 = 0.827, "HAADF" → "high-angle annular dark field"). The wrong matches that were
    /// such hits in the other direction (an unrelated or misspelt long form whose initials are some acronym: "small
    /// amount of money" → SAM) are gone since matching no longer looks a long query's initials up at all, and only an
    /// acronym-shaped query (or a lower-case one nothing else matched) is read as initials: wrong 1.66% → 0.02%,
    /// unrelated wrongly matched 0.90% → 0.14% (see the README's calibration table).
    /// </remarks>
    public const double MatchThreshold = 0.82;

    /// <summary>Candidates below this score are dropped; if none is left the label is unmatched.</summary>
    public const double CandidateThreshold = 0.6;

    /// <summary>
    /// The winner must lead the runner-up by at least this much, else the result is ambiguous; except that a fuzzy
    /// winner needing fewer edits than every rival within the margin still wins (one edit is worth only 1/length).
    /// </summary>
    public const double Margin = 0.05;

    /// <summary>Bigram Dice a Japanese fuzzy candidate needs to be considered at all.</summary>
    public const double MinDice = 0.6;

    /// <summary>Initialisms shorter than this are not matched (two letters name too many things).</summary>
    public const int MinInitialism = 3;

    /// <summary>The score factor for a key shared by <paramref name="concepts"/> concepts.</summary>
    public static double Ambiguity(int concepts) => Math.Max(MinAmbiguityFactor, Math.Pow(AmbiguityFactor, Math.Max(0, concepts - 1)));

    /// <summary>The role weight of <paramref name="role"/>.</summary>
    public static double RoleWeight(LabelRole role) => role switch
    {
        LabelRole.Pref or LabelRole.Curated => Pref,
        LabelRole.Hidden => Hidden,
        _ => Alt,
    };

    /// <summary>
    /// Edits a Latin fuzzy match may need, by key length: none under 5 characters (too many short words are one
    /// edit apart), then one per six characters, at most three.
    /// </summary>
    public static int MaxEdits(int length) => length < 5 ? 0 : Math.Min(3, Math.Max(1, length / 6));

    /// <summary>The decision over candidates sorted by descending score.</summary>
    public static MatchStatus Decide(IReadOnlyList<Candidate> sorted)
    {
        if (sorted.Count == 0 || sorted[0].Score < CandidateThreshold)
        {
            return MatchStatus.Unmatched;
        }

        var clear = sorted.Count == 1 || sorted[0].Score - sorted[1].Score >= Margin;
        return sorted[0].Score >= MatchThreshold && clear ? MatchStatus.Matched : MatchStatus.Ambiguous;
    }
}
