using System.Net;

namespace Vocab.Server.Tests;

/// <summary>
/// Behind a reverse proxy on the same host, the per-IP rate limit counts the client named in X-Forwarded-For, not the
/// proxy; a caller that is not a trusted proxy cannot pick its bucket with the header. Real Kestrel on 127.0.0.1, so the
/// connection's address is a real one.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vocab-fwd-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RateLimit_behindLoopbackProxy_isPerForwardedClient()
    {
        using var server = Start(new Dictionary<string, string> { ["Vocab:RateLimit:PerIpPerSecond"] = "3" });
        using var client = server.CreateClient();

        // Thirty calls at once "from" one client through the proxy (after one that warms the server up): the limiter
        // refuses some of them, however slow the machine (they cannot all fall in different one-second windows) ...
        await BurstAsync(client, "198.51.100.6", 1);
        var first = await ConcurrentBurstAsync(client, "198.51.100.7", 30);
        Assert.Contains(HttpStatusCode.TooManyRequests, first);

        // ... while another client behind the same proxy still gets in, in the same second.
        var other = await BurstAsync(client, "198.51.100.8", 1);
        Assert.Equal(HttpStatusCode.OK, Assert.Single(other));
    }

    [Fact]
    public async Task ForwardedFor_fromAnUntrustedPeer_isIgnored()
    {
        // Loopback is trusted by default; trusting nothing else and listing no proxy still trusts loopback, so this test
        // asks the server to trust only a different network and checks the header no longer moves the bucket.
        using var server = Start(new Dictionary<string, string>
        {
            ["Vocab:RateLimit:PerIpPerSecond"] = "3",
            ["Vocab:Proxy:KnownNetworks"] = "10.0.0.0/8",
            ["Vocab:Proxy:TrustLoopback"] = "false",
        });
        using var client = server.CreateClient();
        await BurstAsync(client, "203.0.113.200", 1);
        var statuses = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i => (await BurstAsync(client, "203.0.113." + i, 1))[0]));

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task RateLimit_zero_meansNoLimit()
    {
        using var server = Start(new Dictionary<string, string> { ["Vocab:RateLimit:PerIpPerSecond"] = "0" });
        using var client = server.CreateClient();
        var statuses = await BurstAsync(client, "198.51.100.9", 20);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public void KnownProxies_withATypo_stopsTheStartWithAClearMessage()
    {
        using var server = new ConfiguredServer(Path.Combine(_folder, "typo.db"), new Dictionary<string, string> { ["Vocab:Proxy:KnownProxies"] = "10.0.0.300" });
        var error = Assert.ThrowsAny<Exception>(() => server.Server);
        Assert.Contains("Vocab:Proxy:KnownProxies", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private ConfiguredServer Start(Dictionary<string, string> settings)
    {
        var server = new ConfiguredServer(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"), settings);
        server.UseKestrel(0);
        server.StartServer();
        return server;
    }

    private static async Task<HttpStatusCode[]> ConcurrentBurstAsync(HttpClient client, string forwardedFor, int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ => (await BurstAsync(client, forwardedFor, 1))[0]));

    private static async Task<List<HttpStatusCode>> BurstAsync(HttpClient client, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/normalize?label=HAADF");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            statuses.Add((await client.SendAsync(request, Ct)).StatusCode);
        }

        return statuses;
    }
}
