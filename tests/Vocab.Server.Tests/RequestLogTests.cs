using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vocab.Server.Tests;

/// <summary>
/// Every request leaves one structured log record carrying its request id (the one the caller sent, or a new one): at
/// Debug when it went fine, at Information when it was refused.
/// </summary>
public sealed class RequestLogTests(VocabServerFactory factory) : IClassFixture<VocabServerFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_isLoggedOnce_withItsRequestIdStatusAndRoute()
    {
        var capture = new CapturingProvider();
        using var logged = factory.WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Vocab.Requests", "Debug")
            .ConfigureServices(s => s.AddSingleton<ILoggerProvider>(capture)));
        var client = logged.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/normalize?label=HAADF");
        request.Headers.Add("X-Request-Id", "pipeline-run-42.7");
        var response = await client.SendAsync(request, Ct);
        Assert.Equal("pipeline-run-42.7", response.Headers.GetValues("X-Request-Id").Single());

        var missing = await client.GetAsync("/api/v1/normalize", Ct);
        var generated = missing.Headers.GetValues("X-Request-Id").Single();

        var records = capture.Records.Where(r => r.Category == "Vocab.Requests").ToList();
        var first = Assert.Single(records, r => Equals(r.Scope.GetValueOrDefault("RequestId"), "pipeline-run-42.7"));
        Assert.Equal(200, first.State["Status"]);
        Assert.Equal("/api/v1/normalize", first.State["Path"]);
        Assert.Equal(LogLevel.Debug, first.Level);
        var second = Assert.Single(records, r => Equals(r.Scope.GetValueOrDefault("RequestId"), generated));
        Assert.Equal(400, second.State["Status"]);
        Assert.Equal(LogLevel.Information, second.Level);
        Assert.Equal(generated, second.State["RequestId"]);
    }

    [Fact]
    public async Task UnexpectedFailure_is500ProblemJson_countedAsServerError_andLoggedWithItsRequestId()
    {
        var capture = new CapturingProvider();
        using var failing = factory.WithWebHostBuilder(b => b
            .ConfigureServices(s => s.AddSingleton<ILoggerProvider>(capture).AddSingleton<IStartupFilter>(new FailingRoute())));
        var client = failing.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/test-failure");
        request.Headers.Add("X-Request-Id", "boom-1");
        var response = await client.SendAsync(request, Ct);

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("simulated", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var metrics = await client.GetStringAsync("/metrics", Ct);
        Assert.Contains("status=\"5xx\"", metrics, StringComparison.Ordinal);
        Assert.Contains(capture.Records, r => r.Category.EndsWith("ProblemExceptionHandler", StringComparison.Ordinal) && r.Level == LogLevel.Error
            && Equals(r.State.GetValueOrDefault("RequestId"), "boom-1"));
        Assert.Contains(capture.Records, r => r.Category == "Vocab.Requests" && r.Level == LogLevel.Warning && Equals(r.State["Status"], 500));
    }

    /// <summary>A route that fails the way a bug would (added after the app's own pipeline, reached by an unmapped path).</summary>
    private sealed class FailingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == "/api/v1/test-failure"
                ? throw new InvalidOperationException("simulated bug")
                : Task.CompletedTask);
        };
    }

    private sealed record Record(string Category, LogLevel Level, IReadOnlyDictionary<string, object?> State, IReadOnlyDictionary<string, object?> Scope);

    private sealed class CapturingProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<Record> Records { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value) : [];
                var scope = new Dictionary<string, object?>();
                owner._scopes.ForEachScope(
                    (s, into) =>
                    {
                        if (s is IEnumerable<KeyValuePair<string, object>> values)
                        {
                            foreach (var (key, value) in values)
                            {
                                into[key] = value;
                            }
                        }
                    },
                    scope);
                owner.Records.Enqueue(new Record(category, logLevel, fields, scope));
            }
        }
    }
}
