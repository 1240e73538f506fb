using System.CommandLine;
using System.Text;
using Vocab.Data;
using Vocab.Rdf;

namespace Vocab.Cli.Commands;

/// <summary><c>vocab export</c>: the whole thesaurus or one scheme, in any syntax, to a file or stdout.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var noSeed = CommonOptions.NoSeed();
        var format = FormatOption.Create("Output syntax (default: from --out's extension, else ttl)");
        var scheme = new Option<string?>("--scheme") { Description = "Export only this concept scheme (IRI) and its concepts" };
        var output = new Option<string?>("--out", "-o") { Description = "Output file (default: stdout)" };
        var command = new Command("export", "Write the current thesaurus as RDF") { db, noSeed, format, scheme, output };
        command.SetAction((parse, ct) => CliErrors.RunAsync(async token =>
        {
            var outPath = parse.GetValue(output);
            var fmt = FormatOption.Read(parse, format)
                ?? (outPath is not null ? RdfFormats.FromPath(outPath) : null)
                ?? RdfFormat.Turtle;
            await using var session = await StoreSession.OpenAsync(parse.GetValue(db), parse.GetValue(noSeed), token);
            var iri = parse.GetValue(scheme);
            if (iri is not null && !await session.Export.IsSchemeAsync(iri, token))
            {
                throw new ImportException($"--scheme {iri}: no such concept scheme in the store");
            }

            // Write to a temporary file and move it into place, so a failed export leaves no half file behind.
            var temp = outPath is null ? null : outPath + ".tmp-" + Environment.ProcessId;
            long written;
            {
                await using var stream = temp is null ? Console.OpenStandardOutput() : File.Create(temp);
                await using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                written = await session.Export.ExportAsync(text, (w, o) => RdfFormats.CreateWriter(fmt, w, o), iri, token);
            }

            if (temp is not null)
            {
                File.Move(temp, outPath!, overwrite: true);
            }

            Console.Error.WriteLine($"exported {written:N0} statements as {RdfFormats.NameOf(fmt)}{(outPath is null ? "" : " to " + outPath)}");
            return CliErrors.Ok;
        }, ct));
        return command;
    }
}
