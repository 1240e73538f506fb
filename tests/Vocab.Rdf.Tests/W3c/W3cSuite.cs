using System.Collections.Concurrent;
using System.Text;

namespace Vocab.Rdf.Tests.W3c;

/// <summary>
/// Runs W3C manifest entries against a parser. A suite is named by its folder under
/// <c>shared/data/w3c-rdf-tests</c> (<c>rdf-turtle</c>, <c>rdf-xml</c>, ...). Any parser can be checked:
/// <code>
/// public static TheoryData&lt;string&gt; Cases => W3cSuite.Cases("rdf-xml");
/// [Theory, MemberData(nameof(Cases))]
/// public void RdfXmlParser_w3c_entry_conforms(string name) => W3cSuite.Run("rdf-xml", name, new RdfXmlParser());
/// </code>
/// </summary>
public static class W3cSuite
{
    private const string MissingSuite = "(suite not found)";

    private static readonly ConcurrentDictionary<string, IReadOnlyList<W3cEntry>> Manifests = new();

    /// <summary>The local folder of <paramref name="suite"/>, or null when the shared data is missing.</summary>
    public static string? Folder(string suite)
    {
        var root = SharedData.Directory;
        var dir = root is null ? null : Path.Combine(root, "w3c-rdf-tests", suite);
        return dir is not null && File.Exists(Path.Combine(dir, "manifest.ttl")) ? dir : null;
    }

    /// <summary>The entries of <paramref name="suite"/>, in manifest order (empty when the suite is missing).</summary>
    public static IReadOnlyList<W3cEntry> Entries(string suite) =>
        Manifests.GetOrAdd(suite, s => Folder(s) is { } dir ? W3cManifest.Load(dir) : []);

    /// <summary>One theory row per manifest entry, named by its mf:name (see <see cref="W3cEntry.Key"/>).</summary>
    public static TheoryData<string> Cases(string suite)
    {
        var data = new TheoryData<string>();
        var entries = Entries(suite);
        if (entries.Count == 0)
        {
            data.Add(MissingSuite);
        }

        foreach (var entry in entries)
        {
            data.Add(entry.Key);
        }

        return data;
    }

    /// <summary>Runs the entry whose <see cref="W3cEntry.Key"/> is <paramref name="name"/>; fails the test with the reason when it does not conform.</summary>
    public static void Run(string suite, string name, IRdfParser parser)
    {
        if (name == MissingSuite)
        {
            Assert.Skip($"W3C suite {suite} not found under the shared data folder; set VOCAB_SHARED_DATA");
        }

        var entry = Entries(suite).First(e => e.Key == name);
        var failure = Check(entry, parser);
        if (failure is not null)
        {
            Assert.Fail($"{entry.Type} {entry.Name} ({entry.ActionPath}): {failure}");
        }
    }

    /// <summary>Checks one entry; returns null when it conforms, otherwise why not.</summary>
    public static string? Check(W3cEntry entry, IRdfParser parser)
    {
        var options = new RdfParserOptions { BaseIri = entry.BaseIri, SourceName = Path.GetFileName(entry.ActionPath) };
        List<Quad> actual;
        try
        {
            actual = ParseFile(parser, entry.ActionPath, options);
        }
        catch (RdfSyntaxException e)
        {
            return entry.Kind is W3cTestKind.NegativeSyntax or W3cTestKind.NegativeEval ? null : "unexpected syntax error: " + e.Message;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"parser threw {e.GetType().Name} instead of RdfSyntaxException: {e.Message}";
        }

        switch (entry.Kind)
        {
            case W3cTestKind.NegativeSyntax:
            case W3cTestKind.NegativeEval:
                return $"expected a syntax error, but parsed {actual.Count} statements";
            case W3cTestKind.PositiveSyntax:
                return null;
        }

        var resultPath = entry.ResultPath ?? throw new InvalidOperationException($"{entry.Name} has no mf:result");
        IRdfParser resultParser = resultPath.EndsWith(".nq", StringComparison.Ordinal) ? new NQuadsParser() : new NTriplesParser();
        var expected = ParseFile(resultParser, resultPath, options with { SourceName = Path.GetFileName(resultPath) });
        return GraphIsomorphism.AreIsomorphic(actual, expected) ? null : Difference(actual, expected);
    }

    /// <summary>Runs every entry of <paramref name="suite"/>; returns how many passed and the failures.</summary>
    public static (int Passed, int Total, IReadOnlyList<string> Failures) RunAll(string suite, IRdfParser parser)
    {
        var failures = new List<string>();
        var entries = Entries(suite);
        foreach (var entry in entries)
        {
            if (Check(entry, parser) is { } failure)
            {
                failures.Add($"{entry.Name}: {failure}");
            }
        }

        return (entries.Count - failures.Count, entries.Count, failures);
    }

    private static List<Quad> ParseFile(IRdfParser parser, string path, RdfParserOptions options)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return parser.Parse(reader, options).ToList();
    }

    private static string Difference(List<Quad> actual, List<Quad> expected)
    {
        var sb = new StringBuilder("result is not isomorphic to the expected result.");
        sb.Append("\nexpected:\n").AppendJoin('\n', expected.Select(q => q.ToString()).Order(StringComparer.Ordinal).Take(50));
        sb.Append("\nactual:\n").AppendJoin('\n', actual.Select(q => q.ToString()).Order(StringComparer.Ordinal).Take(50));
        return sb.ToString();
    }
}
