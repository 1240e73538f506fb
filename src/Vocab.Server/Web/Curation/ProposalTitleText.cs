using System.Globalization;
using Microsoft.Extensions.Localization;
using Vocab.Core;
using Vocab.Core.Curation;
using Vocab.Data;

namespace Vocab.Server.Web.Curation;

/// <summary>
/// A proposal's one-line title in the UI language, with concepts named in the content language as the thesaurus
/// names them now. The stored <see cref="Proposal.Title"/> is English, written once when proposed (for the change
/// log and the API); pages show this one instead, so a Japanese page does not read "Add alternative label … to …".
/// </summary>
public sealed class ProposalTitleText(ThesaurusSnapshotService snapshot)
{
    private const int MaxLength = 400;

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
            p => (p.Operations.Count == 0 ? null : Describe(t, p.Proposal.Kind, p.Operations, lang, text)) ?? p.Proposal.Title));

    private static string? Describe(Thesaurus t, ProposalKind kind, IReadOnlyList<PatchOperation> operations, string lang, IStringLocalizer text)
    {
        var japanese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";
        string Quote(string s) => japanese ? $"「{s}」" : $"“{s}”";
        string Name(string? iri) => iri is null ? "" : t.TryGetConcept(iri, out var c) && c.PrefLabel(lang, ContentLanguage.Fallback(lang)) is { } l ? Quote(l.Text) : $"<{iri}>";
        string Kind(LabelKind? k) => k is null ? "" : text["LabelKind_" + k].Value;
        string F(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, text[key].Value, args);

        var first = operations[0];
        var added = operations.Where(o => o.Op == PatchOp.AddLabel).ToList();
        var label = added.FirstOrDefault();
        var title = kind switch
        {
            ProposalKind.NewConcept => F("Title_NewConcept", Quote(NewConceptName(added, lang) ?? first.Concept)),
            ProposalKind.AddLabel when label is not null => F("Title_AddLabel", Kind(label.LabelKind), Quote(label.Text ?? ""), label.Lang ?? "", Name(label.Concept)),
            ProposalKind.ChangeLabel when label is not null => F("Title_ChangeLabel", Name(first.Concept), Quote(label.Text ?? ""), label.Lang ?? ""),
            ProposalKind.RemoveLabel => F("Title_RemoveLabel", Quote(first.Text ?? ""), first.Lang ?? "", Name(first.Concept)),
            ProposalKind.Definition => F("Title_Definition", first.Lang ?? "", Name(first.Concept)),
            ProposalKind.Relation => F(first.Op == PatchOp.AddRelation ? "Title_AddRelation" : "Title_RemoveRelation", text["DiffRel_" + first.Relation].Value, Name(first.Concept), Name(first.Target)),
            ProposalKind.Mapping => F(first.Op == PatchOp.AddMapping ? "Title_AddMapping" : "Title_RemoveMapping", text["DiffMap_" + first.Relation].Value, Name(first.Concept), first.Target ?? ""),
            ProposalKind.Deprecate => F("Title_Deprecate", Name(first.Concept)),
            ProposalKind.Merge => F("Title_Merge", Name(first.Concept), Name(first.Target)),
            _ => null,
        };

        // A cut between the halves of a surrogate pair would leave half a character.
        return title is { Length: > MaxLength } ? title[..(char.IsHighSurrogate(title[MaxLength - 2]) ? MaxLength - 2 : MaxLength - 1)] + "…" : title;
    }

    /// <summary>A new concept's preferred label in <paramref name="lang"/>, else in the fallback languages, else any.</summary>
    private static string? NewConceptName(List<PatchOperation> added, string lang)
    {
        var pref = added.Where(o => o.LabelKind == LabelKind.Pref).ToList();
        foreach (var l in ContentLanguage.Fallback(lang).Prepend(lang))
        {
            if (pref.FirstOrDefault(o => string.Equals(o.Lang, l, StringComparison.OrdinalIgnoreCase)) is { Text: { } found })
            {
                return found;
            }
        }

        return pref.Count > 0 ? pref[0].Text : added.Count > 0 ? added[0].Text : null;
    }
}
