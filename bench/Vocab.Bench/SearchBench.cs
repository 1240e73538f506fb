using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Vocab.Core;
using Vocab.Core.Normalization;
using Vocab.Index;

namespace Vocab.Bench;

/// <summary>
/// Search latency of <see cref="LabelIndex.Search"/> against SQLite FTS5 with the trigram tokenizer (LIKE for
/// queries under three characters, which trigrams cannot serve) over the same labels and the same queries in the
/// same run, with recall of both against the exact substring truth from a linear scan. Both engines see the same
/// character folding (<see cref="LabelNormalizer.FoldCharacters"/>: NFKC, case, width, kana, punctuation): FTS5
/// indexes the folded labels and gets the folded query, and the truth compares folded text, so recall measures
/// what each index finds, not which folding it happens to have.
/// </summary>
internal static class SearchBench
{
    private const int Seed = 20261121;
    private const int Limit = 20;

    public static int Run(int queryCount, bool baseline)
    {
        var thesaurus = MatchData.Load([.. MatchData.Ontology, MatchData.Chmo, MatchData.Edict]);
        using var index = LabelIndex.Build(thesaurus);
        var labels = MatchData.Labels(thesaurus);
        var queries = Queries(labels, queryCount);
        Console.WriteLine($"index: {index.ConceptCount:N0} concepts, {labels.Count:N0} labels; {queries.Count:N0} queries (seed {Seed}), top {Limit} concepts each");

        var folded = labels.Select(l => LabelNormalizer.FoldCharacters(l.Label.Text.Trim())).ToArray();
        var sw = Stopwatch.StartNew();
        using var fts = baseline ? Fts.Create(folded, labels) : null;
        Console.WriteLine(baseline ? $"FTS5 trigram table (in memory, folded labels) built in {sw.Elapsed.TotalSeconds:F1} s" : "FTS5 baseline skipped");
        var truth = Truth(folded, labels, queries);
        var widened = WithSameKey(truth, labels, queries);

        var options = new SearchOptions { Limit = Limit };
        var ours = Measure(queries, q => index.Search(q, options).Select(h => h.ConceptIri).ToList());
        var theirs = fts is null ? default : Measure(queries, q => fts.Search(LabelNormalizer.FoldCharacters(q.Trim()), Limit));
        Console.WriteLine();
        Console.WriteLine($"{"engine",-30} {"queries",8} {"recall",8} {"+key",8} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var lang in new[] { "en", "ja", "all" })
        {
            var picked = Enumerable.Range(0, queries.Count).Where(i => lang == "all" || queries[i].Lang == lang).ToList();
            Row($"LabelIndex.Search ({lang})", picked, ours, truth, widened);
            if (fts is not null)
            {
                Row($"FTS5 trigram + LIKE ({lang})", picked, theirs, truth, widened);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"recall = |returned ∩ truth| / min({Limit}, |truth|) per query, averaged; truth = concepts with a label whose folded");
        Console.WriteLine("text contains the folded query (linear scan). FTS5 indexes the folded labels and gets the folded query (both engines fold the query");
        Console.WriteLine("inside the timed call). Both engines are warmed up with one pass over the queries before the timed pass.");
        Console.WriteLine("+key: the same with concepts whose label has the query's normalized key (plural, spelling, separators) counted as");
        Console.WriteLine("relevant too: they are the query up to normalization, and search ranks them first (the exact tier).");
        return 0;
    }

    /// <summary>Substrings of 2–8 characters of random labels, half English, half Japanese.</summary>
    private static List<(string Text, string Lang)> Queries(List<(Concept Concept, Label Label)> labels, int count)
    {
        var random = new Random(Seed);
        var queries = new List<(string, string)>(count);
        foreach (var lang in new[] { "en", "ja" })
        {
            var pool = labels.Where(l => l.Label.Lang == lang && l.Label.Text.Length >= 2).Select(l => l.Label.Text).ToArray();
            var wanted = lang == "en" ? count / 2 : count - (count / 2);
            while (wanted > 0)
            {
                var text = pool[random.Next(pool.Length)];
                var length = random.Next(2, Math.Min(8, text.Length) + 1);
                var query = text.Substring(random.Next(text.Length - length + 1), length).Trim();
                if (query.Length >= 2 && !char.IsSurrogate(query[0]) && !char.IsSurrogate(query[^1]))
                {
                    queries.Add((query, lang));
                    wanted--;
                }
            }
        }

        return queries;
    }

    /// <summary>The exact answer by linear scan (in parallel: it is the reference, not a contestant).</summary>
    private static HashSet<string>[] Truth(string[] folded, List<(Concept Concept, Label Label)> labels, List<(string Text, string Lang)> queries)
    {
        var truth = new HashSet<string>[queries.Count];
        Parallel.For(0, queries.Count, i =>
        {
            var q = LabelNormalizer.FoldCharacters(queries[i].Text.Trim());
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < folded.Length; j++)
            {
                if (q.Length > 0 && folded[j].Contains(q, StringComparison.Ordinal))
                {
                    set.Add(labels[j].Concept.Iri);
                }
            }

            truth[i] = set;
        });
        return truth;
    }

    /// <summary>The substring truth plus the concepts with a label of the query's normalized key.</summary>
    private static HashSet<string>[] WithSameKey(HashSet<string>[] truth, List<(Concept Concept, Label Label)> labels, List<(string Text, string Lang)> queries)
    {
        var wanted = queries.Select(q => LabelNormalizer.Key(q.Text)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var byKey = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (concept, label) in labels)
        {
            var key = LabelNormalizer.Key(label.Text);
            if (wanted.Contains(key))
            {
                if (!byKey.TryGetValue(key, out var set))
                {
                    byKey[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(concept.Iri);
            }
        }

        return truth.Select((t, i) =>
        {
            var wide = new HashSet<string>(t, StringComparer.Ordinal);
            if (byKey.TryGetValue(LabelNormalizer.Key(queries[i].Text), out var same))
            {
                wide.UnionWith(same);
            }

            return wide;
        }).ToArray();
    }

    private static (List<string>[] Results, double[] Ms) Measure(List<(string Text, string Lang)> queries, Func<string, List<string>> search)
    {
        foreach (var (text, _) in queries)
        {
            search(text);
        }

        var results = new List<string>[queries.Count];
        var ms = new double[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            results[i] = search(queries[i].Text);
            ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return (results, ms);
    }

    private static void Row(string name, List<int> picked, (List<string>[] Results, double[] Ms) run, HashSet<string>[] truth, HashSet<string>[] widened)
    {
        double Recall(HashSet<string>[] t) => picked.Average(i =>
            t[i].Count == 0 ? 1.0 : (double)run.Results[i].Count(t[i].Contains) / Math.Min(Limit, t[i].Count));
        var ms = picked.Select(i => run.Ms[i]).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-30} {picked.Count,8:N0} {Recall(truth),8:P2} {Recall(widened),8:P2} {Percentile(ms, 0.50),8:F3} {Percentile(ms, 0.95),8:F3} {ms[^1],8:F1}"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>The baseline: one FTS5 row per label, rowid = position in the label list.</summary>
    private sealed class Fts : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _match;
        private readonly SqliteCommand _like;
        private readonly string[] _concepts;

        private Fts(SqliteConnection connection, string[] concepts)
        {
            _connection = connection;
            _concepts = concepts;
            _match = connection.CreateCommand();
            _match.CommandText = "select rowid from t where t match $q";
            _match.Parameters.Add("$q", SqliteType.Text);
            _like = connection.CreateCommand();
            _like.CommandText = @"select rowid from t where label like $q escape '\'";
            _like.Parameters.Add("$q", SqliteType.Text);
        }

        public static Fts Create(string[] folded, List<(Concept Concept, Label Label)> labels)
        {
            var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            using (var create = connection.CreateCommand())
            {
                create.CommandText = "create virtual table t using fts5(label, tokenize='trigram')";
                create.ExecuteNonQuery();
            }

            using (var transaction = connection.BeginTransaction())
            using (var insert = connection.CreateCommand())
            {
                insert.CommandText = "insert into t(rowid, label) values ($id, $label)";
                var id = insert.Parameters.Add("$id", SqliteType.Integer);
                var label = insert.Parameters.Add("$label", SqliteType.Text);
                for (var i = 0; i < labels.Count; i++)
                {
                    id.Value = i;
                    label.Value = folded[i];
                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
            }

            return new Fts(connection, [.. labels.Select(l => l.Concept.Iri)]);
        }

        /// <summary>The first <paramref name="limit"/> distinct concepts among the matching rows.</summary>
        public List<string> Search(string query, int limit)
        {
            // Trigrams need three characters; shorter queries fall back to LIKE (a scan), as FTS5's documentation advises.
            SqliteCommand command;
            if (query.Length >= 3)
            {
                command = _match;
                command.Parameters[0].Value = "\"" + query.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            }
            else
            {
                command = _like;
                command.Parameters[0].Value = "%" + query.Replace(@"\", @"\\", StringComparison.Ordinal)
                    .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
            }

            var found = new List<string>(limit);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (found.Count < limit && reader.Read())
            {
                var concept = _concepts[reader.GetInt64(0)];
                if (seen.Add(concept))
                {
                    found.Add(concept);
                }
            }

            return found;
        }

        public void Dispose()
        {
            _match.Dispose();
            _like.Dispose();
            _connection.Dispose();
        }
    }
}
