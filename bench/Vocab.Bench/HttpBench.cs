using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Vocab.Bench;

/// <summary>
/// Batch normalization over HTTP: the real <c>vocab serve</c> (a child process on a store holding the shipped
/// thesaurus, CHMO and EDICT) answers <c>POST /api/v1/normalize</c> with 1,000-label batches from 1 and 2 keep-alive
/// connections. The baseline looks the same labels up, in the same batches and from as many connections, in SQLite
/// FTS5: a real database file with an FTS5 table over the same labels, one exact-phrase MATCH per label (the three
/// best rows, as normalize answers three candidates). Both run in the same process run on the same machine.
/// </summary>
internal static class HttpBench
{
    private const int Seed = 20261121;
    private const int BatchSize = 1_000;
    private const int WorkloadSize = 200_000;

    public static async Task<int> RunAsync(bool withEdict)
    {
        var dir = Path.Combine(Path.GetTempPath(), "vocab-http-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            var files = withEdict ? new[] { MatchData.Chmo, MatchData.Edict } : [MatchData.Chmo];
            var thesaurus = MatchData.Load([.. MatchData.Ontology, .. files]);
            var labels = MatchData.Labels(thesaurus);
            var random = new Random(Seed);
            var distinct = labels.Select(l => l.Label.Text).Distinct(StringComparer.Ordinal).ToArray();
            var workload = distinct.OrderBy(_ => random.Next()).Take(WorkloadSize).ToArray();
            var batches = workload.Chunk(BatchSize).ToArray();
            Console.WriteLine($"workload: {workload.Length:N0} distinct labels of {labels.Count:N0} ({thesaurus.Concepts.Count:N0} concepts), {batches.Length} batches of {BatchSize:N0}");

            var db = Path.Combine(dir, "store.db");
            var sw = Stopwatch.StartNew();
            await VocabAsync(["import", "--db", db, MatchData.Chmo]);
            if (withEdict)
            {
                await VocabAsync(["import", "--no-seed", "--db", db, MatchData.Edict]);
            }

            Console.WriteLine($"store: shipped thesaurus + {string.Join(" + ", files.Select(Path.GetFileName))} imported in {sw.Elapsed.TotalSeconds:F1} s");
            var fts = Path.Combine(dir, "fts.db");
            sw.Restart();
            Fts.Create(fts, labels);
            Console.WriteLine($"baseline: FTS5 table over the same {labels.Count:N0} labels written to a SQLite file in {sw.Elapsed.TotalSeconds:F1} s");

            var ours = await ServeAndMeasureAsync(db, batches);
            var theirs = Enumerable.Range(1, 2).Select(n => Fts.Measure(fts, batches, n)).ToArray();
            Console.WriteLine();
            Console.WriteLine($"{"connections",11} {"POST /api/v1/normalize",24} {"SQLite FTS5 MATCH",20} {"ratio",7}");
            for (var i = 0; i < 2; i++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{i + 1,11} {ours[i],17:N0} lbl/s {theirs[i],13:N0} lbl/s {ours[i] / theirs[i],6:F2}x"));
            }

            Console.WriteLine();
            Console.WriteLine("labels/s over the whole workload, after one warm-up pass; the HTTP client runs on the same 2 cores as the server.");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Starts the server, checks one pass of answers, then times the workload from 1 and 2 connections.</summary>
    private static async Task<double[]> ServeAndMeasureAsync(string db, string[][] batches)
    {
        var url = "http://127.0.0.1:" + FreePort();
        var sw = Stopwatch.StartNew();
        var psi = ImportBench.Vocab(["serve", "--no-seed", "--db", db, "--urls", url]);
        using var serve = Process.Start(psi)!;
        serve.OutputDataReceived += (_, _) => { };
        serve.ErrorDataReceived += (_, _) => { };
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            await WaitReadyAsync(url, sw);
            Console.WriteLine($"server: vocab serve ready after {sw.Elapsed.TotalSeconds:F1} s at {url}");
            var statuses = await CheckAsync(url, batches);
            Console.WriteLine($"answers (warm-up pass): {string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value:N0}"))}");
            var rates = new double[2];
            for (var connections = 1; connections <= 2; connections++)
            {
                rates[connections - 1] = await MeasureAsync(url, batches, connections);
            }

            return rates;
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    private static async Task WaitReadyAsync(string url, Stopwatch sw)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (sw.Elapsed < TimeSpan.FromMinutes(2))
        {
            try
            {
                using var r = await http.GetAsync(new Uri(url + "/ready"));
                if (r.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("vocab serve did not become ready in 2 minutes");
    }

    /// <summary>One untimed pass that reads every answer: one result per label, in order, and the status counts.</summary>
    private static async Task<Dictionary<string, int>> CheckAsync(string url, string[][] batches)
    {
        using var http = new HttpClient();
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var batch in batches)
        {
            using var response = await http.PostAsync(new Uri(url + "/api/v1/normalize"), Body(batch));
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            var results = json.RootElement.GetProperty("results");
            if (results.GetArrayLength() != batch.Length)
            {
                throw new InvalidOperationException($"{results.GetArrayLength()} results for {batch.Length} labels");
            }

            var i = 0;
            foreach (var result in results.EnumerateArray())
            {
                if (result.GetProperty("input").GetString() != batch[i++])
                {
                    throw new InvalidOperationException("results are not in input order");
                }

                var status = result.GetProperty("status").GetString()!;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }
        }

        return statuses;
    }

    /// <summary>Labels per second with <paramref name="connections"/> clients, each posting its share of the batches in turn.</summary>
    private static async Task<double> MeasureAsync(string url, string[][] batches, int connections)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler);
        var bodies = batches.Select(b => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { labels = b }))).ToArray();
        var next = -1;
        var sw = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var buffer = new byte[1 << 16];
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Length)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url + "/api/v1/normalize")) { Content = new ByteArrayContent(bodies[i]) };
                request.Content.Headers.ContentType = new("application/json");
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                response.EnsureSuccessStatusCode();

                // Drain the answer without parsing it: the client shares the cores with the server.
                await using var stream = await response.Content.ReadAsStreamAsync();
                while (await stream.ReadAsync(buffer) > 0)
                {
                }
            }
        })).ToArray();
        await Task.WhenAll(clients);
        return batches.Sum(b => b.Length) / sw.Elapsed.TotalSeconds;
    }

    private static StringContent Body(string[] batch) =>
        new(JsonSerializer.Serialize(new { labels = batch }), Encoding.UTF8, "application/json");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task VocabAsync(string[] args)
    {
        using var p = Process.Start(ImportBench.Vocab(args))!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"vocab {string.Join(' ', args)} failed: {await stderr}{await stdout}");
        }
    }

    /// <summary>The baseline: an FTS5 table (label, concept) in a SQLite file, looked up one exact phrase per label.</summary>
    private static class Fts
    {
        public static void Create(string path, List<(Vocab.Core.Concept Concept, Vocab.Core.Label Label)> labels)
        {
            using var connection = new SqliteConnection("Data Source=" + path);
            connection.Open();
            using (var create = connection.CreateCommand())
            {
                create.CommandText = "pragma journal_mode=wal; create virtual table labels using fts5(label, concept unindexed)";
                create.ExecuteNonQuery();
            }

            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.CommandText = "insert into labels(label, concept) values ($label, $concept)";
            var label = insert.Parameters.Add("$label", SqliteType.Text);
            var concept = insert.Parameters.Add("$concept", SqliteType.Text);
            foreach (var (c, l) in labels)
            {
                label.Value = l.Text;
                concept.Value = c.Iri;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        /// <summary>Labels per second from <paramref name="connections"/> threads, each with its own connection, after a warm-up pass.</summary>
        public static double Measure(string path, string[][] batches, int connections)
        {
            var found = Pass(path, batches, connections, out _);
            Pass(path, batches, connections, out var seconds);
            Console.Error.WriteLine($"  FTS5, {connections} connection(s): {found:N0} labels found");
            return batches.Sum(b => b.Length) / seconds;
        }

        private static int Pass(string path, string[][] batches, int connections, out double seconds)
        {
            var next = -1;
            var found = 0;
            var sw = Stopwatch.StartNew();
            var threads = Enumerable.Range(0, connections).Select(_ => new Thread(() =>
            {
                using var connection = new SqliteConnection("Data Source=" + path + ";Mode=ReadOnly");
                connection.Open();
                using var select = connection.CreateCommand();
                select.CommandText = "select concept from labels where labels match $q limit 3";
                var q = select.Parameters.Add("$q", SqliteType.Text);
                select.Prepare();
                int i, mine = 0;
                while ((i = Interlocked.Increment(ref next)) < batches.Length)
                {
                    // One read transaction per batch, as a server would answer one request.
                    using var transaction = connection.BeginTransaction();
                    select.Transaction = transaction;
                    foreach (var label in batches[i])
                    {
                        q.Value = "label : \"" + label.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                        using var reader = select.ExecuteReader();
                        if (reader.Read() && reader.GetString(0).Length > 0)
                        {
                            mine++;
                        }
                    }
                }

                Interlocked.Add(ref found, mine);
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            seconds = sw.Elapsed.TotalSeconds;
            return found;
        }
    }
}
