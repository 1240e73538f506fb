namespace Vocab.Cli.Tests;

/// <summary>Paths of the shared data sets and the repository, found from the test's own location.</summary>
internal static class SharedData
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([System.IO.Path.GetDirectoryName(RepoRoot)!, "shared", "data", .. parts]);

    public static string TestData(params string[] parts) => System.IO.Path.Combine([RepoRoot, "tests", "data", .. parts]);

    // The source file's own path (fixed at compile time) finds the checkout even when the build output lives elsewhere.
    private static string FindRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(System.IO.Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Vocab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Vocab.sln not found above " + source);
    }
}
