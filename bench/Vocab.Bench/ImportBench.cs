using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Vocab.Rdf;

namespace Vocab.Bench;

/// <summary>
/// End-to-end import of a large file into a fresh SQLite store (parse, map, dedupe, write, commit), side by side with
/// the floor for the same rows: a raw SQLite insert of the same N-Triples-encoded statements into a bare table in one
/// transaction, no indexes, no parsing. Then the time for <c>vocab serve</c> to be ready on that store, beside the time
/// for the same program to start and exit (<c>vocab --help</c>).
/// </summary>
internal static class ImportBench
{
    public static async Task<int> RunAsync(string path)
    {
        var dir = Path.Combine(Path.GetTempPath(), "vocab-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            var db = Path.Combine(dir, "store.db");
            Console.WriteLine();
            Console.WriteLine($"import: {path} ({new FileInfo(path).Length / 1e6:F1} MB) into a fresh SQLite file");
            var (report, seconds, peak) = await ImportChildAsync(path, db);
            Console.WriteLine(Line("vocab import (child process)", report, seconds, $"peak working set {peak / 1e6:F0} MB"));

            var floor = RawInsert(path, Path.Combine(dir, "raw.db"));
            Console.WriteLine(Line("baseline: raw SQLite insert", floor.Rows, floor.Seconds, "same rows, bare table, no parse, no index"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  vocab import takes {seconds / floor.Seconds:F2}x the raw insert's time"));

            var (snapshot, ready, bare) = await StartTimesAsync(db);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serve: snapshot loaded {snapshot:F2} s after launch; /ready (label index built too) {ready:F2} s; baseline 'vocab --help' start+exit {bare:F2} s"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Line(string what, long n, double seconds, string note) => string.Create(
        CultureInfo.InvariantCulture, $"  {what,-32} {n,12:N0} statements {seconds,8:F1} s {n / seconds,12:N0} statements/s  {note}");

    /// <summary>Runs the real CLI so peak memory is that of an import alone.</summary>
    private static async Task<(long Statements, double Seconds, long PeakBytes)> ImportChildAsync(string path, string db)
    {
        var psi = Vocab(["import", "--no-seed", "--db", db, path]);
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        long peak = 0;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEndAsync();
        while (!p.HasExited)
        {
            peak = Math.Max(peak, ReadVmHwm(p.Id));
            await Task.Delay(50);
        }

        await p.WaitForExitAsync();
        var seconds = sw.Elapsed.TotalSeconds;
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException("import failed: " + await stderr + await stdout);
        }

        using var store = new SqliteConnection("Data Source=" + db);
        store.Open();
        using var count = store.CreateCommand();
        count.CommandText = "select count(*) from statements where removed_in is null";
        return ((long)count.ExecuteScalar()!, seconds, peak);
    }

    /// <summary>Peak resident set (VmHWM) of a live process, from /proc: the kernel's own high-water mark.</summary>
    private static long ReadVmHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }

    private static (long Rows, double Seconds) RawInsert(string path, string db)
    {
        // Encode first (not timed): the baseline is the database write alone.
        var rows = new List<(string S, string P, string O)>();
        using (var reader = new StreamReader(path, new UTF8Encoding(false, true), false, 1 << 16))
        {
            foreach (var q in RdfFormats.CreateParser(RdfFormats.FromPath(path) ?? RdfFormat.Turtle).Parse(reader, new RdfParserOptions { BaseIri = new Uri(path).AbsoluteUri }))
            {
                rows.Add((q.Subject.ToNTriples(), q.Predicate.ToNTriples(), q.Obj.ToNTriples()));
            }
        }

        var sw = Stopwatch.StartNew();
        using var c = new SqliteConnection("Data Source=" + db);
        c.Open();
        using (var pragma = c.CreateCommand())
        {
            pragma.CommandText = "pragma journal_mode=wal; pragma synchronous=normal; create table t(g text, s text, p text, o text)";
            pragma.ExecuteNonQuery();
        }

        using var tx = c.BeginTransaction();
        using var insert = c.CreateCommand();
        insert.CommandText = "insert into t values ('g', $s, $p, $o)";
        var ps = insert.Parameters.Add("$s", SqliteType.Text);
        var pp = insert.Parameters.Add("$p", SqliteType.Text);
        var po = insert.Parameters.Add("$o", SqliteType.Text);
        insert.Prepare();
        foreach (var (s, p, o) in rows)
        {
            ps.Value = s;
            pp.Value = p;
            po.Value = o;
            insert.ExecuteNonQuery();
        }

        tx.Commit();
        return (rows.Count, sw.Elapsed.TotalSeconds);
    }

    private static async Task<(double Snapshot, double Ready, double Bare)> StartTimesAsync(string db)
    {
        var bare = Stopwatch.StartNew();
        using (var help = Process.Start(Vocab(["--help"]))!)
        {
            await help.StandardOutput.ReadToEndAsync();
            await help.WaitForExitAsync();
        }

        var bareSeconds = bare.Elapsed.TotalSeconds;
        var port = 20000 + (Environment.ProcessId % 20000);
        var url = $"http://127.0.0.1:{port}";
        var sw = Stopwatch.StartNew();
        using var serve = Process.Start(Vocab(["serve", "--no-seed", "--db", db, "--urls", url]))!;
        // The host logs "snapshot loaded" when the thesaurus is in memory; /ready also waits for the label index.
        var snapshotSeconds = 0.0;
        serve.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("snapshot loaded", StringComparison.Ordinal) == true && snapshotSeconds == 0)
            {
                snapshotSeconds = sw.Elapsed.TotalSeconds;
            }
        };
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            while (sw.Elapsed < TimeSpan.FromMinutes(2))
            {
                try
                {
                    using var r = await http.GetAsync(url + "/ready");
                    if (r.IsSuccessStatusCode)
                    {
                        return (snapshotSeconds, sw.Elapsed.TotalSeconds, bareSeconds);
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(20);
            }

            throw new TimeoutException("vocab serve did not become ready in 2 minutes");
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    internal static ProcessStartInfo Vocab(string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "vocab.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment.Remove("VOCAB_DB");
        return psi;
    }
}
