using System.Text;
using Vocab.Rdf;

namespace Vocab.Data.Tests;

/// <summary>
/// Mutated RDF files (bytes replaced, deleted, inserted, cut; fixed seed) through the real import: each either imports or
/// fails with a syntax or import error that names the place, and a failed import writes nothing.
/// </summary>
public sealed class ImportFuzzTests : IAsyncDisposable
{
    private const int Cases = 80;
    private const string Syntax = "<>\"@.;,_:#\\^{}[]() \n";
    private readonly SqliteBackend _backend = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _backend.DisposeAsync();

    [Theory]
    [InlineData("ttl")]
    [InlineData("nt")]
    public async Task MutatedFiles_importOrFailCleanly(string format)
    {
        var source = await SourceAsync(format);
        var random = new Random(format == "ttl" ? 1121 : 2026);
        var failures = new List<string>();
        var failed = 0;
        for (var i = 0; i < Cases; i++)
        {
            var path = Path.Combine(_backend.Folder, $"case{i}.{format}");
            await File.WriteAllBytesAsync(path, Mutate(source, random), Ct);
            var store = _backend.CreateStore();
            try
            {
                await new ImportService(store).ImportAsync([new ImportSource(path)], new ImportOptions("fuzz", "fuzz"), Ct);
            }
            catch (Exception e) when (e is RdfSyntaxException or ImportException)
            {
                failed++;
                if (await store.GetLastSequenceAsync(Ct) != 0 || await store.CountAsync(null, Ct) != 0)
                {
                    failures.Add($"case {i}: failed ({e.Message}) but wrote statements");
                }

                if (!e.Message.Contains(':', StringComparison.Ordinal))
                {
                    failures.Add($"case {i}: error without a place: {e.Message}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"case {i}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.Empty(failures);
        Assert.InRange(failed, 1, Cases);
    }

    private static async Task<byte[]> SourceAsync(string format)
    {
        var turtle = TestPaths.TestData("curation", "mini.ttl");
        if (format == "ttl")
        {
            return await File.ReadAllBytesAsync(turtle, Ct);
        }

        var text = new StringBuilder();
        using var reader = File.OpenText(turtle);
        foreach (var quad in RdfFormats.CreateParser(RdfFormat.Turtle).Parse(reader, new RdfParserOptions { BaseIri = "https://example.org/mini/" }))
        {
            text.Append(quad.ToString()).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveAt(at); break;
                case 2: bytes.Insert(at, (byte)Syntax[random.Next(Syntax.Length)]); break;
                case 3: bytes.RemoveRange(at, bytes.Count - at); break;
                default: bytes[at] = (byte)Syntax[random.Next(11)]; break;
            }
        }

        return [.. bytes];
    }
}
