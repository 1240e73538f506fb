using System.Collections.Concurrent;
using Vocab.Core;

namespace Vocab.Index;

/// <summary>
/// The full build, spread over the cores: labels are normalized concept by concept in parallel, given their slots in
/// thesaurus order (so ids, posting order and every answer are those of adding the concepts one by one), and then
/// the key maps, the n-gram postings and the prefix table, which share nothing, are filled at the same time.
/// </summary>
public sealed partial class LabelIndex
{
    /// <summary>Builds the index over every non-deprecated concept of <paramref name="thesaurus"/>, on all cores.</summary>
    public static LabelIndex Build(Thesaurus thesaurus) => Build(thesaurus, -1);

    /// <summary>
    /// Builds the index on at most <paramref name="maxDegreeOfParallelism"/> threads (-1: as many as there are cores;
    /// 1: on the calling thread alone). The result is the same whatever the degree.
    /// </summary>
    public static LabelIndex Build(Thesaurus thesaurus, int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var concepts = thesaurus.Concepts.Values.ToArray();
        var prepared = new PreparedLabel[concepts.Length][];

        // An empty thesaurus (a store before its first import) has no range to partition.
        if (concepts.Length > 0)
        {
            Parallel.ForEach(Partitioner.Create(0, concepts.Length, 2048), parallel, range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    prepared[i] = concepts[i].Deprecated ? [] : PrepareLabels(concepts[i]);
                }
            });
        }

        var total = prepared.Sum(p => p.Length);
        var index = new LabelIndex();
        index._labels = new LabelSlot[Math.Max(64, total)];
        index._ranks = new int[index._labels.Length];
        index._conceptIds.EnsureCapacity(concepts.Length);
        index._concepts.Capacity = concepts.Length;
        for (var i = 0; i < concepts.Length; i++)
        {
            index.AddConcept(concepts[i], prepared[i], bulk: true);
        }

        // The prepared copies are garbage now; let a collection during the filing below reclaim them.
        prepared = null;
        var count = index._labelHighWater;
        Parallel.Invoke(
            parallel,
            () =>
            {
                index._exact.EnsureCapacity(count);
                index._keys.EnsureCapacity(count);
                for (var id = 0; id < count; id++)
                {
                    index.FileKeys(id);
                }
            },
            () =>
            {
                // Distinct grams are far fewer than labels (EDICT: 167k for 1.05 M labels), so no pre-sizing here.
                for (var id = 0; id < count; id++)
                {
                    index.FileGrams(id, firstTime: true);
                }
            },
            () =>
            {
                var entries = new List<PrefixTable.Entry>(count);
                for (var id = 0; id < count; id++)
                {
                    if (index.PrefixEntry(id) is { } entry)
                    {
                        entries.Add(entry);
                    }
                }

                index._prefixes.Load([.. entries]);
            });
        return index;
    }
}

/// <summary>A label as the index files it, before it has a slot: trimmed text and its normalization.</summary>
internal readonly record struct PreparedLabel(
    string Text, string Key, string Folded, string Lang, LabelRole Role, string? Unit, string? Initialism, string? Parenthetical);
