using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Vocab.Server.Api.Concepts;

/// <summary>
/// A minimal server-rendered page for a concept, until the web app takes over <c>text/html</c>. Every piece of
/// thesaurus text goes through the HTML encoder, and only http(s) IRIs become links, so a label or IRI cannot
/// inject markup or script.
/// </summary>
internal static class ConceptHtml
{
    // All ranges allowed: Japanese labels stay readable in the source instead of becoming numeric references.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly (string Format, string Name, string MediaType)[] Alternates =
    [
        ("ttl", "Turtle", "text/turtle"),
        ("nt", "N-Triples", "application/n-triples"),
        ("rdfxml", "RDF/XML", "application/rdf+xml"),
        ("jsonld", "JSON-LD", "application/ld+json"),
        ("json", "JSON", "application/json"),
    ];

    /// <summary>Renders the page; <paramref name="href"/> turns an IRI into a link target, or null for no link.</summary>
    public static string Render(ConceptDocument doc, string lang, Func<string, string?> href)
    {
        var (title, titleLang) = Title(doc, lang);
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title").Append(LangAttribute(titleLang)).Append('>').Append(E(title)).Append("</title>");
        foreach (var (format, _, mediaType) in Alternates)
        {
            html.Append("<link rel=\"alternate\" type=\"").Append(mediaType).Append("\" href=\"?format=").Append(format).Append("\">");
        }

        html.Append("</head>\n<body>\n<h1").Append(LangAttribute(titleLang)).Append('>').Append(E(title)).Append("</h1>\n");
        html.Append("<p><code>").Append(E(doc.Iri)).Append("</code></p>\n");
        if (doc.Deprecated)
        {
            html.Append("<p><strong>Deprecated.</strong>");
            if (doc.ReplacedBy.Count > 0)
            {
                html.Append(" Replaced by ");
                AppendInlineLinks(html, doc.ReplacedBy, href);
                html.Append('.');
            }

            html.Append("</p>\n");
        }

        html.Append("<h2>Labels</h2>\n<dl>\n");
        AppendTexts(html, "preferred", doc.PrefLabel.Select(p => (p.Key, p.Value)));
        AppendTexts(html, "alternative", doc.AltLabels.SelectMany(p => p.Value.Select(v => (p.Key, v))));
        AppendTexts(html, "hidden", doc.HiddenLabels.SelectMany(p => p.Value.Select(v => (p.Key, v))));
        AppendTexts(html, "notation", doc.Notations.Select(n => ("", n)));
        html.Append("</dl>\n");
        if (doc.Definitions.Count > 0 || doc.Notes.Count > 0)
        {
            html.Append("<h2>Definition and notes</h2>\n<dl>\n");
            AppendTexts(html, "definition", doc.Definitions.SelectMany(p => p.Value.Select(v => (p.Key, v))));
            foreach (var kind in doc.Notes.SelectMany(p => p.Value).Select(n => n.Kind).Distinct(StringComparer.Ordinal))
            {
                AppendTexts(html, kind, doc.Notes.SelectMany(p => p.Value.Where(n => n.Kind == kind).Select(n => (p.Key, n.Text))));
            }

            html.Append("</dl>\n");
        }

        AppendLinks(html, "Broader", doc.Broader, href);
        AppendLinks(html, "Narrower", doc.Narrower, href);
        AppendLinks(html, "Related", doc.Related, href);
        // Schemes are not served as pages yet, so they are named without a link that would answer 404.
        AppendLinks(html, "Schemes", doc.Schemes, _ => null);
        if (doc.Mappings.Count > 0)
        {
            html.Append("<h2>Mappings</h2>\n<ul>\n");
            foreach (var mapping in doc.Mappings)
            {
                html.Append("<li>").Append(E(mapping.Kind)).Append(' ');
                AppendLink(html, mapping.Target, mapping.Target, null, href);
                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h2>Other formats</h2>\n<ul>\n");
        foreach (var (format, name, _) in Alternates)
        {
            html.Append("<li><a href=\"?format=").Append(format).Append("\">").Append(name).Append("</a></li>\n");
        }

        return html.Append("</ul>\n</body></html>\n").ToString();
    }

    private static (string Text, string? Lang) Title(ConceptDocument doc, string lang)
    {
        foreach (var range in new[] { lang, "en", "ja" })
        {
            foreach (var (tag, text) in doc.PrefLabel)
            {
                if (Core.LanguageTags.Matches(tag, range))
                {
                    return (text, tag);
                }
            }
        }

        return doc.PrefLabel.Count > 0 ? (doc.PrefLabel.First().Value, doc.PrefLabel.First().Key) : (doc.Iri, null);
    }

    private static void AppendTexts(StringBuilder html, string term, IEnumerable<(string Lang, string Text)> values)
    {
        var any = false;
        foreach (var (lang, text) in values)
        {
            if (!any)
            {
                html.Append("<dt>").Append(E(term)).Append("</dt>\n");
                any = true;
            }

            html.Append("<dd").Append(LangAttribute(lang)).Append('>').Append(E(text));
            if (lang.Length > 0)
            {
                html.Append(" <small>(").Append(E(lang)).Append(")</small>");
            }

            html.Append("</dd>\n");
        }
    }

    private static void AppendLinks(StringBuilder html, string heading, IReadOnlyList<ConceptRef> refs, Func<string, string?> href)
    {
        if (refs.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(heading).Append("</h2>\n<ul>\n");
        foreach (var r in refs)
        {
            html.Append("<li>");
            AppendLink(html, r.Iri, r.Label ?? r.Iri, r.Lang, href);
            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendInlineLinks(StringBuilder html, IReadOnlyList<ConceptRef> refs, Func<string, string?> href)
    {
        for (var i = 0; i < refs.Count; i++)
        {
            html.Append(i == 0 ? "" : ", ");
            AppendLink(html, refs[i].Iri, refs[i].Label ?? refs[i].Iri, refs[i].Lang, href);
        }
    }

    private static void AppendLink(StringBuilder html, string iri, string text, string? lang, Func<string, string?> href)
    {
        if (href(iri) is { } target)
        {
            html.Append("<a href=\"").Append(E(target)).Append('"').Append(LangAttribute(lang)).Append('>').Append(E(text)).Append("</a>");
        }
        else
        {
            html.Append("<span").Append(LangAttribute(lang)).Append('>').Append(E(text)).Append("</span>");
        }
    }

    private static string LangAttribute(string? lang) => string.IsNullOrEmpty(lang) ? "" : " lang=\"" + E(lang) + "\"";

    private static string E(string text) => Encoder.Encode(text);
}
