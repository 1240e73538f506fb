namespace Vocab.Core.Checks;

/// <summary>
/// Finds cycles of skos:broader links: the strongly connected components of the broader graph (Tarjan's algorithm,
/// iterative so a deep hierarchy cannot overflow the stack). Each component is reported once, at its
/// alphabetically first member, with one concrete cycle through it; listing every elementary cycle could be exponential.
/// </summary>
internal static class CycleCheck
{
    /// <summary>A cycle through thousands of concepts is shown by its first steps.</summary>
    private const int ShownSteps = 10;

    public static void Run(Thesaurus thesaurus, FindingSink sink)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new List<int>();
        var onStack = new List<bool>();
        var stack = new Stack<string>();
        var calls = new Stack<(Node Node, RefBag<string>.Enumerator Edges)>();

        foreach (var root in thesaurus.Nodes)
        {
            if (root.Broader is not { Count: > 0 } || index.ContainsKey(root.Key))
            {
                continue;
            }

            Visit(root);
            while (calls.Count > 0)
            {
                var (node, edges) = calls.Pop();
                var id = index[node.Key];
                var descended = false;
                while (edges.MoveNext())
                {
                    var next = edges.Current;
                    if (!index.TryGetValue(next, out var nextId))
                    {
                        if (thesaurus.Find(next) is not { } child)
                        {
                            continue;
                        }

                        calls.Push((node, edges));
                        Visit(child);
                        descended = true;
                        break;
                    }

                    if (onStack[nextId])
                    {
                        low[id] = Math.Min(low[id], nextId);
                    }
                }

                if (descended)
                {
                    continue;
                }

                if (low[id] == id)
                {
                    PopComponent(thesaurus, node, id, stack, index, onStack, sink);
                }

                if (calls.Count > 0)
                {
                    var parentId = index[calls.Peek().Node.Key];
                    low[parentId] = Math.Min(low[parentId], low[id]);
                }
            }
        }

        void Visit(Node node)
        {
            var id = index.Count;
            index[node.Key] = id;
            low.Add(id);
            onStack.Add(true);
            stack.Push(node.Key);
            calls.Push((node, (node.Broader ?? RefBag<string>.Empty).GetEnumerator()));
        }
    }

    private static void PopComponent(
        Thesaurus thesaurus, Node root, int rootId, Stack<string> stack, Dictionary<string, int> index, List<bool> onStack, FindingSink sink)
    {
        var members = new List<string>();
        string key;
        do
        {
            key = stack.Pop();
            onStack[index[key]] = false;
            members.Add(key);
        }
        while (index[key] != rootId);

        var selfLoop = members.Count == 1 && root.Broader?.Contains(root.Key) == true;
        if (members.Count == 1 && !selfLoop)
        {
            return;
        }

        members.Sort(StringComparer.Ordinal);
        var path = FindCycle(thesaurus, members[0], members.ToHashSet(StringComparer.Ordinal));
        var size = members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var steps = path.Count > ShownSteps + 1 ? [.. path.Take(ShownSteps), "…", path[^1]] : path;
        sink.Report(FindingCodes.CyclicHierarchy, members[0], $"broader cycle among {size} concepts: {string.Join(" → ", steps)}");
    }

    /// <summary>A shortest broader path from <paramref name="start"/> back to itself inside one component (breadth-first).</summary>
    private static List<string> FindCycle(Thesaurus thesaurus, string start, HashSet<string> component)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var next in thesaurus.Find(current)?.Broader ?? RefBag<string>.Empty)
            {
                if (!component.Contains(next) || previous.ContainsKey(next))
                {
                    continue;
                }

                previous[next] = current;
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = current; at != start; at = previous[at])
                    {
                        path.Add(at);
                    }

                    path.Add(start);
                    path.Reverse();
                    return path;
                }

                queue.Enqueue(next);
            }
        }

        return [start, start];
    }
}
