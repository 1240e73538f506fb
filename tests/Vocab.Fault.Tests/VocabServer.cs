using System.Net.Http.Headers;
using System.Text.Json;

namespace Vocab.Fault.Tests;

/// <summary>
/// <c>vocab serve</c> as a child process on a fresh 127.0.0.1 port, ready when <c>/ready</c> says so; an HttpClient
/// bound to it. Started without seeding: the tests import their own small thesaurus first.
/// </summary>
internal sealed class VocabServer : IAsyncDisposable
{
    private VocabServer(VocabProcess process, Uri address)
    {
        Process = process;
        Address = address;
        Client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1), MaxConnectionsPerServer = 64 })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public VocabProcess Process { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Starts a server on <paramref name="store"/> and waits (at most <paramref name="readyWithin"/>, default 90 s) until it is ready.</summary>
    public static async Task<VocabServer> StartAsync(FaultStore store, IReadOnlyDictionary<string, string>? settings = null, TimeSpan? readyWithin = null)
    {
        var env = new Dictionary<string, string>
        {
            // The load here comes from one address and a few tokens; the limits are not what is being tested.
            ["Vocab__RateLimit__PerIpPerSecond"] = "1000000",
            ["Vocab__RateLimit__PerTokenPerSecond"] = "1000000",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string>())
        {
            env[k] = v;
        }

        var address = new Uri($"http://127.0.0.1:{TestEnv.FreePort()}/");
        var process = VocabProcess.Start(store.Folder, env, "serve", "--db", store.Db, "--no-seed", "--urls", address.ToString().TrimEnd('/'));
        var server = new VocabServer(process, address);
        try
        {
            await server.WaitReadyAsync(readyWithin ?? TimeSpan.FromSeconds(90));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts <paramref name="count"/> servers on one store at once; if any fails, the others are stopped too.</summary>
    public static async Task<VocabServer[]> StartManyAsync(int count, FaultStore store, IReadOnlyDictionary<string, string>? settings = null)
    {
        var starting = Enumerable.Range(0, count).Select(_ => StartAsync(store, settings)).ToArray();
        try
        {
            return await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Polls <c>/ready</c> until 200; fails with the server's output if it exits or takes too long.</summary>
    public async Task WaitReadyAsync(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            Assert.False(Process.HasExited, "vocab serve exited before it was ready:\n" + Process.Output);
            try
            {
                using var probe = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                using var response = await Client.GetAsync("ready", probe.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, $"vocab serve was not ready within {within.TotalSeconds:0} s:\n{Process.Output}");
            await Task.Delay(100, TestEnv.Ct);
        }
    }

    /// <summary>The sequence number of the change log entry the server's snapshot has applied (from <c>/ready</c>).</summary>
    public async Task<long> SequenceAsync()
    {
        using var response = await Client.GetAsync("ready", TestEnv.Ct);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestEnv.Ct));
        return json.RootElement.GetProperty("sequence").GetInt64();
    }

    /// <summary>A request with a bearer token.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    public Task KillAsync() => Process.KillAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Process.DisposeAsync();
    }
}
