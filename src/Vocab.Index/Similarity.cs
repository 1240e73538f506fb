namespace Vocab.Index;

/// <summary>String distances used to verify fuzzy candidates after the n-gram postings proposed them.</summary>
internal static class Similarity
{
    /// <summary>
    /// Optimal-string-alignment distance (Levenshtein plus adjacent transposition, the commonest typo), or
    /// <paramref name="max"/> + 1 as soon as it is certain to exceed <paramref name="max"/>.
    /// </summary>
    public static int BoundedDistance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var width = b.Length + 1;
        Span<int> buffer = width * 3 <= 768 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            // Rotate the three rows without copying.
            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }

    /// <summary>Dice coefficient of two sorted, distinct gram sets.</summary>
    public static double Dice(List<ulong> a, List<ulong> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Count && j < b.Count)
        {
            var order = a[i].CompareTo(b[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }
}
