using System.Globalization;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Vocab.Server.Web;

/// <summary>
/// Renders user and thesaurus Markdown (definitions, notes, proposal rationales, comments) to HTML that is safe to
/// insert into a page: raw HTML is shown as text, only http, https, mailto and relative URLs survive as link or image
/// targets (anything else, such as <c>javascript:</c> or <c>data:</c>, becomes plain text), and links get
/// <c>rel="nofollow noopener"</c>. Thread-safe; register it as a singleton.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;

    /// <summary>Builds the pipeline once: the advanced extensions less those that let the author write attributes or embeds.</summary>
    public MarkdownRenderer()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml();

        // Generic attributes would let `{onclick=...}` through, media links turn URLs into iframes, and automatic heading
        // ids could clash with the ids of the page around the text.
        builder.Extensions.RemoveAll(e => e is GenericAttributesExtension or MediaLinkExtension or AutoIdentifierExtension);
        _pipeline = builder.Build();
    }

    /// <summary>The HTML for <paramref name="markdown"/>; empty for null or blank input.</summary>
    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdown.Parse(markdown, _pipeline);
        Sanitize(document);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// True for a URL a page may link to: http, https, mailto, or one without a scheme (relative). Browsers ignore
    /// control characters and spaces inside a scheme ("java&#9;script:"), so the check does too.
    /// </summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = string.Concat(url.Where(c => c > ' ' && c != '\u007f'));
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var delimiter = compact.IndexOfAny(['/', '?', '#', '\\']);
        if (delimiter >= 0 && delimiter < colon)
        {
            return true;
        }

        var scheme = compact[..colon].ToUpperInvariant();
        return scheme is "HTTP" or "HTTPS" or "MAILTO";
    }

    private static void Sanitize(MarkdownDocument document)
    {
        // Collected first: the tree is edited while walking it otherwise.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.Url) || (link.IsImage && link.Url?.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) == true))
            {
                Unwrap(link);
            }
            else if (!link.IsImage)
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
            else
            {
                autolink.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
            }
        }
    }

    // The link's text (or an image's alt text) stays, as plain inline content, where the link was.
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
