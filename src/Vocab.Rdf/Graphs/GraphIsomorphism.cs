namespace Vocab.Rdf;

/// <summary>
/// Decides whether two sets of statements are the same RDF dataset up to a renaming of blank nodes
/// (RDF 1.1 Concepts, section 3.6 graph isomorphism, extended to graph names).
/// </summary>
/// <remarks>
/// Ground statements are compared as sets. Blank nodes are then colored by iterative hash refinement
/// (a node's color summarizes the statements it occurs in and its neighbours' colors) until the partition is
/// stable; nodes that remain tied are distinguished one pair at a time with backtracking. Every candidate
/// mapping is verified, so a hash collision can only cost time, never a wrong answer.
/// </remarks>
public static class GraphIsomorphism
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> (as sets) are isomorphic.</summary>
    public static bool AreIsomorphic(IReadOnlyCollection<Quad> a, IReadOnlyCollection<Quad> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var setA = new HashSet<Quad>(a);
        var setB = new HashSet<Quad>(b);
        if (setA.Count != setB.Count)
        {
            return false;
        }

        var left = new BlankGraph(setA);
        var right = new BlankGraph(setB);
        if (left.GroundCount != right.GroundCount || left.Quads.Count != right.Quads.Count
            || left.NodeCount != right.NodeCount)
        {
            return false;
        }

        foreach (var quad in setA)
        {
            if (!BlankGraph.HasBlank(quad) && !setB.Contains(quad))
            {
                return false;
            }
        }

        if (left.NodeCount == 0)
        {
            return true;
        }

        var colorsA = new ulong[left.NodeCount];
        var colorsB = new ulong[right.NodeCount];
        return Refine(left, right, colorsA, colorsB) && Search(left, right, colorsA, colorsB, setB);
    }

    /// <summary>Refines both colorings in lockstep until stable; false when they stop corresponding.</summary>
    private static bool Refine(BlankGraph left, BlankGraph right, ulong[] colorsA, ulong[] colorsB)
    {
        var classes = -1;
        for (var round = 0; round <= left.NodeCount; round++)
        {
            left.Round(colorsA);
            right.Round(colorsB);
            var countA = ColorClassCount(colorsA);
            if (countA != ColorClassCount(colorsB) || !SameHistogram(colorsA, colorsB))
            {
                return false;
            }

            if (countA == classes || countA == colorsA.Length)
            {
                return true;
            }

            classes = countA;
        }

        return true;
    }

    private static bool Search(BlankGraph left, BlankGraph right, ulong[] colorsA, ulong[] colorsB, HashSet<Quad> setB)
    {
        var groups = new Dictionary<ulong, int>();
        foreach (var color in colorsA)
        {
            groups[color] = groups.GetValueOrDefault(color) + 1;
        }

        // Distinguish a node of the smallest tied class (fewest branches); ties broken by color for determinism.
        ulong chosen = 0;
        var size = int.MaxValue;
        foreach (var (color, count) in groups)
        {
            if (count > 1 && (count < size || (count == size && color < chosen)))
            {
                chosen = color;
                size = count;
            }
        }

        if (size == int.MaxValue)
        {
            return Verify(left, right, colorsA, colorsB, setB);
        }

        var x = Array.IndexOf(colorsA, chosen);
        var marker = BlankGraph.Mix(chosen ^ 0x9E3779B97F4A7C15UL);
        for (var y = 0; y < colorsB.Length; y++)
        {
            if (colorsB[y] != chosen)
            {
                continue;
            }

            var nextA = (ulong[])colorsA.Clone();
            var nextB = (ulong[])colorsB.Clone();
            nextA[x] = marker;
            nextB[y] = marker;
            if (Refine(left, right, nextA, nextB) && Search(left, right, nextA, nextB, setB))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Verify(BlankGraph left, BlankGraph right, ulong[] colorsA, ulong[] colorsB, HashSet<Quad> setB)
    {
        var byColor = new Dictionary<ulong, BlankNode>(colorsB.Length);
        for (var i = 0; i < colorsB.Length; i++)
        {
            byColor[colorsB[i]] = right.Nodes[i];
        }

        var mapping = new Dictionary<BlankNode, BlankNode>(colorsA.Length);
        for (var i = 0; i < colorsA.Length; i++)
        {
            if (!byColor.TryGetValue(colorsA[i], out var image))
            {
                return false;
            }

            mapping[left.Nodes[i]] = image;
        }

        foreach (var quad in left.Quads)
        {
            var mapped = new Quad(Map(quad.Subject), quad.Predicate, Map(quad.Obj), quad.Graph is null ? null : Map(quad.Graph));
            if (!setB.Contains(mapped))
            {
                return false;
            }
        }

        return true;

        Term Map(Term term) => term is BlankNode node ? mapping[node] : term;
    }

    private static int ColorClassCount(ulong[] colors) => new HashSet<ulong>(colors).Count;

    private static bool SameHistogram(ulong[] a, ulong[] b)
    {
        var sortedA = (ulong[])a.Clone();
        var sortedB = (ulong[])b.Clone();
        Array.Sort(sortedA);
        Array.Sort(sortedB);
        return sortedA.AsSpan().SequenceEqual(sortedB);
    }
}
