using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>
/// Loads the thesaurus that ships (the Turtle files of <c>ontology/</c>) into an empty store, as one change,
/// so a fresh installation starts with the materials and instrument vocabulary rather than nothing.
/// </summary>
public sealed class ThesaurusSeeder(VocabStore store, ImportService import)
{
    /// <summary>The actor recorded in the change log for the seed import.</summary>
    public const string Actor = "vocab";

    /// <summary>
    /// Where the shipped thesaurus is: <c>$VOCAB_ONTOLOGY</c>, else <c>ontology/</c> beside the program
    /// (the build copies it there), else the nearest <c>ontology/</c> above the working directory.
    /// </summary>
    public static string? FindOntologyDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("VOCAB_ONTOLOGY");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "ontology");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "ontology");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Vocab.sln")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>True unless <c>VOCAB_SEED</c> is <c>false</c>, <c>0</c> or <c>no</c>.</summary>
    public static bool EnabledByEnvironment()
    {
        var value = Environment.GetEnvironmentVariable("VOCAB_SEED")?.Trim().ToLowerInvariant();
        return value is not ("false" or "0" or "no" or "off");
    }

    /// <summary>The files a seed import reads, in a stable order.</summary>
    public static IReadOnlyList<string> SeedFiles(string directory) =>
        Directory.EnumerateFiles(directory)
            .Where(f => RdfFormats.FromPath(f) is not null)
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// Imports the shipped thesaurus when the store has no change yet; returns the report, or null when the
    /// store was not empty or there is nothing to load.
    /// </summary>
    public async Task<ImportReport?> SeedIfEmptyAsync(string? directory, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        await store.GetLastSequenceAsync(cancellationToken) > 0 ? null : await SeedAsync(directory, progress, cancellationToken);

    /// <summary>
    /// Imports the shipped thesaurus as one change (statements already present are skipped); null when there is
    /// nothing to load. Callers that import into a store they found empty seed after their own import succeeds.
    /// </summary>
    public async Task<ImportReport?> SeedAsync(string? directory, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var files = directory is null ? [] : SeedFiles(directory);
        if (files.Count == 0)
        {
            return null;
        }

        var options = new ImportOptions(Actor, "seed: the thesaurus that ships in ontology/") { Progress = progress };
        return await import.ImportAsync(files.Select(f => new ImportSource(f)).ToArray(), options, cancellationToken);
    }
}
