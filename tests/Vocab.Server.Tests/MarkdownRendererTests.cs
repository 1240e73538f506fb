using Vocab.Server.Web;

namespace Vocab.Server.Tests;

/// <summary>The shared Markdown renderer: formatting survives, script never does.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)>")]
    public void Raw_html_is_escaped_text(string payload)
    {
        var html = Renderer.ToHtml("before " + payload + " after");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](javascript&#58;alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    public void Unsafe_link_targets_become_plain_text(string markdown)
    {
        var html = Renderer.ToHtml(markdown);

        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)")]
    public void Unsafe_images_become_their_alt_text(string markdown)
    {
        var html = Renderer.ToHtml(markdown);

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("x", html);
    }

    [Fact]
    public void Attribute_syntax_cannot_add_event_handlers()
    {
        var html = Renderer.ToHtml("[ok](https://example.org){onclick=\"alert(1)\"}\n\n# Title {#x onmouseover=alert(1)}");

        // The braces stay as text; no element gets an attribute from them.
        Assert.DoesNotMatch("<[^>]*\\son(click|mouseover)=", html);
        Assert.DoesNotContain(" id=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Media_link_is_not_embedded()
    {
        var html = Renderer.ToHtml("![video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)");

        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[a](https://example.org/x)", "<a href=\"https://example.org/x\" rel=\"nofollow noopener\">a</a>")]
    [InlineData("[a](http://example.org/)", "<a href=\"http://example.org/\" rel=\"nofollow noopener\">a</a>")]
    [InlineData("[a](mailto:someone@example.org)", "<a href=\"mailto:someone@example.org\" rel=\"nofollow noopener\">a</a>")]
    [InlineData("[a](/concept/technique/HAADFSTEM)", "<a href=\"/concept/technique/HAADFSTEM\" rel=\"nofollow noopener\">a</a>")]
    [InlineData("<https://example.org>", "<a href=\"https://example.org\" rel=\"nofollow noopener\">https://example.org</a>")]
    public void Safe_links_survive_with_nofollow(string markdown, string expected)
    {
        Assert.Contains(expected, Renderer.ToHtml(markdown));
    }

    [Fact]
    public void Formatting_tables_and_lists_render()
    {
        var html = Renderer.ToHtml("**bold** _em_ `code`\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        Assert.Contains("<strong>bold</strong>", html);
        Assert.Contains("<em>em</em>", html);
        Assert.Contains("<code>code</code>", html);
        Assert.Contains("<li>one</li>", html);
        Assert.Contains("<table>", html);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_input_renders_nothing(string? markdown)
    {
        Assert.Equal("", Renderer.ToHtml(markdown));
    }
}
