using System.Globalization;
using Spectre.Console;
using Vocab.Core;
using Vocab.Core.Checks;
using Vocab.Data;

namespace Vocab.Cli;

/// <summary>Renders reports for a terminal: Spectre tables on stdout, one-line summaries on stderr.</summary>
internal static class Reports
{
    public static string ImportLine(ImportReport r) => string.Create(
        CultureInfo.InvariantCulture,
        $"change {r.Change.Sequence}: {r.StatementsRead:N0} statements read, {r.StatementsAdded:N0} added ({r.DerivedStatements:N0} derived, {r.DuplicatesSkipped:N0} already present), {r.Concepts:N0} concepts, in {r.Elapsed.TotalSeconds:F1} s ({Rate(r.StatementsRead, r.Elapsed)} statements/s)");

    public static void Import(ImportReport r)
    {
        var files = new Table().Title("import").AddColumns("file", "syntax", "graph", "profile", "read", "added", "derived", "duplicates", "concepts");
        foreach (var f in r.Files)
        {
            files.AddRow(
                Markup.Escape(Path.GetFileName(f.Path)), f.Format.ToString(), Markup.Escape(f.Graph), f.Summary.Profile.ToString(),
                N(f.StatementsRead), N(f.StatementsAdded), N(f.DerivedStatements), N(f.DuplicatesSkipped), N(f.Summary.Concepts));
        }

        AnsiConsole.Write(files);
        AnsiConsole.Write(LabelTable("labels imported", r.LabelsByLanguage));
        AnsiConsole.WriteLine(ImportLine(r));
    }

    public static void Stats(ThesaurusStatistics s, long sequence, IReadOnlyList<GraphInfo> graphs, long statements)
    {
        var summary = new Table().Title("store").AddColumns("", "count");
        summary.AddRow("statements", N(statements));
        summary.AddRow("graphs", N(graphs.Count));
        summary.AddRow("change log sequence", N(sequence));
        summary.AddRow("concept schemes", N(s.Schemes));
        summary.AddRow("concepts", N(s.Concepts));
        summary.AddRow("deprecated concepts", N(s.DeprecatedConcepts));
        summary.AddRow("collections", N(s.Collections));
        AnsiConsole.Write(summary);

        var byGraph = new Table().Title("graphs").AddColumns("graph", "statements");
        foreach (var g in graphs)
        {
            byGraph.AddRow(Markup.Escape(g.Graph.ToNTriples()), N(g.StatementCount));
        }

        AnsiConsole.Write(byGraph);
        AnsiConsole.Write(LabelTable("concept labels", s.LabelsByLanguage));
    }

    public static void Check(QualityReport report, int maxListed)
    {
        var summary = new Table().Title(Markup.Escape($"checks over {report.Concepts:N0} concepts")).AddColumns("code", "severity", "count", "what");
        foreach (var c in report.Summary)
        {
            summary.AddRow(Markup.Escape(c.Code), Severity(c.Severity), N(c.Count), Markup.Escape(c.Description));
        }

        AnsiConsole.Write(summary);
        if (report.Findings.Count > 0 && maxListed > 0)
        {
            var findings = new Table().Title("findings (errors first)").AddColumns("code", "subject", "message");
            foreach (var f in report.Findings.Take(maxListed))
            {
                findings.AddRow(Markup.Escape(f.Code), Markup.Escape(f.Subject), Markup.Escape(f.Message));
            }

            AnsiConsole.Write(findings);
            if (report.Findings.Count > maxListed)
            {
                AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… {report.Findings.Count - maxListed:N0} more (use --json for all)"));
            }
        }

        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Errors:N0} integrity violations, {report.Warnings:N0} warnings, {report.Infos:N0} notices"));
    }

    private static Table LabelTable(string title, IReadOnlyDictionary<string, LabelCounts> byLanguage)
    {
        var table = new Table().Title(title).AddColumns("language", "pref", "alt", "hidden", "total");
        foreach (var (lang, c) in byLanguage)
        {
            table.AddRow(lang.Length == 0 ? "(none)" : Markup.Escape(lang), N(c.Pref), N(c.Alt), N(c.Hidden), N(c.Total));
        }

        return table;
    }

    private static string Severity(Severity s) => s switch
    {
        Core.Checks.Severity.Error => "[red]error[/]",
        Core.Checks.Severity.Warning => "[yellow]warning[/]",
        _ => "info",
    };

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Rate(long n, TimeSpan t) => t.TotalSeconds <= 0 ? "-" : N((long)(n / t.TotalSeconds));
}
