using System.Xml.Linq;

namespace Vocab.Data.Tests;

/// <summary>
/// The proposal titles' words as the server keeps them (src/Vocab.Server/Resources/CurationText*.resx, read from the
/// checkout): Vocab.Data takes its wording from outside and this project does not reference the server.
/// </summary>
internal static class TitleWordings
{
    public static ProposalTitleWording English { get; } = Load("CurationText.resx");

    public static ProposalTitleWording Japanese { get; } = Load("CurationText.ja.resx");

    private static ProposalTitleWording Load(string file)
    {
        var values = XDocument.Load(Path.Combine(TestPaths.RepoRoot, "src", "Vocab.Server", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value"), StringComparer.Ordinal);
        return new ProposalTitleWording(values.GetValueOrDefault);
    }
}
