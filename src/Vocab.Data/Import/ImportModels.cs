using Vocab.Core;
using Vocab.Rdf;
using Vocab.Rdf.Skos;

namespace Vocab.Data;

/// <summary>A file to import; <paramref name="Format"/> overrides the format its extension implies.</summary>
public sealed record ImportSource(string Path, RdfFormat? Format = null);

/// <summary>
/// Who imports and why, and how. <see cref="Graph"/> names the graph for statements in the default graph of every
/// file; without it each file's single declared scheme or ontology names it (see <see cref="ImportService"/>).
/// </summary>
public sealed record ImportOptions(string Actor, string Reason)
{
    /// <summary>Target graph IRI for default-graph statements; null to derive it per file.</summary>
    public string? Graph { get; init; }

    /// <summary>How statements are read as a thesaurus (SKOS as is, or OWL/OBO mapped onto SKOS).</summary>
    public ImportProfile Profile { get; init; } = ImportProfile.Auto;

    /// <summary>Base IRI for relative IRIs; null uses each file's <c>file://</c> URI.</summary>
    public string? BaseIri { get; init; }

    /// <summary>Receives bytes read of each file as the import proceeds.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }
}

/// <summary>How far the import has read: file <paramref name="FileIndex"/> (0-based) of <paramref name="FileCount"/>.</summary>
public sealed record ImportProgress(string Path, int FileIndex, int FileCount, long BytesRead, long TotalBytes);

/// <summary>What one file brought.</summary>
/// <param name="Path">The file.</param>
/// <param name="Format">The syntax it was read as.</param>
/// <param name="Graph">The graph its default-graph statements went to (N-Triples form).</param>
/// <param name="StatementsRead">Statements the parser produced.</param>
/// <param name="StatementsAdded">Statements written (read plus derived, less duplicates).</param>
/// <param name="DuplicatesSkipped">Statements already current in the store (or earlier in the import).</param>
/// <param name="DerivedStatements">Statements the mapper derived (SKOS from SKOS-XL, OWL, OBO).</param>
/// <param name="Summary">The mapper's summary: profile, concepts, labels per language.</param>
/// <param name="Passes">How often the file was read: 2 when its target graph was only known at the end.</param>
public sealed record ImportFileReport(
    string Path,
    RdfFormat Format,
    string Graph,
    long StatementsRead,
    long StatementsAdded,
    long DuplicatesSkipped,
    long DerivedStatements,
    ImportSummary Summary,
    int Passes);

/// <summary>The outcome of an import: one change for all files.</summary>
public sealed record ImportReport(ChangeEntry Change, IReadOnlyList<ImportFileReport> Files, TimeSpan Elapsed)
{
    /// <summary>Statements parsed from all files.</summary>
    public long StatementsRead => Files.Sum(f => f.StatementsRead);

    /// <summary>Statements the change added.</summary>
    public long StatementsAdded => Change.AddedCount;

    /// <summary>Statements skipped because they were current already.</summary>
    public long DuplicatesSkipped => Files.Sum(f => f.DuplicatesSkipped);

    /// <summary>Statements derived by the mapper.</summary>
    public long DerivedStatements => Files.Sum(f => f.DerivedStatements);

    /// <summary>Concepts per the mapper summaries (a concept described in two files counts twice).</summary>
    public long Concepts => Files.Sum(f => (long)f.Summary.Concepts);

    /// <summary>SKOS labels per language ("" untagged) and kind, summed over files.</summary>
    public IReadOnlyDictionary<string, LabelCounts> LabelsByLanguage
    {
        get
        {
            var totals = new SortedDictionary<string, LabelCounts>(StringComparer.Ordinal);
            foreach (var (language, counts) in Files.SelectMany(f => f.Summary.LabelsByLanguage))
            {
                totals[language] = totals.TryGetValue(language, out var sum)
                    ? new LabelCounts(sum.Pref + counts.Pref, sum.Alt + counts.Alt, sum.Hidden + counts.Hidden)
                    : counts;
            }

            return totals;
        }
    }
}

/// <summary>An import that cannot proceed: a missing file, an unknown extension, or text that is not valid UTF-8.</summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/> with a user-facing message.</summary>
    public ImportException(string path, string message, Exception? innerException = null)
        : base($"{path}: {message}", innerException)
    {
        FilePath = path;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ImportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ImportException()
        : base("the import failed")
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ImportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file the problem is in, when there is one.</summary>
    public string? FilePath { get; }
}
