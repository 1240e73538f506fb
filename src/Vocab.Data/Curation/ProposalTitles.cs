using System.Globalization;
using Vocab.Core;
using Vocab.Core.Curation;

namespace Vocab.Data;

/// <summary>
/// The one writer of a proposal's one-line title: the English <see cref="Proposal.Title"/> stored when proposed (for the
/// change log and the API), and the title pages show in the UI language with concepts named in the content language.
/// Its words come in as a <see cref="ProposalTitleWording"/> read from the server's resources (English for the stored
/// title, the UI language for pages), so each text is written once, in the resources that translators already keep.
/// </summary>
public static class ProposalTitles
{
    /// <summary>The longest title; a longer one is cut and ends in "…".</summary>
    public const int MaxLength = 400;

    private static readonly string[] JapaneseAfterEnglish = ["ja"];

    /// <summary>Every resource key a title may ask its wording for (the server's resource tests check each exists).</summary>
    public static IEnumerable<string> Keys { get; } =
    [
        "Title_Quote", "Title_NewConcept", "Title_AddLabel", "Title_ChangeLabel", "Title_RemoveLabel", "Title_Definition",
        "Title_AddRelation", "Title_RemoveRelation", "Title_AddMapping", "Title_RemoveMapping", "Title_Deprecate", "Title_Merge",
        .. Enum.GetNames<LabelKind>().Select(k => "LabelKind_" + k),
        .. PatchOperation.Relations.Select(r => "DiffRel_" + r),
        .. PatchOperation.MappingRelations.Select(r => "DiffMap_" + r),
    ];

    /// <summary>The stored title: <paramref name="english"/> words, concepts named in English, else in Japanese.</summary>
    public static string Stored(Thesaurus thesaurus, ProposalKind kind, IReadOnlyList<PatchOperation> operations, ProposalTitleWording english) =>
        Describe(thesaurus, kind, operations, english, "en", JapaneseAfterEnglish) ?? kind.ToString();

    /// <summary>
    /// Summarizes <paramref name="operations"/> in <paramref name="wording"/>, naming concepts by their preferred label in
    /// <paramref name="lang"/>, else in <paramref name="fallback"/> order. Null when the patch lacks the step its kind names.
    /// </summary>
    public static string? Describe(
        Thesaurus thesaurus, ProposalKind kind, IReadOnlyList<PatchOperation> operations, ProposalTitleWording wording, string lang, IReadOnlyList<string> fallback)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(wording);
        if (operations.Count == 0)
        {
            return null;
        }

        // Arguments are already text, so the format culture changes nothing.
        string F(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, wording[key], args);
        string Quote(string s) => F("Title_Quote", s);
        string Name(string? iri) => iri is null ? "" : thesaurus.TryGetConcept(iri, out var c) && c.PrefLabel(lang, fallback) is { } l ? Quote(l.Text) : $"<{iri}>";

        var first = operations[0];
        var added = operations.Where(o => o.Op == PatchOp.AddLabel).ToList();
        var label = added.FirstOrDefault();
        var title = kind switch
        {
            ProposalKind.NewConcept => F("Title_NewConcept", Quote(NewConceptName(added, lang, fallback) ?? first.Concept)),
            ProposalKind.AddLabel when label is not null =>
                F("Title_AddLabel", label.LabelKind is { } k ? wording["LabelKind_" + k] : "", Quote(label.Text ?? ""), label.Lang ?? "", Name(label.Concept)),
            ProposalKind.ChangeLabel when label is not null => F("Title_ChangeLabel", Name(first.Concept), Quote(label.Text ?? ""), label.Lang ?? ""),
            ProposalKind.RemoveLabel => F("Title_RemoveLabel", Quote(first.Text ?? ""), first.Lang ?? "", Name(first.Concept)),
            ProposalKind.Definition => F("Title_Definition", first.Lang ?? "", Name(first.Concept)),
            ProposalKind.Relation => F(first.Op == PatchOp.AddRelation ? "Title_AddRelation" : "Title_RemoveRelation",
                wording["DiffRel_" + first.Relation], Name(first.Concept), Name(first.Target)),
            ProposalKind.Mapping => F(first.Op == PatchOp.AddMapping ? "Title_AddMapping" : "Title_RemoveMapping",
                wording["DiffMap_" + first.Relation], Name(first.Concept), first.Target ?? ""),
            ProposalKind.Deprecate => F("Title_Deprecate", Name(first.Concept)),
            ProposalKind.Merge => F("Title_Merge", Name(first.Concept), Name(first.Target)),
            _ => null,
        };

        // A cut between the halves of a surrogate pair leaves half a character, which PostgreSQL refuses to store.
        return title is { Length: > MaxLength } ? title[..(char.IsHighSurrogate(title[MaxLength - 2]) ? MaxLength - 2 : MaxLength - 1)] + "…" : title;
    }

    /// <summary>A new concept's preferred label in <paramref name="lang"/>, else in the fallback languages, else any label.</summary>
    private static string? NewConceptName(List<PatchOperation> added, string lang, IReadOnlyList<string> fallback)
    {
        var pref = added.Where(o => o.LabelKind == LabelKind.Pref).ToList();
        foreach (var l in fallback.Prepend(lang))
        {
            if (pref.FirstOrDefault(o => string.Equals(o.Lang, l, StringComparison.OrdinalIgnoreCase)) is { Text: { } found })
            {
                return found;
            }
        }

        return pref.Count > 0 ? pref[0].Text : added.Count > 0 ? added[0].Text : null;
    }
}
