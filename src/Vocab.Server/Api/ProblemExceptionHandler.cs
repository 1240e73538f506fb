using Microsoft.AspNetCore.Diagnostics;
using Vocab.Data;

namespace Vocab.Server.Api;

/// <summary>
/// The one place unexpected failures become RFC 9457 problem JSON: an unreachable store is a 503 with a clear
/// message, anything else a 500 without internals.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            StoreUnavailableException e => (StatusCodes.Status503ServiceUnavailable, "store unavailable", e.Message),
            BadHttpRequestException e => (e.StatusCode, "bad request", e.Message),
            _ => (StatusCodes.Status500InternalServerError, "internal error", "an unexpected error occurred; it has been logged"),
        };
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
