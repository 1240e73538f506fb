using Vocab.Rdf.Syntax.Turtle;

namespace Vocab.Rdf;

/// <summary>
/// Writes pretty Turtle that reads back to the same graph: prefixes (those given and the well-known rdf, rdfs,
/// xsd, owl, skos, skosxl, dct) declared when used, subjects grouped with ';' and ',', nested blank nodes and
/// lists. Statements are buffered until <see cref="End"/>; graph names are dropped (Turtle has one graph).
/// </summary>
public sealed class TurtleWriter : RdfWriter
{
    private readonly List<Quad> _quads = [];

    /// <summary>Creates a writer over <paramref name="output"/>.</summary>
    public TurtleWriter(TextWriter output, RdfWriterOptions? options = null)
        : base(output, options)
    {
    }

    /// <inheritdoc />
    public override void Write(in Quad quad) => _quads.Add(quad.Graph is null ? quad : quad.InGraph(null));

    /// <inheritdoc />
    public override void End() => new PrettyPrinter(_quads, Options).Write(Output, trig: false);
}

/// <summary>Writes pretty TriG: the default graph's statements first, then each named graph in braces (sorted by name).</summary>
public sealed class TriGWriter : RdfWriter
{
    private readonly List<Quad> _quads = [];

    /// <summary>Creates a writer over <paramref name="output"/>.</summary>
    public TriGWriter(TextWriter output, RdfWriterOptions? options = null)
        : base(output, options)
    {
    }

    /// <inheritdoc />
    public override void Write(in Quad quad) => _quads.Add(quad);

    /// <inheritdoc />
    public override void End() => new PrettyPrinter(_quads, Options).Write(Output, trig: true);
}
