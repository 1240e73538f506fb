using Microsoft.AspNetCore.Diagnostics;
using Vocab.Data;

namespace Vocab.Server.Api;

/// <summary>
/// The one place unexpected failures become RFC 9457 problem JSON: an unreachable store is a 503 with a clear
/// message, anything else a 500 without internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            StoreUnavailableException e => (StatusCodes.Status503ServiceUnavailable, "store unavailable", e.Message),
            BadHttpRequestException e => (e.StatusCode, "bad request", e.Message),
            _ => (StatusCodes.Status500InternalServerError, "internal error", "an unexpected error occurred; it has been logged"),
        };
        // The framework does not log an exception a handler took care of; the 500 tells the client it was logged, so log it.
        if (status == StatusCodes.Status500InternalServerError)
        {
            Unexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path.Value ?? "", httpContext.TraceIdentifier);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "{Method} {Path} failed (request {RequestId})")]
    private static partial void Unexpected(ILogger logger, Exception exception, string method, string path, string requestId);
}
