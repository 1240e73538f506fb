using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Vocab.Server.Tests.Components;

/// <summary>
/// Reads the HTML a component renders into an <see cref="XElement"/> tree, so tests can ask for an element and its text
/// instead of matching strings. The renderer writes balanced tags with quoted attributes; only void elements
/// (<c>input</c>, <c>br</c>, …) have no end tag, and entities are decoded here. Not a general HTML parser, and not meant to be.
/// </summary>
public static partial class HtmlTree
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>The fragment's elements under a <c>root</c> element.</summary>
    public static XElement Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var root = new XElement("root");
        var open = new Stack<XElement>();
        open.Push(root);
        foreach (Match token in Tokens().Matches(html))
        {
            if (token.Groups["close"].Success)
            {
                var name = token.Groups["close"].Value.ToLowerInvariant();
                // An end tag closes its element and any left open inside it (there should be none).
                if (open.Any(e => e.Name.LocalName == name))
                {
                    while (open.Pop().Name.LocalName != name)
                    {
                    }
                }
            }
            else if (token.Groups["open"].Success)
            {
                var element = new XElement(token.Groups["open"].Value.ToLowerInvariant());
                foreach (Match attribute in Attributes().Matches(token.Groups["attrs"].Value))
                {
                    var name = attribute.Groups["name"].Value.ToLowerInvariant().Replace(':', '_');
                    if (!name.StartsWith("xmlns", StringComparison.Ordinal) && element.Attribute(name) is null)
                    {
                        element.SetAttributeValue(name, WebUtility.HtmlDecode(attribute.Groups["value"].Value));
                    }
                }

                open.Peek().Add(element);
                if (!token.Groups["self"].Success && !Void.Contains(element.Name.LocalName))
                {
                    open.Push(element);
                }
            }
            else if (token.Groups["text"].Success)
            {
                open.Peek().Add(new XText(WebUtility.HtmlDecode(token.Groups["text"].Value)));
            }
        }

        return root;
    }

    /// <summary>The element whose id is <paramref name="id"/>, or null.</summary>
    public static XElement? ById(this XElement tree, string id) =>
        tree.Descendants().FirstOrDefault(e => (string?)e.Attribute("id") == id);

    /// <summary>The elements named <paramref name="name"/> that carry CSS class <paramref name="cssClass"/>.</summary>
    public static IEnumerable<XElement> WithClass(this XElement tree, string name, string cssClass) =>
        tree.Descendants(name).Where(e => ((string?)e.Attribute("class") ?? "").Split(' ').Contains(cssClass));

    /// <summary>The element's text with runs of white space folded to one space, trimmed.</summary>
    public static string Text(this XElement element) => Spaces().Replace(element.Value, " ").Trim();

    /// <summary>Whether the element carries the attribute (boolean attributes such as <c>disabled</c> have no value).</summary>
    public static bool Has(this XElement element, string attribute) => element.Attribute(attribute) is not null;

    [GeneratedRegex("""<!--.*?-->|<!(?:DOCTYPE|doctype)[^>]*>|</(?<close>[a-zA-Z][a-zA-Z0-9:-]*)\s*>|<(?<open>[a-zA-Z][a-zA-Z0-9:-]*)(?<attrs>(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*(?<self>/)?>|(?<text>[^<]+|<)""", RegexOptions.Singleline)]
    private static partial Regex Tokens();

    [GeneratedRegex("""(?<name>[^\s=/>]+)(?:\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>"']+)))?""")]
    private static partial Regex Attributes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
