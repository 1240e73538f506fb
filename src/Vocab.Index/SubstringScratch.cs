namespace Vocab.Index;

/// <summary>Reusable buffers of one reader thread for substring search, grown on demand.</summary>
internal sealed class SubstringScratch
{
    private int[] _candidates = new int[256];
    private int _stamp;

    public List<ulong> Grams { get; } = [];

    public List<Postings> Lists { get; } = [];

    /// <summary>Labels of the prefix-table run.</summary>
    public List<int> Prefixes { get; } = [];

    public RankOrder PrefixOrder { get; } = new();

    public RankOrder InfixOrder { get; } = new();

    /// <summary>Stamps of <see cref="NextStamp"/>: an id is marked when its stamp is the current one, so nothing is cleared per query.</summary>
    public int[] Marks { get; private set; } = [];

    public ReadOnlySpan<int> Candidates(int count) => _candidates.AsSpan(0, count);

    public int NextStamp(int size)
    {
        if (Marks.Length < size)
        {
            Marks = new int[Math.Max(size, Marks.Length * 2)];
            _stamp = 0;
        }
        else if (_stamp == int.MaxValue)
        {
            Array.Clear(Marks);
            _stamp = 0;
        }

        return ++_stamp;
    }

    public int Load(Postings postings)
    {
        Reserve(postings.Count);
        for (var i = 0; i < postings.Count; i++)
        {
            _candidates[i] = postings[i];
        }

        return postings.Count;
    }

    public int KeepMarked(int count, int stamp)
    {
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var id = _candidates[i];
            if (Marks[id] == stamp)
            {
                _candidates[kept++] = id;
            }
        }

        return kept;
    }

    public int AddUnmarked(Postings postings, int count, int stamp)
    {
        Reserve(count + postings.Count);
        for (var i = 0; i < postings.Count; i++)
        {
            var id = postings[i];
            if (Marks[id] != stamp)
            {
                Marks[id] = stamp;
                _candidates[count++] = id;
            }
        }

        return count;
    }

    public int LoadAlive(int[] ranks, int highWater)
    {
        Reserve(highWater);
        var count = 0;
        for (var id = 0; id < highWater; id++)
        {
            if (ranks[id] >= 0)
            {
                _candidates[count++] = id;
            }
        }

        return count;
    }

    private void Reserve(int size)
    {
        if (_candidates.Length < size)
        {
            var grown = new int[Math.Max(size, _candidates.Length * 2)];
            Array.Copy(_candidates, grown, _candidates.Length);
            _candidates = grown;
        }
    }

    /// <summary>
    /// Label ids ordered by (band, folded length) with a counting sort: linear, where a comparison sort of a common
    /// gram's postings would dominate a query. Labels longer than the last length bucket keep their given order;
    /// labels with a negative rank (not searchable) are left out.
    /// </summary>
    internal sealed class RankOrder
    {
        private const int Bands = 3;
        private const int LengthBuckets = 1024;

        private readonly int[] _starts = new int[(Bands * LengthBuckets) + 1];
        private readonly int[] _cursor = new int[(Bands * LengthBuckets) + 1];
        private int[] _sorted = new int[256];

        /// <summary>The sorted ids of band <paramref name="band"/> lie in [From, To) of the last <see cref="Sort"/>'s result.</summary>
        public (int From, int To) Band(int band) => (_starts[band * LengthBuckets], _starts[(band + 1) * LengthBuckets]);

        public int[] Sort(int[] ranks, ReadOnlySpan<int> ids)
        {
            Array.Clear(_starts);
            foreach (var id in ids)
            {
                if (ranks[id] >= 0)
                {
                    _starts[Bucket(ranks[id]) + 1]++;
                }
            }

            for (var b = 1; b < _starts.Length; b++)
            {
                _starts[b] += _starts[b - 1];
            }

            if (_sorted.Length < ids.Length)
            {
                _sorted = new int[Math.Max(ids.Length, _sorted.Length * 2)];
            }

            // Scatter through a copy of the bucket starts, which Band needs afterwards.
            Array.Copy(_starts, _cursor, _starts.Length);
            foreach (var id in ids)
            {
                if (ranks[id] >= 0)
                {
                    _sorted[_cursor[Bucket(ranks[id])]++] = id;
                }
            }

            return _sorted;
        }

        private static int Bucket(int rank) => ((rank >> 16) * LengthBuckets) + Math.Min(rank & 0xFFFF, LengthBuckets - 1);
    }
}
