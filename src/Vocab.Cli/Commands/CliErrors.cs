using Vocab.Data;
using Vocab.Rdf;

namespace Vocab.Cli.Commands;

/// <summary>
/// Turns the failures a user can cause (bad files, bad options, an unreachable database) into one clear
/// line on stderr and a non-zero exit code; anything else is a bug and keeps its stack trace.
/// </summary>
internal static class CliErrors
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int BadInput = 2;
    public const int StoreUnavailable = 3;
    public const int CheckFailed = 4;
    public const int Cancelled = 130;

    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> action, CancellationToken ct)
    {
        try
        {
            return await action(ct);
        }
        catch (RdfSyntaxException e)
        {
            return Fail(e.Message, BadInput);
        }
        catch (StoreUnavailableException e)
        {
            return Fail(e.Message, StoreUnavailable);
        }
        catch (ImportException e)
        {
            return Fail(e.Message, BadInput);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return Fail("cancelled; nothing was written", Cancelled);
        }
    }

    public static int Fail(string message, int code)
    {
        Console.Error.WriteLine("error: " + message);
        return code;
    }
}
