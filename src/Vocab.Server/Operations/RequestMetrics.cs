using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Vocab.Server.Operations;

/// <summary>
/// Request counters and latency histograms per route and status class, kept in memory and written in the Prometheus
/// text exposition format by <c>/metrics</c>. Lock-free on the request path (one dictionary lookup, interlocked adds).
/// </summary>
public sealed class RequestMetrics
{
    /// <summary>Histogram bucket upper bounds, in seconds.</summary>
    public static readonly double[] Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<(string Route, string Method, string Status), Series> _series = new();

    /// <summary>Counts one finished request.</summary>
    public void Observe(string route, string method, int status, TimeSpan elapsed)
    {
        var series = _series.GetOrAdd((route, method, (status / 100).ToString(CultureInfo.InvariantCulture) + "xx"), _ => new Series());
        series.Observe(elapsed.TotalSeconds);
    }

    /// <summary>Writes the request metrics.</summary>
    public void Write(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Append("# HELP vocab_http_requests_total HTTP requests by route, method and status class.\n# TYPE vocab_http_requests_total counter\n");
        foreach (var ((route, method, status), series) in _series.OrderBy(s => s.Key.Route, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"vocab_http_requests_total{{route=\"{Escape(route)}\",method=\"{method}\",status=\"{status}\"}} {series.Count}\n");
        }

        text.Append("# HELP vocab_http_request_duration_seconds HTTP request latency.\n# TYPE vocab_http_request_duration_seconds histogram\n");
        foreach (var ((route, method, status), series) in _series.OrderBy(s => s.Key.Route, StringComparer.Ordinal))
        {
            var labels = $"route=\"{Escape(route)}\",method=\"{method}\",status=\"{status}\"";
            long cumulative = 0;
            for (var i = 0; i < Buckets.Length; i++)
            {
                cumulative += Interlocked.Read(ref series.BucketCounts[i]);
                text.Append(CultureInfo.InvariantCulture, $"vocab_http_request_duration_seconds_bucket{{{labels},le=\"{Buckets[i]}\"}} {cumulative}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"vocab_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {series.Count}\n");
            text.Append(CultureInfo.InvariantCulture, $"vocab_http_request_duration_seconds_sum{{{labels}}} {series.Sum:0.######}\n");
            text.Append(CultureInfo.InvariantCulture, $"vocab_http_request_duration_seconds_count{{{labels}}} {series.Count}\n");
        }
    }

    internal static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private sealed class Series
    {
        public readonly long[] BucketCounts = new long[Buckets.Length];
        private long _count;
        private long _sumTicks;

        public long Count => Interlocked.Read(ref _count);

        public double Sum => Interlocked.Read(ref _sumTicks) / (double)Stopwatch.Frequency;

        public void Observe(double seconds)
        {
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _sumTicks, (long)(seconds * Stopwatch.Frequency));
            var bucket = Array.FindIndex(Buckets, b => seconds <= b);
            if (bucket >= 0)
            {
                Interlocked.Increment(ref BucketCounts[bucket]);
            }
        }
    }
}
