namespace Vocab.Rdf;

/// <summary>
/// The statements of a dataset that mention blank nodes, with the nodes numbered, ready for color refinement.
/// Ground terms are reduced to hashes once; a round recomputes every node's color from its statements.
/// </summary>
internal sealed class BlankGraph
{
    private const ulong SelfMarker = 0x5A5A5A5A12345678UL;

    private readonly List<Encoded> _encoded = [];

    public BlankGraph(HashSet<Quad> quads)
    {
        var index = new Dictionary<BlankNode, int>();
        foreach (var quad in quads)
        {
            if (!HasBlank(quad))
            {
                GroundCount++;
                continue;
            }

            Quads.Add(quad);
            var ground = Mix(Hash(quad.Predicate));
            ground = Mix(ground ^ GroundHash(quad.Subject, 1));
            ground = Mix(ground ^ GroundHash(quad.Obj, 2));
            ground = Mix(ground ^ GroundHash(quad.Graph, 3));
            _encoded.Add(new Encoded(Number(quad.Subject), Number(quad.Obj), Number(quad.Graph), ground));
        }

        int Number(Term? term)
        {
            if (term is not BlankNode node)
            {
                return -1;
            }

            if (!index.TryGetValue(node, out var i))
            {
                i = Nodes.Count;
                index.Add(node, i);
                Nodes.Add(node);
            }

            return i;
        }
    }

    /// <summary>The blank nodes, by number.</summary>
    public List<BlankNode> Nodes { get; } = [];

    /// <summary>The statements that mention a blank node.</summary>
    public List<Quad> Quads { get; } = [];

    /// <summary>How many statements mention no blank node.</summary>
    public int GroundCount { get; }

    public int NodeCount => Nodes.Count;

    public static bool HasBlank(in Quad quad) => quad.Subject is BlankNode || quad.Obj is BlankNode || quad.Graph is BlankNode;

    /// <summary>A 64-bit finalizer (splitmix64) so colors spread over the whole range.</summary>
    public static ulong Mix(ulong h)
    {
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }

    /// <summary>One refinement round: each node's new color is its old color mixed with the multiset of its statements.</summary>
    public void Round(ulong[] colors)
    {
        var sums = new ulong[colors.Length];
        foreach (var q in _encoded)
        {
            Add(q, q.S, colors, sums);
            if (q.O != q.S)
            {
                Add(q, q.O, colors, sums);
            }

            if (q.G != q.S && q.G != q.O)
            {
                Add(q, q.G, colors, sums);
            }
        }

        for (var i = 0; i < colors.Length; i++)
        {
            colors[i] = Mix(colors[i] ^ Mix(sums[i]));
        }
    }

    private static void Add(in Encoded q, int node, ulong[] colors, ulong[] sums)
    {
        if (node < 0)
        {
            return;
        }

        var h = q.Ground;
        h = Mix(h ^ Role(q.S, node, 1, colors));
        h = Mix(h ^ Role(q.O, node, 2, colors));
        h = Mix(h ^ Role(q.G, node, 3, colors));
        sums[node] += h;
    }

    private static ulong Role(int term, int self, ulong position, ulong[] colors) =>
        term < 0 ? position : term == self ? SelfMarker * position : Mix(colors[term] + position);

    private static ulong GroundHash(Term? term, ulong position) =>
        term is null or BlankNode ? position : Mix(Hash(term) + position);

    private static ulong Hash(Term term) => Mix((ulong)(uint)term.GetHashCode());

    private readonly record struct Encoded(int S, int O, int G, ulong Ground);
}
