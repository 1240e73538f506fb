using System.Runtime.CompilerServices;

namespace Vocab.Bench;

/// <summary>The checkout this benchmark was built from (found from the source path, wherever the build output is).</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find([CallerFilePath] string source = "")
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
