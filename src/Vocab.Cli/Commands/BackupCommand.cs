using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Vocab.Data;

namespace Vocab.Cli.Commands;

/// <summary><c>vocab backup FOLDER</c> and <c>vocab restore FOLDER</c>: the whole store, consistent, into either provider.</summary>
internal static class BackupCommand
{
    public static Command CreateBackup()
    {
        var db = CommonOptions.Db();
        var folder = new Argument<string>("folder") { Description = "Empty or new folder to write the backup into" };
        var command = new Command("backup", "Write a consistent backup (N-Quads, statement history, change log, curation data as JSON)") { folder, db };
        command.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            await using var services = Open(parse.GetValue(db));
            var manifest = await services.GetRequiredService<BackupService>().BackupAsync(parse.GetValue(folder)!, token);
            Console.Error.WriteLine($"backup of change {manifest.Sequence}: {manifest.Statements:N0} statement rows ({manifest.CurrentStatements:N0} current), {manifest.Changes:N0} changes, {manifest.Users} users, {manifest.Proposals} proposals");
            return CliErrors.Ok;
        }, ct));
        return command;
    }

    public static Command CreateRestore()
    {
        var db = CommonOptions.Db();
        var folder = new Argument<string>("folder") { Description = "A folder written by vocab backup" };
        var command = new Command("restore", "Restore a backup into a new, empty store (SQLite or PostgreSQL)") { folder, db };
        command.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            await using var services = Open(parse.GetValue(db));
            try
            {
                var manifest = await services.GetRequiredService<BackupService>().RestoreAsync(parse.GetValue(folder)!, token);
                Console.Error.WriteLine($"restored change {manifest.Sequence}: {manifest.Statements:N0} statement rows, {manifest.Changes:N0} changes, {manifest.Users} users, {manifest.Proposals} proposals");
                return CliErrors.Ok;
            }
            catch (BackupException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return CliErrors.BadInput;
            }
        }, ct));
        return command;
    }

    private static ServiceProvider Open(string? db)
    {
        var services = new ServiceCollection();
        services.AddVocabData(Vocab.Data.StoreOptions.Parse(db));
        services.AddSingleton<BackupService>();
        return services.BuildServiceProvider();
    }
}
