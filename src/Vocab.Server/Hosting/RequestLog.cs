namespace Vocab.Server.Hosting;

/// <summary>
/// One structured line per finished request (method, route, path, status, milliseconds), logged inside the request's
/// scope so it carries the request id. Probes (health, readiness, metrics) log at Debug to keep them out of the way.
/// </summary>
internal static partial class RequestLog
{
    public static void Finished(ILogger logger, HttpContext context, string route, double milliseconds)
    {
        var path = context.Request.Path.Value ?? "";
        if (path is "/health" or "/ready" or "/metrics")
        {
            Probe(logger, context.Request.Method, path, context.Response.StatusCode, milliseconds);
        }
        else
        {
            Request(logger, context.Request.Method, route, path, context.Response.StatusCode, milliseconds, context.TraceIdentifier);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} answered {Status} in {ElapsedMs:0.0} ms (route {Route}, request {RequestId})")]
    private static partial void Request(ILogger logger, string method, string route, string path, int status, double elapsedMs, string requestId);

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
