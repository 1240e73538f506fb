using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Vocab.Data;

namespace Vocab.Cli.Commands;

/// <summary>
/// <c>vocab verify</c>: checks that the change log and the statements, the accepted proposals and their changes, and
/// the vote tallies and vote rows agree (after a crash, a restore or a manual repair). Exits 4 and lists every
/// disagreement when they do not. Reads only: it never seeds or writes.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = new Option<bool>("--json") { Description = "Write the result as JSON to stdout" };
        var command = new Command("verify", "Check that the change log, the statements, proposals and votes agree; exits 4 when they do not") { db, json };
        command.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            var options = StoreOptions.Parse(parse.GetValue(db));
            if (options.Provider == StoreProvider.Sqlite && !File.Exists(options.Display))
            {
                // Opening would create an empty store, which verifies trivially and hides a wrong path.
                return CliErrors.Fail($"no store at {options.Display}", CliErrors.BadInput);
            }

            await using var session = await StoreSession.OpenAsync(parse.GetValue(db), noSeed: true, token);
            var result = await session.Store.VerifyAsync(token);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new { ok = result.Ok, result.Totals, result.Findings }, JsonOptions.Indented));
            }
            else
            {
                Write(result, options);
            }

            return result.Ok ? CliErrors.Ok : CliErrors.CheckFailed;
        }, ct));
        return command;
    }

    private static void Write(StoreVerification result, StoreOptions options)
    {
        var t = result.Totals;
        var what = string.Create(
            CultureInfo.InvariantCulture,
            $"{options.Display}: {t.Changes:N0} changes (last {t.LastSequence:N0}), {t.StatementRows:N0} statement rows ({t.CurrentStatements:N0} current), {t.Proposals:N0} proposals, {t.Votes:N0} votes");
        if (result.Ok)
        {
            Console.Out.WriteLine("ok: " + what + ": the log, the statements, the proposals and the votes agree");
            return;
        }

        foreach (var finding in result.Findings)
        {
            Console.Out.WriteLine($"{finding.Code,-22} {finding.Message}");
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAILED: {what}: {result.Findings.Count} disagreement(s) listed above"));
    }
}
