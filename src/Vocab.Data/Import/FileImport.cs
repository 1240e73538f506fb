using Vocab.Core;
using Vocab.Rdf;
using Vocab.Rdf.Skos;

namespace Vocab.Data;

/// <summary>
/// Reads one file of an import through its parser, straight into the change writer and the file's ImportMapper.
/// <para>
/// Statements in the default graph go to a target graph: the import's graph option if given; else the IRI of the
/// file's only <c>skos:ConceptScheme</c> or <c>owl:Ontology</c>; else <c>urn:vocab:graph:&lt;file name&gt;</c>.
/// Files declare their scheme or ontology near the top, so default-graph statements are held back until a
/// declaration is seen (at most <see cref="PendingLimit"/> of them) and then streamed. When the guess turns out wrong
/// (a second declaration, or the only declaration appears after the fallback was chosen), <see cref="Read"/> returns
/// the right graph and the caller rolls back to a savepoint and reads the file once more with that graph fixed, so
/// duplicate detection is always against the statements' real graph.
/// </para>
/// </summary>
internal sealed class FileImport(string path, RdfFormat format, ImportOptions options, int index, int count, BlankNodeLabels labels)
{
    private const int PendingLimit = 50_000;
    private const long ProgressStepBytes = 1 << 20;

    public string Path { get; } = path;

    public RdfFormat Format { get; } = format;

    /// <summary>The graph default-graph statements went to.</summary>
    public Term Target { get; private set; } = Fallback(path);

    public long StatementsRead { get; private set; }

    public ImportMapper Mapper { get; private set; } = new(options.Profile);

    /// <summary>The graph used when a file declares no single scheme or ontology.</summary>
    public static Iri Fallback(string path) => new("urn:vocab:graph:" + Uri.EscapeDataString(System.IO.Path.GetFileName(path)));

    /// <summary>Reads the file once. Returns null when done, or the graph to read it again with after a rollback.</summary>
    public Term? Read(ChangeWriter writer, Term? fixedTarget, CancellationToken cancellationToken)
    {
        Mapper = new ImportMapper(options.Profile);
        StatementsRead = 0;
        labels.StartFile();

        var fallback = Fallback(Path);
        var target = fixedTarget;
        Iri? declared = null;
        var several = false;
        var pending = new List<Quad>();

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, Utf8Check.Strict, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var parserOptions = new RdfParserOptions { BaseIri = options.BaseIri ?? new Uri(System.IO.Path.GetFullPath(Path)).AbsoluteUri, SourceName = Path };
        var nextReport = 0L;
        Report(0, stream.Length);

        foreach (var parsed in RdfFormats.CreateParser(Format).Parse(reader, parserOptions))
        {
            var quad = labels.Relabel(parsed);
            if (quad.Obj is Literal literal && literal.Value.Contains('\0', StringComparison.Ordinal))
            {
                // PostgreSQL text cannot hold NUL (SQLite's can): refused on both stores alike, before anything is written.
                throw new ImportException(Path, $"statement {StatementsRead + 1:N0}: a literal contains U+0000 (NUL), which the store cannot hold");
            }

            if ((++StatementsRead & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (stream.Position >= nextReport)
                {
                    Report(stream.Position, stream.Length);
                    nextReport = stream.Position + ProgressStepBytes;
                }
            }

            Mapper.Observe(quad);
            if (quad.Graph is not null)
            {
                writer.Add(quad);
                continue;
            }

            if (fixedTarget is null && Declares(quad) is { } scheme)
            {
                several |= declared is not null && !declared.Equals(scheme);
                declared ??= scheme;
            }

            if (target is null)
            {
                if (declared is null && pending.Count < PendingLimit)
                {
                    pending.Add(quad);
                    continue;
                }

                target = declared ?? fallback;
                WritePending(writer, pending, target);
            }
            else if (several && fixedTarget is null && !target.Equals(fallback))
            {
                return fallback;
            }

            writer.Add(quad.InGraph(target));
        }

        target ??= declared ?? fallback;
        WritePending(writer, pending, target);
        Report(stream.Length, stream.Length);
        if (fixedTarget is null && !several && declared is not null && !target.Equals(declared))
        {
            return declared;
        }

        Target = target;
        return null;
    }

    private static Iri? Declares(in Quad quad) =>
        quad.Subject is Iri subject
        && quad.Predicate.Value == Iris.Rdf.Type
        && quad.Obj is Iri { Value: Iris.Skos.ConceptScheme or Iris.Owl.Ontology }
            ? subject
            : null;

    private static void WritePending(ChangeWriter writer, List<Quad> pending, Term target)
    {
        foreach (var quad in pending)
        {
            writer.Add(quad.InGraph(target));
        }

        pending.Clear();
    }

    private void Report(long bytesRead, long totalBytes) =>
        options.Progress?.Report(new ImportProgress(Path, index, count, bytesRead, totalBytes));
}
