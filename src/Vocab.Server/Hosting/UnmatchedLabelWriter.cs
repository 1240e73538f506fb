using Vocab.Data;

namespace Vocab.Server.Hosting;

/// <summary>
/// Runs the <see cref="UnmatchedLabelRecorder"/> writer loop for the server's lifetime and, on a clean stop, writes
/// what is still queued, so nothing already recorded is lost. Hosted services stop after the server stops taking
/// requests, so the final flush sees every label recorded by a request.
/// </summary>
internal sealed partial class UnmatchedLabelWriter(UnmatchedLabelRecorder recorder, ILogger<UnmatchedLabelWriter> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => recorder.RunAsync(stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await recorder.FlushAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout ran out first (open connections kept Kestrel waiting): say what is lost, stop anyway.
            LogFinalFlushCut(recorder.Pending);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFinalFlushFailed(e, recorder.Pending);
        }

        if (recorder.Dropped > 0)
        {
            LogDropped(recorder.Dropped);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "writing the unmatched labels at shutdown failed ({Pending} still queued)")]
    private partial void LogFinalFlushFailed(Exception exception, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "the shutdown timeout ran out before the unmatched labels were written ({Pending} still queued)")]
    private partial void LogFinalFlushCut(int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Dropped} unmatched labels were dropped because the queue was full")]
    private partial void LogDropped(long dropped);
}

/// <summary>Registers the unmatched-label recorder and its writer.</summary>
internal static class UnmatchedLabelServiceCollectionExtensions
{
    /// <summary>Adds <see cref="UnmatchedLabelRecorder"/> as a singleton and <see cref="UnmatchedLabelWriter"/> as a hosted service.</summary>
    public static IServiceCollection AddUnmatchedLabelRecording(this IServiceCollection services)
    {
        services.AddSingleton<UnmatchedLabelRecorder>();
        services.AddHostedService<UnmatchedLabelWriter>();
        return services;
    }
}
