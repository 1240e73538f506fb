using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Vocab.Core;
using Vocab.Core.Curation;

namespace Vocab.Server.Tests.Components;

/// <summary>
/// The UI's English and Japanese resources (src/Vocab.Server/Resources/*.resx and *.ja.resx, read from the source tree)
/// say the same things: the same keys, the same placeholders per key, no empty value, a Japanese value for every key
/// (identical text only for names that are not translated), and every key the components ask for by name exists.
/// </summary>
public sealed partial class ResourceParityTests
{
    // Texts that read the same in both languages: names, symbols and SKOS terms that are not translated.
    private static readonly HashSet<string> SameInBoth = new(StringComparer.Ordinal)
    {
        "API", "IRI", "SKOS", "Vocab", "Turtle", "N-Triples", "RDF/XML", "JSON-LD", "JSON", "URL", "ID", "+1", "−1",
        "en", "ja", "@en", "@ja", "OK", "exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch",
    };

    public static TheoryData<string> Families() => [.. Directory.GetFiles(ResourcesDir(), "*.resx")
        .Select(Path.GetFileName).Where(f => !f!.EndsWith(".ja.resx", StringComparison.Ordinal)).Select(f => f![..^".resx".Length]).Order(StringComparer.Ordinal)];

    [Fact]
    public void Resources_everyEnglishFile_hasAJapaneseTwin()
    {
        var files = Directory.GetFiles(ResourcesDir(), "*.resx").Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("CurationText", Families().Select(f => (string)f.Data));
        Assert.All(files.Where(f => !f!.EndsWith(".ja.resx", StringComparison.Ordinal)), f => Assert.Contains(f![..^5] + ".ja.resx", files));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Resources_bothLanguages_haveTheSameKeys(string family)
    {
        var (en, ja) = Load(family);

        Assert.Equal([], en.Keys.Except(ja.Keys).Order(StringComparer.Ordinal));
        Assert.Equal([], ja.Keys.Except(en.Keys).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Resources_eachKey_hasTheSamePlaceholdersInBothLanguages(string family)
    {
        var (en, ja) = Load(family);

        var differing = en.Where(e => ja.ContainsKey(e.Key) && Placeholders(e.Value) != Placeholders(ja[e.Key]))
            .Select(e => $"{e.Key}: en {Placeholders(e.Value)} / ja {Placeholders(ja[e.Key])}").ToList();
        Assert.Equal([], differing);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Resources_noValue_isEmpty(string family)
    {
        var (en, ja) = Load(family);

        Assert.Equal([], en.Concat(ja.Select(j => KeyValuePair.Create("ja:" + j.Key, j.Value))).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Resources_japaneseValue_isATranslation(string family)
    {
        var (en, ja) = Load(family);

        var untranslated = en.Where(e => ja.TryGetValue(e.Key, out var j) && j == e.Value && !SameInBoth.Contains(e.Value))
            .Select(e => $"{e.Key} = \"{e.Value}\"").ToList();
        Assert.Equal([], untranslated);
    }

    [Fact]
    public void Components_everyKeyAskedForByName_exists()
    {
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["C"] = [.. Load("CurationText").En.Keys],
            ["T"] = [.. Load("UiText").En.Keys],
            ["A"] = [.. Load("AccountText").En.Keys],
        };
        var all = Families().SelectMany(f => Load((string)f.Data).En.Keys).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ResourcesDir(), ".."), "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            foreach (Match use in KeyUse().Matches(source))
            {
                // C → CurationText, T → UiText, A → AccountText; other lookups (Format helpers, a localizer named text) may use any family.
                var known = keys.TryGetValue(use.Groups["loc"].Value, out var family) ? family : all;
                if (!known.Contains(use.Groups["key"].Value))
                {
                    missing.Add($"{Path.GetFileName(file)}: {use.Value}");
                }
            }
        }

        Assert.Equal([], missing.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Components_keysBuiltFromEnumsAndRelations_existForEveryValue()
    {
        var curation = Load("CurationText").En;

        var expected = Enum.GetNames<ProposalStatus>().Select(s => "Status_" + s)
            .Concat(Enum.GetNames<ProposalKind>().Select(k => "Kind_" + k))
            .Concat(Enum.GetNames<LabelKind>().Select(k => "LabelKind_" + k))
            .Concat(PatchOperation.Relations.Select(r => "DiffRel_" + r))
            .Concat(PatchOperation.MappingRelations.Select(r => "DiffMap_" + r));
        Assert.Equal([], expected.Where(k => !curation.ContainsKey(k)));
    }

    [Fact]
    public void ProposalTitles_everyKeyTheWriterUses_existsInCurationText()
    {
        // Vocab.Data's title writer asks for its words by key, out of reach of the source scan above.
        var curation = Load("CurationText").En;

        Assert.Equal([], Data.ProposalTitles.Keys.Where(k => !curation.ContainsKey(k)));
    }

    private static string Placeholders(string value) =>
        string.Join(",", Placeholder().Matches(value).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    private static (Dictionary<string, string> En, Dictionary<string, string> Ja) Load(string family) =>
        (Read(Path.Combine(ResourcesDir(), family + ".resx")), Read(Path.Combine(ResourcesDir(), family + ".ja.resx")));

    private static Dictionary<string, string> Read(string path)
    {
        var entries = XDocument.Load(path).Root!.Elements("data").Select(d => ((string)d.Attribute("name")!, (string?)d.Element("value") ?? "")).ToList();
        var duplicates = entries.GroupBy(e => e.Item1).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"{Path.GetFileName(path)} repeats {string.Join(", ", duplicates)}");
        return entries.ToDictionary(e => e.Item1, e => e.Item2, StringComparer.Ordinal);
    }

    private static string ResourcesDir() => Path.Combine(RepoRoot(), "src", "Vocab.Server", "Resources");

    // The build output may live outside the tree (--artifacts-path), so fall back to where this file was compiled from.
    private static string RepoRoot([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Vocab.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Vocab.sln not found above " + AppContext.BaseDirectory + " or " + source);
    }

    [GeneratedRegex(@"\{\d+(?:,-?\d+)?(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("""(?<![\w.])(?:(?<loc>[CTA])|text|Format)(?:\[|\()"(?<key>[A-Za-z][A-Za-z0-9_.\-]*)"(?:\]|,|\))""")]
    private static partial Regex KeyUse();
}
