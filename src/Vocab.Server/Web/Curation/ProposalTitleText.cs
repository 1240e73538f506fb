using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;
using Vocab.Server.Resources;

namespace Vocab.Server.Web.Curation;

/// <summary>
/// A proposal's one-line title in the UI language, with concepts named in the content language as the thesaurus names
/// them now, written by <see cref="ProposalTitles"/> with the words of CurationText.resx. The stored
/// <see cref="Proposal.Title"/> is written from the same resources in <see cref="English"/>, once when proposed (for the
/// change log and the API); pages show this one instead, so a Japanese page does not read "Add alternative label … to …".
/// </summary>
public sealed class ProposalTitleText(ThesaurusSnapshotService snapshot)
{
    private static readonly ResourceManager Resources = new(typeof(CurationText));
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");

    /// <summary>The titles' words in English whatever the request's culture: what the stored title is written in.</summary>
    public static ProposalTitleWording English { get; } = new(key => Resources.GetString(key, EnglishCulture));

    /// <summary>The title of <paramref name="proposal"/> with the steps of its patch.</summary>
    public string Of(Proposal proposal, IReadOnlyList<PatchOperation> operations, string lang, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(operations);
        return operations.Count == 0 ? proposal.Title : snapshot.Read(t => Describe(t, proposal.Kind, operations, lang, text)) ?? proposal.Title;
    }

    /// <summary>Titles of many proposals in one read of the snapshot, by proposal id.</summary>
    public IReadOnlyDictionary<long, string> Of(IEnumerable<(Proposal Proposal, IReadOnlyList<PatchOperation> Operations)> proposals, string lang, IStringLocalizer text) =>
        snapshot.Read(t => proposals.DistinctBy(p => p.Proposal.Id).ToDictionary(
            p => p.Proposal.Id,
            p => Describe(t, p.Proposal.Kind, p.Operations, lang, text) ?? p.Proposal.Title));

    // The localizer answers in the request's UI culture, so its words (quotes included) are the page's language.
    private static string? Describe(Thesaurus t, ProposalKind kind, IReadOnlyList<PatchOperation> operations, string lang, IStringLocalizer text) =>
        ProposalTitles.Describe(t, kind, operations, new ProposalTitleWording(key => text[key].Value), lang, ContentLanguage.Fallback(lang));
}
