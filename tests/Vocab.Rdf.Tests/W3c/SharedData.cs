using System.Runtime.CompilerServices;

namespace Vocab.Rdf.Tests.W3c;

/// <summary>
/// Locates the repository and the shared data folder (<c>../shared/data</c> from the repository root).
/// Tests build into an arbitrary artifacts path, so the search starts from this source file's location;
/// <c>VOCAB_SHARED_DATA</c> overrides it.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> RepoRootPath = new(FindRepoRoot);

    /// <summary>The repository root (the folder holding Vocab.sln), or null when it cannot be found.</summary>
    public static string? RepoRoot => RepoRootPath.Value;

    /// <summary>The shared data folder, or null when it is missing on this machine.</summary>
    public static string? Directory
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("VOCAB_SHARED_DATA");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return System.IO.Directory.Exists(fromEnvironment) ? fromEnvironment : null;
            }

            var path = RepoRoot is null ? null : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return path is not null && System.IO.Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A path under the shared data folder; skips the calling test when that folder or file is missing.</summary>
    public static string PathOf(params string[] parts)
    {
        var root = Directory;
        if (root is null)
        {
            Assert.Skip("shared data folder (../shared/data) not found; set VOCAB_SHARED_DATA");
        }

        var path = Path.Combine([root, .. parts]);
        if (!File.Exists(path) && !System.IO.Directory.Exists(path))
        {
            Assert.Skip($"shared data file {path} not found");
        }

        return path;
    }

    /// <summary>A path under the repository's tests/data folder.</summary>
    public static string TestDataPath(params string[] parts) =>
        Path.Combine([RepoRoot ?? throw new InvalidOperationException("repository root (Vocab.sln) not found"), "tests", "data", .. parts]);

    private static string? FindRepoRoot()
    {
        foreach (var start in new[] { ThisFile(), AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = Path.GetDirectoryName(start); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "Vocab.sln")))
                {
                    return dir;
                }
            }
        }

        return null;
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
