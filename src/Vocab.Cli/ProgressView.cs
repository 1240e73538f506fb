using Spectre.Console;
using Vocab.Data;

namespace Vocab.Cli;

/// <summary>
/// Shows import progress: a bar per file on an interactive terminal, nothing but the final line otherwise
/// (pipelines and CI logs get no escape codes). Progress goes to stderr so stdout stays clean for data.
/// </summary>
internal static class ProgressView
{
    private static readonly IAnsiConsole Err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static bool Interactive => !Console.IsErrorRedirected && Err.Profile.Capabilities.Interactive;

    public static async Task<T> RunAsync<T>(string title, Func<IProgress<ImportProgress>?, Task<T>> work, Func<T, string?> summary)
    {
        T result;
        if (!Interactive)
        {
            result = await work(null);
        }
        else
        {
            result = await Err.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var tasks = new Dictionary<int, ProgressTask>();
                    var progress = new SynchronousProgress(p =>
                    {
                        if (!tasks.TryGetValue(p.FileIndex, out var task))
                        {
                            task = ctx.AddTask(Markup.Escape($"{title}: {Path.GetFileName(p.Path)}"), maxValue: Math.Max(1, p.TotalBytes));
                            tasks[p.FileIndex] = task;
                        }

                        task.Value = p.BytesRead;
                    });
                    var r = await work(progress);
                    foreach (var t in tasks.Values)
                    {
                        t.Value = t.MaxValue;
                    }

                    return r;
                });
        }

        var line = summary(result);
        if (line is not null)
        {
            Console.Error.WriteLine(line);
        }

        return result;
    }

    /// <summary>Reports on the calling thread: <see cref="Progress{T}"/> would post to the thread pool and reorder updates.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
