using System.Net;

namespace Vocab.Server.Tests;

/// <summary>Request ids, Prometheus metrics and rate limits.</summary>
public sealed class OperationsTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Response_carriesARequestId_andEchoesASaneOne()
    {
        var client = factory.CreateClient();

        var own = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { { "X-Request-Id", "pipeline-42.a" } } }, Ct);
        var evil = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { { "X-Request-Id", "a b\"<script>" } } }, Ct);

        Assert.Equal("pipeline-42.a", own.Headers.GetValues("X-Request-Id").Single());
        Assert.DoesNotContain("<", evil.Headers.GetValues("X-Request-Id").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_afterNormalizing_showRequestsLatencyAndMatchRate()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/api/v1/normalize?label=HAADF", Ct)).EnsureSuccessStatusCode();

        var response = await client.GetAsync("/metrics", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"vocab_http_requests_total\{route=""/api/v1/normalize/?"",method=""GET"",status=""2xx""\} [1-9]", text);
        Assert.Matches(@"vocab_http_request_duration_seconds_bucket\{route=""/api/v1/normalize/?"",method=""GET"",status=""2xx"",le=""\+Inf""\} [1-9]", text);
        Assert.Matches(@"vocab_normalize_labels_total\{status=""matched""\} [1-9]", text);
        Assert.Contains("vocab_changelog_lag 0", text, StringComparison.Ordinal);
        Assert.Matches(@"vocab_changelog_sequence [1-9]", text);
    }

    [Fact]
    public async Task RateLimit_overThePerIpBudget_429ProblemWithRetryAfter_pagesUnaffected()
    {
        using var limited = new ConfiguredServer(new Dictionary<string, string> { ["Vocab:RateLimit:PerIpPerSecond"] = "3" }, "vocab-limits");
        var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/normalize?label=HAADF", Ct)).StatusCode);
        }

        var rejected = await client.GetAsync("/api/v1/normalize?label=HAADF", Ct);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        if (rejected.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType!.MediaType);
            Assert.Equal("1", rejected.Headers.GetValues("Retry-After").Single());
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Ct)).StatusCode);
    }
}
