using Vocab.Core;
using Vocab.Core.Normalization;
using Vocab.Data;
using Vocab.Index;

namespace Vocab.Server.Api.Reconciliation;

/// <summary>
/// Answers a batch of reconciliation queries with the label index's matching engine, so that OpenRefine and the
/// normalization API take the same decision for the same label.
/// </summary>
internal sealed class Reconciler(LabelIndex index, ThesaurusSnapshotService snapshot, UnmatchedLabelRecorder? recorder)
{
    public const string RecorderSource = "reconcile";

    public Dictionary<string, ReconcileResultSet> Run(IReadOnlyList<ReconcileQuery> queries)
    {
        var kinds = snapshot.Read(t => ResolveTypes(t, queries));
        var outcomes = new List<(ReconcileQuery Query, IReadOnlyList<Candidate> Candidates, string? MatchedIri)>(queries.Count);
        foreach (var query in queries)
        {
            var (candidates, status, matched, typesKnown) = MatchOne(query, kinds);
            outcomes.Add((query, candidates, matched));

            // An unknown type is the caller's mistake, not a gap in the thesaurus, so it is not recorded.
            if (status != MatchStatus.Matched && typesKnown)
            {
                recorder?.Record(query.Text, LabelNormalizer.Key(query.Text), status == MatchStatus.Ambiguous ? "ambiguous" : "unmatched", RecorderSource);
            }
        }

        return snapshot.Read(t =>
        {
            var schemeTypes = new Dictionary<string, IReadOnlyList<ReconcileType>>(StringComparer.Ordinal);
            var results = new Dictionary<string, ReconcileResultSet>(queries.Count, StringComparer.Ordinal);
            foreach (var (query, candidates, matchedIri) in outcomes)
            {
                var list = new List<ReconcileCandidate>(candidates.Count);
                foreach (var c in candidates)
                {
                    if (!schemeTypes.TryGetValue(c.ConceptIri, out var types))
                    {
                        types = TypesOf(t, c.ConceptIri);
                        schemeTypes[c.ConceptIri] = types;
                    }

                    list.Add(new ReconcileCandidate(c.ConceptIri, c.PrefLabel, Math.Round(c.Score * 100, 1), c.ConceptIri == matchedIri, types));
                }

                results[query.Key] = new ReconcileResultSet(list);
            }

            return results;
        });
    }

    /// <summary>The concept schemes of a concept as reconciliation types.</summary>
    public static IReadOnlyList<ReconcileType> TypesOf(Thesaurus thesaurus, string conceptIri) =>
        thesaurus.TryGetConcept(conceptIri, out var concept)
            ? concept.Schemes.Order(StringComparer.Ordinal).Select(s => new ReconcileType(s, SchemeName(thesaurus, s))).ToList()
            : [];

    /// <summary>A scheme's English preferred label, else its title, else any preferred label, else its IRI.</summary>
    public static string SchemeName(Thesaurus thesaurus, string schemeIri)
    {
        if (!thesaurus.Schemes.TryGetValue(schemeIri, out var scheme))
        {
            return schemeIri;
        }

        foreach (var label in scheme.Labels)
        {
            if (label.Kind == LabelKind.Pref && LanguageTags.Matches(label.Lang, "en"))
            {
                return label.Text;
            }
        }

        return scheme.Title("en") ?? schemeIri;
    }

    private (IReadOnlyList<Candidate> Candidates, MatchStatus Status, string? MatchedIri, bool TypesKnown) MatchOne(
        ReconcileQuery query, Dictionary<string, TypeKind> kinds)
    {
        if (query.Types.Count == 0)
        {
            var result = index.Match(query.Text, new MatchOptions { Limit = query.Limit });
            return (result.Candidates, result.Status, result.Best?.ConceptIri, true);
        }

        var restrictions = query.Types.Where(t => kinds[t] != TypeKind.Unknown).ToList();
        if (restrictions.Count == 0)
        {
            return ([], MatchStatus.Unmatched, null, false);
        }

        if (restrictions.Count == 1)
        {
            var result = index.Match(query.Text, Restrict(restrictions[0], kinds, query.Limit));
            return (result.Candidates, result.Status, result.Best?.ConceptIri, true);
        }

        // Several types mean "any of them": merge per-type candidates (best score per concept) and decide once over
        // the union with the engine's own rule, so a label that is clear in one scheme but also fits another is ambiguous.
        var best = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var type in restrictions)
        {
            foreach (var candidate in index.Match(query.Text, Restrict(type, kinds, query.Limit)).Candidates)
            {
                if (!best.TryGetValue(candidate.ConceptIri, out var seen) || seen.Score < candidate.Score)
                {
                    best[candidate.ConceptIri] = candidate;
                }
            }
        }

        var merged = best.Values.OrderByDescending(c => c.Score).ThenBy(c => c.ConceptIri, StringComparer.Ordinal).Take(query.Limit).ToList();
        var status = MatchScoring.Decide(merged);
        return (merged, status, status == MatchStatus.Matched ? merged[0].ConceptIri : null, true);
    }

    private static MatchOptions Restrict(string type, Dictionary<string, TypeKind> kinds, int limit) =>
        kinds[type] == TypeKind.Scheme
            ? new MatchOptions { Scheme = type, Limit = limit }
            : new MatchOptions { Type = type, Limit = limit };

    // A type is a concept scheme (the manifest's default types) or, as an extension, a concept: its narrower concepts.
    private static Dictionary<string, TypeKind> ResolveTypes(Thesaurus thesaurus, IReadOnlyList<ReconcileQuery> queries)
    {
        var kinds = new Dictionary<string, TypeKind>(StringComparer.Ordinal);
        foreach (var type in queries.SelectMany(q => q.Types))
        {
            kinds[type] = thesaurus.Schemes.ContainsKey(type) ? TypeKind.Scheme
                : thesaurus.Concepts.ContainsKey(type) ? TypeKind.Concept
                : TypeKind.Unknown;
        }

        return kinds;
    }

    private enum TypeKind
    {
        Unknown,
        Scheme,
        Concept,
    }
}
