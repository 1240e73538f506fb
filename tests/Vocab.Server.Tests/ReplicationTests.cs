using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Tests;

/// <summary>
/// Two server processes on one PostgreSQL database: a change accepted on one is served by the other within a second,
/// by LISTEN/NOTIFY (polling is set to a minute here, so only the notification can be that fast).
/// </summary>
public sealed class ReplicationTests : IAsyncDisposable
{
    private readonly string? _connectionString;
    private readonly string _database = "vocab_repl_" + Guid.NewGuid().ToString("N");

    public ReplicationTests()
    {
        var server = Environment.GetEnvironmentVariable("VOCAB_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(server))
        {
            _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AcceptedOnA_isNormalizedOnB_withinOneSecond()
    {
        if (_connectionString is null)
        {
            Assert.Skip("needs PostgreSQL: set VOCAB_TEST_POSTGRES (bash .ci/run starts one)");
        }

        await using var a = new Replica(_connectionString);
        _ = a.CreateClient();
        await using var b = new Replica(_connectionString);
        var clientB = b.CreateClient();

        var concept = "https://w3id.org/vocab/technique/HAADFSTEM";
        var curation = a.Services.GetRequiredService<CurationService>();
        var proposed = await curation.ProposeAsync(new CurationActor("c", "C", Roles.Contributor),
            new ProposalDraft(ProposalKind.AddLabel, [new PatchOperation(PatchOp.AddLabel, concept, "zebra-stripe dark field", "en", LabelKind.Hidden)], ""), Ct);
        Assert.True(proposed.Succeeded, proposed.Message);
        var accepted = await curation.DecideAsync(new CurationActor("e", "E", Roles.Editor), proposed.ProposalId!.Value, accept: true, "test", Ct);
        Assert.True(accepted.Succeeded, accepted.Message);
        var watch = Stopwatch.StartNew();

        while (true)
        {
            var result = await clientB.GetFromJsonAsync<JsonElement>("/api/v1/normalize?label=zebra-stripe%20dark%20field", Ct);
            if (result.GetProperty("status").GetString() == "matched")
            {
                Assert.Equal(concept, result.GetProperty("best").GetProperty("id").GetString());
                break;
            }

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), "B did not serve the change within 1 s");
            await Task.Delay(10, Ct);
        }
    }

    [Fact]
    public async Task Lag_over30AcceptedChanges_p99UnderOneSecond()
    {
        if (_connectionString is null)
        {
            Assert.Skip("needs PostgreSQL: set VOCAB_TEST_POSTGRES (bash .ci/run starts one)");
        }

        await using var a = new Replica(_connectionString);
        _ = a.CreateClient();
        await using var b = new Replica(_connectionString);
        _ = b.CreateClient();
        var curation = a.Services.GetRequiredService<CurationService>();
        var follower = b.Services.GetRequiredService<ThesaurusSnapshotService>();
        var lags = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var proposed = await curation.ProposeAsync(new CurationActor("c", "C", Roles.Contributor), new ProposalDraft(ProposalKind.AddLabel,
                [new PatchOperation(PatchOp.AddLabel, "https://w3id.org/vocab/technique/HAADFSTEM", $"lag probe {i}", "en", LabelKind.Hidden)], ""), Ct);
            // Timed from the start of the accept call: an upper bound on commit-to-applied (the accept's own work is in it).
            var watch = Stopwatch.StartNew();
            var accepted = await curation.DecideAsync(new CurationActor("e", "E", Roles.Editor), proposed.ProposalId!.Value, accept: true, "lag", Ct);
            while (follower.Sequence < accepted.AppliedSeq)
            {
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "B did not apply the change within 5 s");
                await Task.Delay(1, Ct);
            }

            lags.Add(watch.Elapsed.TotalMilliseconds);
        }

        lags.Sort();
        var (p50, p99) = (lags[lags.Count / 2], lags[(int)Math.Ceiling(lags.Count * 0.99) - 1]);
        var line = $"replication lag over {lags.Count} accepted changes (from the accept call on A to applied on B, an upper bound; polling 1 min): p50 {p50:0.0} ms, p99 {p99:0.0} ms, max {lags[^1]:0.0} ms";
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        var artifacts = Path.Combine(RepoRoot(), "artifacts");
        Directory.CreateDirectory(artifacts);
        await File.WriteAllTextAsync(Path.Combine(artifacts, "replication-lag.txt"), line + "\n", Ct);
        Assert.True(p99 < 1000, line);
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vocab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Vocab.sln not found above " + source);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(_connectionString) { Database = "postgres" }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private sealed class Replica(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Vocab:Db", connectionString);
            builder.UseSetting("Vocab:Seed", "true");
            builder.UseSetting("Vocab:FollowInterval", "00:01:00");
        }
    }
}
