using System.Text.RegularExpressions;

namespace FabMob.Content.Tests;

public partial class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly Dictionary<string, string> UrlBySource = new(StringComparer.Ordinal)
    {
        ["blog/2015/genese.md"] = "/blog/genese",
        ["blog/2015/autre.md"] = "/blog/autre",
        ["blog/2016/suite.md"] = "/blog/suite",
    };

    private static string Render(string markdown, string source = "blog/2015/genese.md") =>
        Renderer.Render(Renderer.Parse(markdown), new PageLinkResolver(source, UrlBySource));

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    /// <summary>The first <c>href</c> of <paramref name="html"/>, percent-decoded (Markdig encodes non-ASCII).</summary>
    private static string DecodedHref(string html) => Uri.UnescapeDataString(Href().Match(html).Groups[1].Value);

    [Fact]
    public void A_button_inside_a_link_becomes_a_link_styled_as_a_button()
    {
        var html = Render("[<button>Adhérez ! </button>](https://example.org/a)");

        Assert.Contains("<a href=\"https://example.org/a\" class=\"bouton\">Adhérez\u202F!</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<button", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</button>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_button_with_attributes_inside_a_link_is_unwrapped_too()
    {
        var html = Render("Texte [ <BUTTON type=\"button\">S'inscrire à la lettre</BUTTON> ](https://example.org/lettre) fin.");

        Assert.Contains("<a href=\"https://example.org/lettre\" class=\"bouton\">S'inscrire à la lettre</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("button", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_normal_link_is_untouched()
    {
        var html = Render("Voir l'[accord de Paris](https://fr.wikipedia.org/wiki/Accord_de_Paris_sur_le_climat).");

        Assert.Equal(
            "<p>Voir l'<a href=\"https://fr.wikipedia.org/wiki/Accord_de_Paris_sur_le_climat\">accord de Paris</a>.</p>\n",
            html);
    }

    [Fact]
    public void Html_elements_that_only_start_with_button_letters_are_not_unwrapped()
    {
        var html = Render("[<buttonish>x</buttonish>](https://example.org)");

        Assert.Contains("<buttonish>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("bouton", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_is_kept()
    {
        var html = Render("Une ressource ouverte, dite <em>open source</em>, et utile.");

        Assert.Contains("dite <em>open source</em>, et utile", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_html_block_is_kept()
    {
        var html = Render("<div class=\"encart\">\n<p>Bonjour</p>\n</div>\n");

        Assert.Contains("<div class=\"encart\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_ids_keep_accents()
    {
        var html = Render("## Qui sommes-nous à Paris\n");

        Assert.Contains("id=\"qui-sommes-nous-à-paris\"", html, StringComparison.Ordinal);
        Assert.Contains(">Qui sommes-nous à Paris</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipe_tables_render_as_tables()
    {
        var html = Render("| Mode | Part |\n|------|------|\n| Vélo | 3 % |\n");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Mode</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Vélo</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_are_lazy_and_keep_their_alt_text()
    {
        var html = Render("![Une voie cyclable à Paris](https://example.org/velo.jpg)");

        Assert.Contains("src=\"https://example.org/velo.jpg\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Une voie cyclable à Paris\"", html, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\"", html, StringComparison.Ordinal);
        Assert.Contains("decoding=\"async\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_image_resolves_against_the_page_file()
    {
        var html = Render("![Schéma](images/x.png)");

        Assert.Contains("src=\"/blog/2015/images/x.png\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Schéma\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_links_to_pages_resolve_to_their_urls()
    {
        var html = Render("[suite](../2016/suite.md) et [autre](autre.md) et [plus loin](../2016/suite.md#fin)");

        Assert.Contains("<a href=\"/blog/suite\">suite</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/blog/autre\">autre</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/blog/suite#fin\">plus loin</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_link_resolves_like_an_inline_link()
    {
        var html = Render("Voir la [suite][s].\n\n[s]: ../2016/suite.md\n");

        Assert.Contains("<a href=\"/blog/suite\">suite</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/page")]
    [InlineData("#qui-sommes-nous")]
    [InlineData("mailto:contact@example.org")]
    [InlineData("/à-propos/nous")]
    [InlineData("/communs")]
    [InlineData("../../../hors-racine.md")]
    public void Absolute_urls_anchors_mailto_site_paths_and_links_beyond_the_root_are_unchanged(string url)
    {
        var html = Render($"[lien]({url})");

        Assert.Equal(url, DecodedHref(html));
    }

    [Fact]
    public void Ascii_urls_are_written_exactly_as_given()
    {
        Assert.Contains("href=\"https://example.org/a?b=1&amp;c=2#d\"", Render("[x](https://example.org/a?b=1&c=2#d)"), StringComparison.Ordinal);
        Assert.Contains("href=\"/communs\"", Render("[x](/communs)"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_percent_encoded_relative_link_is_not_encoded_twice()
    {
        var html = Render("[rapport](documents/Rapport%20final.pdf) [autre](<Rapport final.pdf>)");

        Assert.Contains("href=\"/blog/2015/documents/Rapport%20final.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/blog/2015/Rapport%20final.pdf\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("%25", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_button_inside_emphasis_inside_a_link_is_unwrapped()
    {
        var html = Render("[**<button>Adhérez</button>**](https://example.org/a)");

        Assert.Contains("<a href=\"https://example.org/a\" class=\"bouton\"><strong>Adhérez</strong></a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("button", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_around_a_button_in_a_link_keeps_its_spaces()
    {
        var html = Render("[Voir <button>Adhérez</button>](https://example.org/a)");

        Assert.Contains(">Voir Adhérez</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_button_outside_a_link_is_left_alone()
    {
        var html = Render("<button>Cliquer</button>");

        Assert.Contains("<button>Cliquer</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("bouton", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_with_a_relative_path_in_a_link_resolves_both()
    {
        var html = Render("[![Logo](images/logo.png)](autre.md)");

        Assert.Contains("href=\"/blog/autre\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/blog/2015/images/logo.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_the_same_markdown_twice_gives_the_same_html()
    {
        const string Markdown = "# Titre\n\n[x](autre.md) ![i](i.png)\n";

        Assert.Equal(Render(Markdown), Render(Markdown));
    }
}
