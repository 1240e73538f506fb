using System.Runtime.InteropServices;

namespace Vocab.Index;

/// <summary>
/// Substring search: every label whose folded text contains the folded query, visited best first (band, then
/// prefix before infix, then shorter label), so a search stops as soon as its limit of concepts is certain.
/// Prefix hits come from the sorted prefix table (one contiguous run), infix hits from the gram postings.
/// </summary>
public sealed partial class LabelIndex
{
    private const int Bands = 3;

    /// <summary>A further posting list is intersected only while it is at most this many times the candidates left.</summary>
    private const int IntersectRatio = 8;

    // Per-thread scratch (readers run concurrently): mark stamps, candidate and ordering buffers.
    [ThreadStatic]
    private static SubstringScratch? _scratch;

    /// <summary>
    /// What orders a label among substring hits: its band (0 pref, 1 alt or notation, 2 hidden) and its folded
    /// length, packed; -1 for a label search never shows (a curated mapping) and for a free slot.
    /// </summary>
    private static int SearchRank(LabelRole role, int foldedLength)
    {
        var band = role switch
        {
            LabelRole.Pref => 0,
            LabelRole.Alt or LabelRole.Notation => 1,
            LabelRole.Hidden => 2,
            _ => -1,
        };
        return band < 0 ? -1 : (band << 16) | Math.Min(foldedLength, 0xFFFF);
    }

    /// <summary>
    /// Offers substring hits for <paramref name="folded"/> in rank order until <paramref name="hits"/> holds
    /// <paramref name="limit"/> concepts (every later label ranks lower) or the candidates run out.
    /// </summary>
    private void OfferSubstrings(string folded, int limit, in Filter filter, Dictionary<int, (double Score, SearchMatchKind Kind, int Label)> hits)
    {
        if (hits.Count >= limit || filter.Scheme == Filter.Unsatisfiable.Scheme)
        {
            return;
        }

        var scratch = _scratch ??= new SubstringScratch();
        scratch.Prefixes.Clear();
        _prefixes.Collect(folded, scratch.Prefixes);
        var prefixes = scratch.PrefixOrder.Sort(_ranks, CollectionsMarshal.AsSpan(scratch.Prefixes));
        int[]? infixes = null;
        for (var band = 0; band < Bands; band++)
        {
            var bandScore = band switch { 0 => PrefBand, 1 => AltBand, _ => HiddenBand };
            var (from, to) = scratch.PrefixOrder.Band(band);
            for (var k = from; k < to; k++)
            {
                var id = prefixes[k];
                if (Passes(id, filter))
                {
                    var coverage = (double)folded.Length / _labels[id].Folded.Length;
                    if (OfferFirst(hits, id, bandScore + (BandWidth * 0.99 * (0.5 + (0.5 * coverage))), SearchMatchKind.Prefix) >= limit)
                    {
                        return;
                    }
                }
            }

            // Gram candidates are gathered only once the prefix run has not filled the limit by itself.
            infixes ??= scratch.InfixOrder.Sort(_ranks, scratch.Candidates(SubstringCandidates(folded, scratch)));
            (from, to) = scratch.InfixOrder.Band(band);
            for (var k = from; k < to; k++)
            {
                var id = infixes[k];
                var at = _labels[id].Folded.IndexOf(folded, StringComparison.Ordinal);

                // A candidate is a superset: verify it. Position 0 is a prefix hit, offered above.
                if (at <= 0 || !Passes(id, filter))
                {
                    continue;
                }

                var coverage = (double)folded.Length / _labels[id].Folded.Length;
                if (OfferFirst(hits, id, bandScore + (BandWidth * 0.99 * 0.5 * coverage), SearchMatchKind.Substring) >= limit)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Records a hit for a concept not hit yet (labels arrive best first); returns the number of concepts hit.</summary>
    private int OfferFirst(Dictionary<int, (double Score, SearchMatchKind Kind, int Label)> hits, int label, double score, SearchMatchKind kind)
    {
        hits.TryAdd(_labels[label].Concept, (score, kind, label));
        return hits.Count;
    }

    /// <summary>
    /// Fills the scratch candidates with labels that may contain <paramref name="folded"/> (a superset, verified by
    /// the caller) and returns their number: the intersection of its grams' postings, rarest first; for a query
    /// without grams the postings around its CJK character or its Latin pair; else (one Latin character) every label.
    /// </summary>
    private int SubstringCandidates(string folded, SubstringScratch scratch)
    {
        var grams = scratch.Grams;
        Grams.ForSubstring(folded, grams);
        if (grams.Count > 0)
        {
            var lists = scratch.Lists;
            lists.Clear();
            foreach (var gram in grams)
            {
                var postings = _grams.Get(gram);
                if (postings.Count == 0)
                {
                    return 0;
                }

                lists.Add(postings);
            }

            lists.Sort(static (a, b) => a.Count.CompareTo(b.Count));
            var count = scratch.Load(lists[0]);
            for (var j = 1; j < lists.Count && lists[j].Count <= IntersectRatio * count; j++)
            {
                var stamp = scratch.NextStamp(_labelHighWater);
                var marks = scratch.Marks;
                var postings = lists[j];
                for (var i = 0; i < postings.Count; i++)
                {
                    marks[postings[i]] = stamp;
                }

                count = scratch.KeepMarked(count, stamp);
            }

            return count;
        }

        var cjk = 0;
        while (cjk < folded.Length && !Grams.IsCjk(folded[cjk]))
        {
            cjk++;
        }

        if (cjk < folded.Length)
        {
            var c = folded[cjk];
            var stamp = scratch.NextStamp(_labelHighWater);
            var count = scratch.AddUnmarked(_grams.Get(Grams.Unigram(c)), 0, stamp);
            foreach (var next in _shortGrams.After(c))
            {
                count = scratch.AddUnmarked(_grams.Get(Grams.Bigram(c, next)), count, stamp);
            }

            foreach (var previous in _shortGrams.Before(c))
            {
                count = scratch.AddUnmarked(_grams.Get(Grams.Bigram(previous, c)), count, stamp);
            }

            return count;
        }

        if (folded.Length == 2 && folded[0] != ' ' && folded[1] != ' ')
        {
            var stamp = scratch.NextStamp(_labelHighWater);
            var count = 0;
            foreach (var head in _shortGrams.Before(folded[0], folded[1]))
            {
                count = scratch.AddUnmarked(_grams.Get(Grams.Trigram(head, folded[0], folded[1])), count, stamp);
            }

            return count;
        }

        return scratch.LoadAlive(_ranks, _labelHighWater);
    }
}
