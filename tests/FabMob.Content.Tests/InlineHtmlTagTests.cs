namespace FabMob.Content.Tests;

/// <summary>
/// Raw HTML tags as Markdig keeps them, read by AngleSharp's tokenizer (<see cref="InlineHtmlTag"/>), and what the
/// renderer does with the tricky ones: code-like tags that keep French spacing away, buttons taken out of links.
/// </summary>
public sealed class InlineHtmlTagTests
{
    private const char Fine = '\u202F';

    private static readonly MarkdownRenderer Renderer = new();

    private static string Render(string markdown) =>
        Renderer.Render(Renderer.Parse(markdown), new PageLinkResolver("page.md", new Dictionary<string, string>(StringComparer.Ordinal)));

    [Theory]
    [InlineData("<code>", "code", false, false)]
    [InlineData("<codex>", "codex", false, false)]
    [InlineData("<code-x>", "code-x", false, false)]
    [InlineData("</CODE >", "code", true, false)]
    [InlineData("<code title=\"a>b\" class='c>d'>", "code", false, false)]
    [InlineData("<br/>", "br", false, true)]
    [InlineData("<Button\ttype=\"button\">", "button", false, false)]
    public void A_tag_reads_as_its_lower_case_name_and_kind(string tag, string name, bool isEndTag, bool isSelfClosing)
    {
        Assert.Equal(new InlineHtmlTag(name, isEndTag, isSelfClosing), InlineHtmlTag.Read(tag));
    }

    [Theory]
    [InlineData("<!-- <code> -->")]
    [InlineData("<!DOCTYPE html>")]
    [InlineData("<?php echo 1; ?>")]
    [InlineData("<![CDATA[<code>]]>")]
    [InlineData("button")]
    [InlineData("")]
    [InlineData(null)]
    public void A_comment_a_declaration_or_text_reads_as_no_tag(string? tag)
    {
        Assert.Null(InlineHtmlTag.Read(tag));
    }

    [Fact]
    public void A_tag_whose_name_only_starts_like_code_leaves_french_spacing_on()
    {
        var html = Render("<code-x>a ?</code-x> <codex>b ?</codex>");

        Assert.Contains($"a{Fine}?", html, StringComparison.Ordinal);
        Assert.Contains($"b{Fine}?", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upper_case_end_tag_with_a_space_closes_code_and_spacing_comes_back_after_it()
    {
        var html = Render("<CODE>a ?</CODE > b ?");

        Assert.Contains("a ?", html, StringComparison.Ordinal);
        Assert.Contains($"b{Fine}?", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_tag_with_a_closing_angle_bracket_inside_a_quoted_attribute_still_keeps_its_text_as_written()
    {
        var html = Render("<code title=\"x>y\">a ? b</code> c ?");

        Assert.Contains("a ? b", html, StringComparison.Ordinal);
        Assert.Contains($"c{Fine}?", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_tag_inside_a_comment_does_not_turn_french_spacing_off()
    {
        var html = Render("a ? <!-- <code> --> b ?");

        Assert.Contains($"b{Fine}?", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_whose_name_only_starts_like_button_is_not_taken_out_of_a_link()
    {
        var html = Render("[<button-x>x</button-x>](https://example.org)");

        Assert.Contains("<button-x>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"bouton\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_word_button_after_an_angle_bracket_in_text_is_no_tag()
    {
        var html = Render("[a <button b](https://example.org)");

        Assert.Contains("&lt;button b", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"bouton\"", html, StringComparison.Ordinal);
    }
}
