namespace Vocab.Core.Checks;

/// <summary>Checks on broader/narrower/related links: S27, orphans, and deprecated concepts still in the hierarchy.</summary>
internal static class HierarchyChecks
{
    /// <summary>
    /// S27: a related concept may not also be a transitive broader one. Related is stored symmetrically, so checking
    /// every resource against its own ancestors also catches the descendant case, and reports each pair once
    /// (at the narrower end). Ancestors are walked per resource that has related links, with one reused visited set:
    /// the cost is the ancestors of those resources, not a full transitive closure.
    /// </summary>
    public static void CheckRelatedIsBroader(Thesaurus thesaurus, FindingSink sink)
    {
        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var node in thesaurus.Nodes)
        {
            if (node.More?.Related is not { Count: > 0 } related || node.Broader is not { Count: > 0 })
            {
                continue;
            }

            CollectAncestors(thesaurus, node, ancestors, queue);
            foreach (var other in related)
            {
                if (ancestors.Contains(other))
                {
                    sink.Report(FindingCodes.RelatedIsBroader, node.Key, $"skos:related <{other}>, which is also a broader (transitive) concept");
                }
            }
        }
    }

    public static void CheckQuality(Thesaurus thesaurus, FindingSink sink)
    {
        foreach (var concept in thesaurus.Concepts.Values)
        {
            if (concept.Deprecated)
            {
                continue;
            }

            if (concept.Broader.Count == 0 && concept.Narrower.Count == 0 && concept.Related.Count == 0 && concept.TopConceptOf.Count == 0)
            {
                sink.Report(FindingCodes.OrphanConcept, concept.Iri, "no broader, narrower or related concept, and not a top concept");
            }

            foreach (var broader in concept.Node.Broader ?? RefBag<string>.Empty)
            {
                if (thesaurus.TryGetConcept(broader, out var parent) && parent.Deprecated)
                {
                    var successor = parent.ReplacedBy.Count > 0 ? $" (replaced by <{string.Join(">, <", parent.ReplacedBy)}>)" : "";
                    sink.Report(FindingCodes.DeprecatedInUse, concept.Iri, $"broader concept <{broader}> is deprecated{successor}");
                }
            }
        }
    }

    private static void CollectAncestors(Thesaurus thesaurus, Node start, HashSet<string> ancestors, Queue<string> queue)
    {
        ancestors.Clear();
        queue.Clear();
        queue.Enqueue(start.Key);
        while (queue.Count > 0)
        {
            if (thesaurus.Find(queue.Dequeue())?.Broader is not { } parents)
            {
                continue;
            }

            foreach (var parent in parents)
            {
                if (ancestors.Add(parent))
                {
                    queue.Enqueue(parent);
                }
            }
        }
    }
}
