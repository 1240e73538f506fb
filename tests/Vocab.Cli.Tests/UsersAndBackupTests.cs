namespace Vocab.Cli.Tests;

/// <summary><c>vocab users</c>, <c>vocab backup</c> and <c>vocab restore</c> through the real program.</summary>
public sealed class UsersAndBackupTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task UsersAdd_withoutPassword_printsAGeneratedOneOnce_andListShowsTheRole()
    {
        var db = _dir.File("users.db");

        var added = await CliRunner.RunAsync(_dir.Path, "users", "add", "alice", "--role", "admin", "--db", db);
        var demoted = await CliRunner.RunAsync(_dir.Path, "users", "set-role", "alice", "editor", "--db", db);
        var listed = await CliRunner.RunAsync(_dir.Path, "users", "list", "--db", db);

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(0, demoted.ExitCode);
        Assert.Matches("^[A-Za-z0-9]{20}$", added.Stdout.Trim());
        Assert.StartsWith("alice\teditor\tactive", listed.Stdout, StringComparison.Ordinal);

        // Both changes are recorded with who made them: the command line.
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + db);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ActorName || '|' || What || '|' || UserName || '|' || ifnull(\"From\", '') || '|' || \"To\" FROM account_events ORDER BY Id";
        var events = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                events.Add(reader.GetString(0));
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(["vocab users|created|alice||admin", "vocab users|role|alice|admin|editor"], events);
    }

    [Theory]
    [InlineData("wizard", "unknown role 'wizard'", 1)]
    [InlineData("admin", "Passwords must be at least 10 characters", 2)]
    public async Task UsersAdd_badRoleOrShortPassword_failsWithOneLine(string role, string message, int exit)
    {
        var result = await CliRunner.RunWithInputAsync(_dir.Path, null, "short\n", "users", "add", "bob", "--role", role, "--password-stdin", "--db", _dir.File("users.db"));

        Assert.Equal(exit, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackupThenRestore_intoAnEmptyStore_givesTheSameStats()
    {
        var source = _dir.File("source.db");
        Assert.Equal(0, (await CliRunner.RunAsync(_dir.Path, "users", "add", "carol", "--db", source)).ExitCode);
        var before = await CliRunner.RunAsync(_dir.Path, "stats", "--json", "--db", source);

        var backup = await CliRunner.RunAsync(_dir.Path, "backup", _dir.File("bk"), "--db", source);
        var restore = await CliRunner.RunAsync(_dir.Path, "restore", _dir.File("bk"), "--db", _dir.File("copy.db"));
        var after = await CliRunner.RunAsync(_dir.Path, "stats", "--json", "--no-seed", "--db", _dir.File("copy.db"));
        var again = await CliRunner.RunAsync(_dir.Path, "restore", _dir.File("bk"), "--db", _dir.File("copy.db"));

        Assert.Equal(0, backup.ExitCode);
        Assert.Equal(0, restore.ExitCode);
        Assert.Equal(before.Stdout.Replace(source, "X", StringComparison.Ordinal), after.Stdout.Replace(_dir.File("copy.db"), "X", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_dir.File("bk"), "thesaurus.nq")));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("not empty", again.Stderr, StringComparison.Ordinal);
    }
}
