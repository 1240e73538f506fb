namespace Vocab.Server.Hosting;

/// <summary>
/// One structured line per finished request (method, route, path, status, milliseconds, request id), logged inside the
/// request's scope. Its level follows what an operator needs to see: server errors at Warning, refusals (4xx) and slow
/// requests (a second or more) at Information, everything else at Debug: a pipeline's hundred thousand fine calls would
/// otherwise cost more in log writing than in matching (the load bench measured 15k → 27k req/s with the line off).
/// <c>Logging__LogLevel__Vocab.Requests=Debug</c> logs every request.
/// </summary>
internal static partial class RequestLog
{
    public static void Finished(ILogger logger, HttpContext context, string route, double milliseconds)
    {
        var path = context.Request.Path.Value ?? "";
        var status = context.Response.StatusCode;
        if (path is "/health" or "/ready" or "/metrics")
        {
            Probe(logger, context.Request.Method, path, status, milliseconds);
            return;
        }

        var level = status >= 500 ? LogLevel.Warning : status >= 400 || milliseconds >= SlowMilliseconds ? LogLevel.Information : LogLevel.Debug;
        if (logger.IsEnabled(level))
        {
            Request(logger, level, context.Request.Method, route, path, status, milliseconds, context.TraceIdentifier);
        }
    }

    /// <summary>A request taking this long is logged whatever its status.</summary>
    public const double SlowMilliseconds = 1000;

    [LoggerMessage(EventId = 1, Message = "{Method} {Path} answered {Status} in {ElapsedMs:0.0} ms (route {Route}, request {RequestId})")]
    private static partial void Request(ILogger logger, LogLevel level, string method, string route, string path, int status, double elapsedMs, string requestId);

    /// <summary>The request's log scope: its id under the key <c>RequestId</c>, printed as <c>RequestId:…</c>.</summary>
    public static IReadOnlyList<KeyValuePair<string, object>> Scope(string requestId) => new RequestScope(requestId);

    private sealed class RequestScope(string id) : IReadOnlyList<KeyValuePair<string, object>>
    {
        public int Count => 1;

        public KeyValuePair<string, object> this[int index] => index == 0 ? new("RequestId", id) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
        {
            yield return this[0];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => "RequestId:" + id;
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Method} {Path} answered {Status} in {ElapsedMs:0.0} ms")]
    private static partial void Probe(ILogger logger, string method, string path, int status, double elapsedMs);
}
