namespace Vocab.Data.Tests;

/// <summary>Paths in the checkout, found from the test's own source location.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>A fixture under tests/data.</summary>
    public static string TestData(params string[] parts) => Path.Combine([RepoRoot, "tests", "data", .. parts]);

    // The source file's own path (fixed at compile time) finds the checkout even when the build output lives elsewhere.
    private static string FindRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vocab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Vocab.sln not found above " + source);
    }
}
