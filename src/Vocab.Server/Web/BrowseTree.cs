using System.Collections.Concurrent;
using Vocab.Core;
using Vocab.Data;

namespace Vocab.Server.Web;

/// <summary>One concept scheme as the browse page lists it.</summary>
public sealed record SchemeView(string Iri, string Title, string? Lang, string Href, int ConceptCount);

/// <summary>A slice of a node's children: <see cref="Total"/> says how many there are in all.</summary>
public sealed record TreePage(IReadOnlyList<ConceptRefView> Items, int Total);

/// <summary>
/// Serves the browse trees a page at a time, so that a scheme of hundreds of thousands of concepts never renders all
/// of them: a scheme's roots (its top concepts, else its concepts without a broader one in the scheme) are listed once
/// per language and change-log position and kept (sorted by name unless there are very many); a concept's narrower
/// children are read on demand.
/// </summary>
public sealed class BrowseTree(ThesaurusSnapshotService snapshot, ConceptLinks links)
{
    /// <summary>How many children a node shows before "show more".</summary>
    public const int PageSize = 100;

    // Roots up to this many are sorted by name; more keep the scheme's own order.
    private const int SortedRootsLimit = 5_000;

    private readonly ConcurrentDictionary<(string Scheme, string Lang), (long Sequence, string[] Roots)> _roots = new();
    private CountsAt? _counts;

    /// <summary>Every scheme with its concept count, ordered by title.</summary>
    public IReadOnlyList<SchemeView> Schemes(string lang) => snapshot.Read(t =>
    {
        var counts = Counts(t);
        var views = t.Schemes.Values.Select(s =>
        {
            var (title, tag) = ThesaurusText.Name(s, lang);
            return new SchemeView(s.Iri, title, tag, links.Scheme(s.Iri), counts.GetValueOrDefault(s.Iri));
        }).ToList();
        var compare = System.Globalization.CultureInfo.CurrentCulture.CompareInfo;
        views.Sort((a, b) => compare.Compare(a.Title, b.Title, System.Globalization.CompareOptions.IgnoreCase));
        return views;
    });

    /// <summary>The scheme a page id names, or null.</summary>
    public SchemeView? FindScheme(string id, string lang) => snapshot.Read(t =>
    {
        foreach (var iri in links.Resolve(id))
        {
            if (t.Schemes.TryGetValue(iri, out var scheme))
            {
                var (title, tag) = ThesaurusText.Name(scheme, lang);
                return new SchemeView(iri, title, tag, links.Scheme(iri), Counts(t).GetValueOrDefault(iri));
            }
        }

        return null;
    });

    /// <summary>Children of a scheme (its roots) or of a concept (its narrower concepts), <paramref name="take"/> from <paramref name="skip"/>.</summary>
    public TreePage Children(string iri, string lang, int skip, int take) => snapshot.Read(t =>
    {
        if (t.Schemes.ContainsKey(iri) && !t.TryGetConcept(iri, out _))
        {
            var roots = Roots(t, iri, lang);
            return new TreePage(roots.Skip(skip).Take(take).Select(r => ThesaurusText.Ref(t, r, lang, links)).ToList(), roots.Length);
        }

        if (!t.TryGetConcept(iri, out var concept))
        {
            return new TreePage([], 0);
        }

        var children = ThesaurusText.Sorted(concept.Narrower.Where(n => t.TryGetConcept(n, out _)).Distinct(StringComparer.Ordinal)
            .Select(n => ThesaurusText.Ref(t, n, lang, links)));
        return new TreePage(children.Skip(skip).Take(take).ToList(), children.Count);
    });

    private string[] Roots(Thesaurus t, string scheme, string lang)
    {
        // The scheme's own order is the same in every language: computed once, it serves a big flat scheme as is.
        var all = Cached(t, (scheme, ""), () => ListRoots(t, scheme));
        return all.Length > SortedRootsLimit ? all : Cached(t, (scheme, lang), () => SortByName(t, all, lang));
    }

    private string[] Cached(Thesaurus t, (string Scheme, string Lang) key, Func<string[]> compute)
    {
        if (_roots.TryGetValue(key, out var cached) && cached.Sequence == t.Sequence)
        {
            return cached.Roots;
        }

        var roots = compute();
        _roots[key] = (t.Sequence, roots);
        return roots;
    }

    private static string[] ListRoots(Thesaurus t, string scheme)
    {
        IEnumerable<string> roots = t.Schemes[scheme].TopConcepts.Where(c => t.TryGetConcept(c, out _));
        if (!roots.Any())
        {
            // A scheme without declared top concepts still has a top: its concepts with no broader concept in the scheme.
            roots = t.ConceptsInScheme(scheme)
                .Where(c => c.Broader.Count == 0 || !c.Broader.Any(b => t.TryGetConcept(b, out var parent) && parent.Schemes.Contains(scheme)))
                .Select(c => c.Iri);
        }

        return roots.Distinct(StringComparer.Ordinal).ToArray();
    }

    // A flat scheme (a dictionary of 267k entries) is not sorted: naming and sorting every entry would cost seconds on
    // first open, nobody pages through it alphabetically, and search finds an entry.
    private static string[] SortByName(Thesaurus t, string[] roots, string lang)
    {
        var named = roots.Select(r => (Iri: r, Name: t.TryGetConcept(r, out var c) ? ThesaurusText.Name(c, lang).Text : r)).ToList();
        var compare = ThesaurusText.LabelComparer(named.Count);
        named.Sort((a, b) =>
        {
            var byName = compare.Compare(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Iri, b.Iri);
        });
        return [.. named.Select(n => n.Iri)];
    }

    private Dictionary<string, int> Counts(Thesaurus t)
    {
        // Readers run in parallel under the snapshot's read lock: the pair is swapped as one reference.
        if (Volatile.Read(ref _counts) is { } cached && cached.Sequence == t.Sequence)
        {
            return cached.Counts;
        }

        var counts = t.Schemes.Keys.ToDictionary(s => s, s => t.ConceptsInScheme(s).Count(), StringComparer.Ordinal);
        Volatile.Write(ref _counts, new CountsAt(t.Sequence, counts));
        return counts;
    }

    private sealed record CountsAt(long Sequence, Dictionary<string, int> Counts);
}
