namespace Vocab.Rdf;

/// <summary>A syntax error in an RDF document, with the 1-based line and column where it was found.</summary>
public sealed class RdfSyntaxException : FormatException
{
    /// <summary>Creates the error; <paramref name="source"/> names the document (a file name) when known.</summary>
    public RdfSyntaxException(string message, int line, int column, string? source = null)
        : base($"{source ?? "input"}:{line}:{column}: {message}")
    {
        Reason = message;
        Line = line;
        Column = column;
        Source = source;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column (in UTF-16 code units) of the error.</summary>
    public int Column { get; }

    /// <summary>The document's name, when the caller gave one.</summary>
    public new string? Source { get; }
}

/// <summary>Options shared by every parser.</summary>
public sealed record RdfParserOptions
{
    /// <summary>Base IRI for resolving relative IRIs; a relative IRI with no base is a syntax error.</summary>
    public string? BaseIri { get; init; }

    /// <summary>Name of the document for error messages (usually the file path).</summary>
    public string? SourceName { get; init; }

    /// <summary>Called with each prefix declaration (prefix, namespace IRI) so writers can reuse them.</summary>
    public Action<string, string>? OnPrefix { get; init; }
}

/// <summary>A streaming RDF parser: statements are produced as the text is read, never by loading the whole document.</summary>
public interface IRdfParser
{
    /// <summary>Parses lazily; enumerating throws <see cref="RdfSyntaxException"/> at the first error.</summary>
    IEnumerable<Quad> Parse(TextReader reader, RdfParserOptions? options = null);
}

/// <summary>Options shared by every writer.</summary>
public sealed record RdfWriterOptions
{
    /// <summary>Prefixes (prefix → namespace IRI) the writer may use; syntaxes without prefixes ignore them.</summary>
    public IReadOnlyDictionary<string, string> Prefixes { get; init; } = new Dictionary<string, string>();

    /// <summary>Base IRI written as <c>@base</c> where the syntax has one; null writes absolute IRIs only.</summary>
    public string? BaseIri { get; init; }
}

/// <summary>
/// A writer for one RDF syntax. Call <see cref="Write"/> for every statement, then <see cref="End"/>;
/// writers that group statements (Turtle, TriG, RDF/XML, JSON-LD) buffer until <see cref="End"/>.
/// </summary>
public abstract class RdfWriter : IDisposable
{
    /// <summary>Creates a writer over <paramref name="output"/>; the caller owns the TextWriter.</summary>
    protected RdfWriter(TextWriter output, RdfWriterOptions? options)
    {
        Output = output;
        Options = options ?? new RdfWriterOptions();
    }

    /// <summary>Where the document goes.</summary>
    protected TextWriter Output { get; }

    /// <summary>The options given at construction.</summary>
    protected RdfWriterOptions Options { get; }

    /// <summary>Adds one statement. Triple syntaxes write statements of every graph into the one graph they have.</summary>
    public abstract void Write(in Quad quad);

    /// <summary>Finishes the document (writes what is buffered and any closing syntax) and flushes.</summary>
    public abstract void End();

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources; does not close <see cref="Output"/>.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
