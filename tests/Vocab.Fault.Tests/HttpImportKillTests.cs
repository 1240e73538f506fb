using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Vocab.Fault.Tests;

/// <summary>
/// A server SIGKILLed at a random 20–80 % of a <c>POST /api/v1/import</c>'s usual duration and restarted: the store and
/// the restarted server's snapshot hold exactly the statements before or exactly those after the import, the change
/// log agrees, and the same import then completes.
/// </summary>
public sealed class HttpImportKillTests
{
    private const int Concepts = RdfFiles.ImportConcepts;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task HttpImport_serverKilledMidway_storeAndRestartedServerAreExactlyBeforeOrAfter(string provider)
    {
        await using var store = await FaultStore.CreateAsync(provider, "vocab_fault_http_");
        var (_, token) = await store.AddUserWithTokenAsync("importer", "admin", "import");
        var first = RdfFiles.Write(Path.Combine(store.Folder, "first.nt"), "first", Concepts);
        var second = RdfFiles.Write(Path.Combine(store.Folder, "second.nt"), "second", Concepts);

        var server = await VocabServer.StartAsync(store);
        try
        {
            var watch = Stopwatch.StartNew();
            var (status, body) = await PostImportAsync(server, token, first);
            var usual = watch.Elapsed;
            Assert.True(status == HttpStatusCode.OK, body);
            var before = await store.CountAsync();

            var fraction = 0.2 + (Random.Shared.NextDouble() * 0.6);
            var upload = PostImportAsync(server, token, second);
            await Task.Delay(usual * fraction, TestEnv.Ct);
            var finished = upload.IsCompleted;
            await server.KillAsync();
            var outcome = await CatchAsync(upload);
            await server.DisposeAsync();

            var count = await store.CountAsync();
            var sequence = await store.Store.GetLastSequenceAsync(TestEnv.Ct);
            await store.AssertVerifiesAsync();
            server = await VocabServer.StartAsync(store);
            Assert.Equal(sequence, await server.SequenceAsync());
            Assert.Equal(sequence == 2, await FindsAsync(server, "second", Concepts - 1));

            // An import acknowledged with 200 is in the store; one cut off is either wholly there or not at all.
            if (outcome == HttpStatusCode.OK)
            {
                Assert.Equal(2, sequence);
            }

            if (sequence == 1)
            {
                (status, body) = await PostImportAsync(server, token, second);
                Assert.True(status == HttpStatusCode.OK, body);
            }

            var after = await store.CountAsync();
            Assert.Equal(before + RdfFiles.StatementCount(Concepts), after);
            Assert.True(count == before || count == after, $"after a kill at {fraction:P0} the store held {count} statements: neither {before} nor {after}");
            Assert.Equal(count == before ? 1 : 2, sequence);
            Assert.True(await FindsAsync(server, "second", Concepts - 1));
            await store.AssertVerifiesAsync();

            TestEnv.Report("import-kills", string.Create(CultureInfo.InvariantCulture,
                $"{provider} POST /api/v1/import of {RdfFiles.StatementCount(Concepts):N0} statements (usual {usual.TotalSeconds:0.0} s): server SIGKILLed at {fraction:P0}{(finished ? " (had answered)" : "")}, client saw {(outcome is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : "connection lost")}; "
                + $"restarted server and store: {(count == before ? "before" : "after")} ({count:N0} statements, change {sequence}); verify ok"));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostImportAsync(VocabServer server, string token, string path)
    {
        await using var file = File.OpenRead(path);
        using var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/n-triples");
        using var request = VocabServer.Request(HttpMethod.Post, "api/v1/import?name=" + Path.GetFileName(path), token, content);
        using var response = await server.Client.SendAsync(request, TestEnv.Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestEnv.Ct));
    }

    /// <summary>The status the client saw, or null when the connection was cut.</summary>
    private static async Task<HttpStatusCode?> CatchAsync(Task<(HttpStatusCode Status, string Body)> request)
    {
        try
        {
            return (await request).Status;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Whether the server normalizes concept <paramref name="i"/>'s hidden label to that concept (its snapshot holds the import).</summary>
    private static async Task<bool> FindsAsync(VocabServer server, string prefix, int i)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"{prefix}concept{i}");
        using var response = await server.Client.GetAsync("api/v1/normalize?label=" + label, TestEnv.Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestEnv.Ct)).RootElement;
        return result.GetProperty("status").GetString() == "matched"
            && result.GetProperty("best").GetProperty("id").GetString() == RdfFiles.Concept(prefix, i);
    }
}
