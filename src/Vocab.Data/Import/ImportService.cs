using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Vocab.Rdf;

namespace Vocab.Data;

/// <summary>
/// Imports RDF files into the store as ONE change: every file is parsed once, streamed into the change writer and
/// the SKOS import mapper, and the mapper's derived statements are added at the end of each file. Any error (a syntax
/// error in the last file, invalid UTF-8, cancellation) rolls the whole import back.
/// <para>
/// Graphs: named graphs of N-Quads/TriG/JSON-LD keep their names; default-graph statements go to
/// <see cref="ImportOptions.Graph"/>, else the file's single scheme/ontology IRI, else <c>urn:vocab:graph:&lt;file name&gt;</c>
/// (see <see cref="FileImport"/>); derived statements go to the same graph. Blank nodes get store-unique labels
/// <c>_:c{seq}_{n}</c>, so importing a file twice adds its blank-node statements twice.
/// </para>
/// </summary>
public sealed class ImportService(VocabStore store)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Imports <paramref name="files"/> in order as one change and reports what they brought.</summary>
    /// <exception cref="ImportException">A file is missing, has an unknown extension, or is not valid UTF-8.</exception>
    /// <exception cref="RdfSyntaxException">A file has a syntax error (with file, line and column); nothing was written.</exception>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportSource> files, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        var resolved = Resolve(files);
        if (!string.IsNullOrWhiteSpace(options.Graph) && !Uri.TryCreate(options.Graph, UriKind.Absolute, out _))
        {
            throw new ImportException($"the target graph must be an absolute IRI: {options.Graph}");
        }

        var stopwatch = Stopwatch.StartNew();
        var source = string.Join(", ", resolved.Select(f => Path.GetFileName(f.Path)));
        await using var writer = await store.BeginChangeAsync(new ChangeInfo(options.Actor, options.Reason, "import", Source: source), cancellationToken)
            .ConfigureAwait(false);

        var labels = new BlankNodeLabels(writer.Sequence);
        Term? graph = string.IsNullOrWhiteSpace(options.Graph) ? null : new Iri(options.Graph);
        var reports = new List<ImportFileReport>(resolved.Count);
        for (var i = 0; i < resolved.Count; i++)
        {
            var file = new FileImport(resolved[i].Path, resolved[i].Format!.Value, options, i, resolved.Count, labels);
            reports.Add(await ImportFileAsync(writer, file, graph, labels, cancellationToken).ConfigureAwait(false));
        }

        writer.SummaryJson = SummaryJson(reports);
        var change = await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ImportReport(change, reports, stopwatch.Elapsed);
    }

    private static async Task<ImportFileReport> ImportFileAsync(ChangeWriter writer, FileImport file, Term? graph, BlankNodeLabels labels, CancellationToken cancellationToken)
    {
        writer.Flush();
        var addedBefore = writer.AddedCount;
        var firstLabel = labels.Next;
        var savepoint = graph is null ? await writer.SavepointAsync("import_file", cancellationToken).ConfigureAwait(false) : default;
        var passes = 1;
        for (var target = graph; ReadFile(writer, file, target, cancellationToken) is { } again; passes++)
        {
            await writer.RollbackToSavepointAsync("import_file", savepoint, cancellationToken).ConfigureAwait(false);
            labels.Next = firstLabel;
            target = again;
        }

        var derived = file.Mapper.Complete();
        foreach (var quad in derived)
        {
            writer.Add(quad.Graph is null ? quad.InGraph(file.Target) : quad);
        }

        if (graph is null)
        {
            await writer.ReleaseSavepointAsync("import_file", cancellationToken).ConfigureAwait(false);
        }

        writer.Flush();
        var added = writer.AddedCount - addedBefore;
        return new ImportFileReport(
            file.Path, file.Format, file.Target.ToNTriples(), file.StatementsRead, added,
            file.StatementsRead + derived.Count - added, derived.Count, file.Mapper.Summary, passes);
    }

    private static Term? ReadFile(ChangeWriter writer, FileImport file, Term? target, CancellationToken cancellationToken)
    {
        try
        {
            return file.Read(writer, target, cancellationToken);
        }
        catch (Exception e) when (Utf8Check.IsDecodingError(e))
        {
            var offset = Utf8Check.FindInvalidOffset(file.Path);
            throw new ImportException(file.Path, $"not valid UTF-8 at byte offset {offset.ToString(CultureInfo.InvariantCulture)}", e);
        }
    }

    /// <summary>
    /// Checks every file exists and has a known syntax, and fixes each one's format; callers run it before opening
    /// the store so a bad argument creates nothing.
    /// </summary>
    /// <exception cref="ImportException">No files, a missing file, or an unknown extension.</exception>
    public static List<ImportSource> Resolve(IReadOnlyList<ImportSource> files)
    {
        if (files.Count == 0)
        {
            throw new ImportException("no files to import");
        }

        // Everything is checked before the write lock is taken and before a byte is read.
        var resolved = new List<ImportSource>(files.Count);
        foreach (var file in files)
        {
            if (!File.Exists(file.Path))
            {
                throw new ImportException(file.Path, "file not found");
            }

            var format = file.Format ?? RdfFormats.FromPath(file.Path)
                ?? throw new ImportException(file.Path, $"unknown RDF file extension '{Path.GetExtension(file.Path)}' (expected one of {string.Join(" ", RdfFormats.Extensions)}, or give the format explicitly)");
            resolved.Add(file with { Format = format });
        }

        return resolved;
    }

    private static string SummaryJson(List<ImportFileReport> reports) => JsonSerializer.Serialize(
        new
        {
            Files = reports.Select(r => new
            {
                File = Path.GetFileName(r.Path),
                Format = r.Format.ToString(),
                r.Graph,
                r.StatementsRead,
                r.StatementsAdded,
                r.DuplicatesSkipped,
                r.DerivedStatements,
                Profile = r.Summary.Profile.ToString(),
                r.Summary.Concepts,
                Labels = r.Summary.LabelsByLanguage,
                r.Passes,
            }),
        },
        Json);
}
