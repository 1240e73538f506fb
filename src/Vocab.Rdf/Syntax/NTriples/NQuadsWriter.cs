using Vocab.Rdf.Syntax.NTriples;

namespace Vocab.Rdf;

/// <summary>Writes N-Quads, one statement per line as it is given (nothing is buffered).</summary>
public sealed class NQuadsWriter : RdfWriter
{
    /// <summary>Creates a writer over <paramref name="output"/>; options are not used (N-Quads has no prefixes).</summary>
    public NQuadsWriter(TextWriter output, RdfWriterOptions? options = null)
        : base(output, options)
    {
    }

    /// <inheritdoc />
    public override void Write(in Quad quad) => WriteStatement(Output, quad, includeGraph: true);

    /// <inheritdoc />
    public override void End() => Output.Flush();

    internal static void WriteStatement(TextWriter output, in Quad quad, bool includeGraph)
    {
        NTriplesFormatter.WriteTerm(output, quad.Subject);
        output.Write(' ');
        NTriplesFormatter.WriteIri(output, quad.Predicate.Value);
        output.Write(' ');
        NTriplesFormatter.WriteTerm(output, quad.Obj);
        if (includeGraph && quad.Graph is not null)
        {
            output.Write(' ');
            NTriplesFormatter.WriteTerm(output, quad.Graph);
        }

        output.Write(" .\n");
    }
}

/// <summary>Writes N-Triples, one triple per line as it is given; the graph of each statement is dropped.</summary>
public sealed class NTriplesWriter : RdfWriter
{
    /// <summary>Creates a writer over <paramref name="output"/>; options are not used (N-Triples has no prefixes).</summary>
    public NTriplesWriter(TextWriter output, RdfWriterOptions? options = null)
        : base(output, options)
    {
    }

    /// <inheritdoc />
    public override void Write(in Quad quad) => NQuadsWriter.WriteStatement(Output, quad, includeGraph: false);

    /// <inheritdoc />
    public override void End() => Output.Flush();
}
