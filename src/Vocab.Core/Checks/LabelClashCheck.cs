using System.Runtime.InteropServices;

namespace Vocab.Core.Checks;

/// <summary>
/// qSKOS Overlapping Labels: two active concepts of the same scheme sharing a pref or alt label in the same language,
/// compared after trimming and case folding (hidden labels are meant to overlap, deprecated concepts keep their old
/// labels on purpose). Concepts in no scheme are not compared. Keys are spans of the stored label texts, so a scheme
/// with a million labels is checked without allocating a folded copy of each.
/// </summary>
internal static class LabelClashCheck
{
    private const int ListedConcepts = 5;

    public static void Run(Thesaurus thesaurus, FindingSink sink)
    {
        var groups = new Dictionary<LabelKey, Group>(LabelKeyComparer.Instance);
        foreach (var scheme in thesaurus.Nodes)
        {
            if (scheme.More?.SchemeMembers is not { Count: > 1 } members)
            {
                continue;
            }

            groups.Clear();

            // Concepts have a few pref/alt labels each; sizing up front saves rehashing a million keys.
            groups.EnsureCapacity(members.Count * 3);
            foreach (var member in members)
            {
                if (!thesaurus.TryGetConcept(member, out var concept) || concept.Deprecated)
                {
                    continue;
                }

                foreach (var label in concept.Node.Labels ?? RefBag<Label>.Empty)
                {
                    if (label.Kind == LabelKind.Hidden || string.IsNullOrWhiteSpace(label.Text))
                    {
                        continue;
                    }

                    ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, new LabelKey(label.Text, label.Lang), out var exists);
                    if (!exists)
                    {
                        group = new Group(concept.Iri);
                    }
                    else if (!ReferenceEquals(group.Last, concept.Iri))
                    {
                        // A concept's own pref and alt labels may fold to the same key; it is counted once.
                        (group.Others ??= []).Add(concept.Iri);
                    }
                }
            }

            foreach (var (key, group) in groups)
            {
                if (group.Others is { } others)
                {
                    Report(scheme.Key, key, [group.First, .. others], sink);
                }
            }
        }
    }

    private static void Report(string scheme, LabelKey key, List<string> concepts, FindingSink sink)
    {
        var others = string.Join(", ", concepts.Skip(1).Take(ListedConcepts).Select(c => "<" + c + ">"));
        var more = concepts.Count - 1 > ListedConcepts
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" and {concepts.Count - 1 - ListedConcepts} more")
            : "";
        var label = LabelChecks.Quote(new Label(key.Text.Trim(), key.Lang, LabelKind.Pref));
        sink.Report(FindingCodes.OverlappingLabels, concepts[0], $"{label} is also a label of {others}{more} in scheme <{scheme}>");
    }

    private readonly record struct LabelKey(string Text, string Lang);

    /// <summary>The concepts sharing one label key; most keys have one concept, so the list is created on the first clash.</summary>
    private record struct Group(string First)
    {
        public List<string>? Others { get; set; }

        public readonly string Last => Others is { Count: > 0 } others ? others[^1] : First;
    }

    /// <summary>Equality of trimmed, case-folded texts (ordinal ignore-case: the invariant simple case folding) and equal languages.</summary>
    private sealed class LabelKeyComparer : IEqualityComparer<LabelKey>
    {
        public static LabelKeyComparer Instance { get; } = new();

        public bool Equals(LabelKey x, LabelKey y) =>
            x.Lang == y.Lang && x.Text.AsSpan().Trim().Equals(y.Text.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(LabelKey key) =>
            HashCode.Combine(string.GetHashCode(key.Text.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase), key.Lang);
    }
}
