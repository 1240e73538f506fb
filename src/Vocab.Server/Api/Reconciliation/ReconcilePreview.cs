using System.Net;
using System.Text;
using Vocab.Core;

namespace Vocab.Server.Api.Reconciliation;

/// <summary>
/// The small HTML card OpenRefine shows in an iframe for a candidate: preferred label, the other languages'
/// preferred labels, definition, synonyms and schemes. Every text is HTML-escaped: labels come from imported data.
/// </summary>
internal static class ReconcilePreview
{
    public const int Width = 400;
    public const int Height = 200;

    // Synonym lists of large concepts would overflow the frame; the concept page has them all.
    private const int MaxAltLabels = 12;

    public static string Render(Thesaurus thesaurus, Concept concept, string lang)
    {
        var pref = concept.PrefLabel(lang, ["en", "ja"]);
        var title = pref?.Text ?? concept.Iri;
        var html = new StringBuilder(1024);
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(Encode(title)).Append("</title>")
            .Append("<style>body{font:13px/1.4 sans-serif;margin:6px;overflow:hidden}h1{font-size:15px;margin:0 0 4px}")
            .Append("p{margin:2px 0}.k{color:#666}</style></head><body>");
        html.Append("<h1>").Append(Encode(title)).Append("</h1>");

        var others = concept.LabelsOf(LabelKind.Pref).Where(l => pref is null || l != pref.Value).OrderBy(l => l.Lang, StringComparer.Ordinal).ToList();
        if (others.Count > 0)
        {
            html.Append("<p>").AppendJoin(" · ", others.Select(Tagged)).Append("</p>");
        }

        var definition = Pick(concept.Notes.Where(n => n.Kind == NoteKind.Definition).ToList(), lang);
        if (definition is { } d)
        {
            html.Append("<p>").Append(Encode(d.Text)).Append("</p>");
        }

        var alts = concept.LabelsOf(LabelKind.Alt).Take(MaxAltLabels).ToList();
        if (alts.Count > 0)
        {
            html.Append("<p><span class=\"k\">also:</span> ").AppendJoin(", ", alts.Select(Tagged)).Append("</p>");
        }

        var schemes = Reconciler.TypesOf(thesaurus, concept.Iri);
        if (schemes.Count > 0)
        {
            html.Append("<p><span class=\"k\">in:</span> ").AppendJoin(", ", schemes.Select(s => Encode(s.Name))).Append("</p>");
        }

        html.Append("<p class=\"k\">").Append(Encode(concept.Iri)).Append("</p></body></html>");
        return html.ToString();
    }

    private static Note? Pick(List<Note> notes, string lang)
    {
        foreach (var wanted in new[] { lang, "en" })
        {
            foreach (var note in notes)
            {
                if (LanguageTags.Matches(note.Lang, wanted))
                {
                    return note;
                }
            }
        }

        return notes.Count > 0 ? notes[0] : null;
    }

    private static string Tagged(Label label) =>
        label.Lang.Length == 0 ? Encode(label.Text) : $"{Encode(label.Text)} <span class=\"k\">({Encode(label.Lang)})</span>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
