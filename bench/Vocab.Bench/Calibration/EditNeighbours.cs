using Vocab.Core;
using Vocab.Core.Normalization;

namespace Vocab.Bench.Calibration;

/// <summary>
/// Which concepts have a label within one edit (insertion, deletion, substitution or adjacent transposition) of a text,
/// compared on folded text (case, width, kana: what the engine compares). A typo that is one edit from a label of
/// another concept too has no single right answer: "C spectrometry" is one edit from both CD and CL spectrometry.
/// </summary>
internal sealed class EditNeighbours
{
    private readonly Dictionary<int, List<(string Text, string Concept)>> _byLength = [];

    public EditNeighbours(IEnumerable<(Concept Concept, Label Label)> labels)
    {
        foreach (var (concept, label) in labels)
        {
            var folded = LabelNormalizer.FoldCharacters(label.Text);
            if (!_byLength.TryGetValue(folded.Length, out var list))
            {
                _byLength[folded.Length] = list = [];
            }

            list.Add((folded, concept.Iri));
        }
    }

    /// <summary>True when a concept outside <paramref name="expected"/> has a label within one edit of <paramref name="text"/>.</summary>
    public bool OtherWithinOneEdit(string text, HashSet<string> expected)
    {
        var folded = LabelNormalizer.FoldCharacters(text);
        for (var length = folded.Length - 1; length <= folded.Length + 1; length++)
        {
            if (!_byLength.TryGetValue(length, out var list))
            {
                continue;
            }

            foreach (var (label, concept) in list)
            {
                if (!expected.Contains(concept) && WithinOneEdit(folded, label))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Optimal-string-alignment distance ≤ 1, in one pass.</summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        if (b.Length - a.Length > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            // One substitution, or one adjacent transposition.
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        // One insertion into the shorter.
        return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
