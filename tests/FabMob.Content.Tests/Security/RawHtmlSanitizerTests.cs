using System.Text.RegularExpressions;
using FabMob.Content.Checking;

namespace FabMob.Content.Tests.Security;

public sealed partial class RawHtmlSanitizerTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static (string Html, List<RawHtmlFinding> Findings) Render(string markdown)
    {
        var findings = new List<RawHtmlFinding>();
        var document = Renderer.Parse(markdown, findings);
        return (Renderer.Render(document, new PageLinkResolver("page.md", new Dictionary<string, string>())), findings);
    }

    private static string Html(string markdown) => Render(markdown).Html;

    /// <summary>
    /// The same document for a browser: both read by an HTML5 parser (AngleSharp) and written out again, white
    /// space collapsed. The sanitiser writes out the tree it cleaned, so quoting and spacing inside tags are its own.
    /// </summary>
    private static string Normalized(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html);
        return Spaces().Replace(document.Body!.InnerHtml, " ").Replace("> <", "><", StringComparison.Ordinal).Trim();
    }

    private static void AssertSameHtml(string expected, string actual) => Assert.Equal(Normalized(expected), Normalized(actual));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>What a browser would run, read back with scripting on and off: handlers, script addresses, script elements.</summary>
    private static void AssertNoScript(string html)
    {
        foreach (var scripting in new[] { true, false })
        {
            var parser = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = scripting });
            var document = parser.ParseDocument("<!DOCTYPE html><body><main>" + html + "</main><footer>pied</footer>");
            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.NotNull(document.QuerySelector("body > footer"));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), element.OuterHtml);
                    var value = new string(attribute.Value.Where(c => c > ' ').ToArray());
                    Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), element.OuterHtml);
                }
            }
        }
    }

    [Fact]
    public void A_script_block_is_removed_with_its_content_and_the_rest_is_kept()
    {
        var (html, findings) = Render("Avant.\n\n<script>\nalert('x');\n\nfetch('/x');\n</script>\n\nAprès.\n");

        Assert.Equal("<p>Avant.</p>\n<p>Après.</p>\n", html);
        var finding = Assert.Single(findings);
        Assert.Equal(2, finding.Line);
        Assert.Equal(1, finding.Column);
        Assert.Contains("<script>", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_sanitised_one_after_the_other_on_one_thread_each_report_their_own_findings_at_their_own_lines()
    {
        // The parser is kept per thread: what it read for one page must never locate the next page's findings.
        var first = Render("Ligne.\n\nTexte <iframe src=\"https://ailleurs.example/\"></iframe> fin.\n");
        var second = Render("Un.\n\nDeux.\n\nTrois <b onclick=\"x()\">gras</b>.\n");
        var third = Render("Rien à signaler, <b>gras</b>.\n");

        Assert.Equal(2, Assert.Single(first.Findings).Line); // body lines counted from 0
        var attribute = Assert.Single(second.Findings);
        Assert.Equal(4, attribute.Line);
        Assert.Equal(10, attribute.Column);
        Assert.Contains("onclick", attribute.Message, StringComparison.Ordinal);
        Assert.Empty(third.Findings);
        Assert.Contains("<b>gras</b>", third.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Un <script>alert(1)</script> texte.", "<p>Un  texte.</p>\n")]
    [InlineData("Un <SCRIPT type=\"text/javascript\">alert(1)</SCRIPT> texte.", "<p>Un  texte.</p>\n")]
    [InlineData("Un <script src=\"https://exemple.org/x.js\"></script> texte.", "<p>Un  texte.</p>\n")]
    public void An_inline_script_is_removed_with_its_content(string markdown, string expected) =>
        Assert.Equal(expected, Html(markdown));

    [Fact]
    public void A_script_split_across_blocks_is_removed_whole_markdown_in_between_included()
    {
        var (html, findings) = Render(
            "<div class=\"encadre\">\n<script>\n</div>\n\nalert(document.cookie) *gras*\n\n```\ncode\n```\n\n<p>x</p></script><p>fin</p>\n\nSuite.\n");

        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("code", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"encadre\">", html, StringComparison.Ordinal);
        Assert.Contains("<p>fin</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Suite.</p>", html, StringComparison.Ordinal);
        Assert.Single(findings);
    }

    [Fact]
    public void A_script_never_closed_drops_everything_after_it_and_says_so()
    {
        var (html, findings) = Render("Début.\n\n<div><script>\n\nalert(1)\n\nTexte.\n");

        AssertSameHtml("<p>Début.</p>\n<div>\n", html);
        Assert.Equal(2, findings.Count);
        Assert.Contains("jamais fermé", findings[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=\"a.png\" onerror=\"alert(1)\" alt=\"Logo\">", "<img src=\"a.png\"  alt=\"Logo\">")]
    [InlineData("<img src=a.png ONERROR=alert(1)>", "<img src=a.png >")]
    [InlineData("<a/onclick=alert(1) href=\"/x\">lien</a>", "<a/ href=\"/x\">lien</a>")]
    [InlineData("<a href=\"/x\"onmouseover=\"alert(1)\"title=\"t\">lien</a>", "<a href=\"/x\"title=\"t\">lien</a>")]
    [InlineData("<svg onload=alert(1)><circle r=\"4\"/></svg>", "<svg ><circle r=\"4\"/></svg>")]
    [InlineData("<details open ontoggle=\"alert(1)\"><summary>Plus</summary>Texte</details>", "<details open ><summary>Plus</summary>Texte</details>")]
    [InlineData("<body onload = 'alert(1)' class=x>", "<body  class=x>")]
    public void Event_handlers_are_removed_and_every_other_attribute_kept_as_written(string raw, string expected)
    {
        // Inside an HTML block, where Markdown hands the text to the browser as written.
        var (html, findings) = Render("<div>\n" + raw + "\n</div>\n");

        AssertSameHtml("<div>\n" + expected + "\n</div>", html);
        Assert.Contains(findings, f => f.Message.Contains("supprimé", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"  JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"jav&#9ascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>")]
    [InlineData("<a href=\"&#0000106avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"javascript&colon;alert(1)\">x</a>")]
    [InlineData("<a href=\"java&NewLine;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"java\nscript:alert(1)\">x</a>")]
    [InlineData("<a href=javascript:alert(1)>x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>")]
    [InlineData("<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(2)\">x</button></form>")]
    [InlineData("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>")]
    [InlineData("<object data=\"javascript:alert(1)\"></object>")]
    [InlineData("<embed src=\"javascript:alert(1)\">")]
    [InlineData("<img src=\"data:text/html,x\">")]
    public void Script_addresses_are_removed_however_they_are_spelled(string raw)
    {
        var (html, findings) = Render(raw + "\n");

        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("msgbox", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data:text", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("PHNjcmlwdD5", html, StringComparison.Ordinal);
        Assert.NotEmpty(findings);
    }

    [Theory]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"point\">")]
    [InlineData("<a href=\"https://www.helloasso.com/associations/x?a=1&amp;b=2\">HelloAsso</a>")]
    [InlineData("<a href=\"/à-propos#équipe\">nous</a>")]
    [InlineData("<a href=\"mailto:contact@example.org\">écrire</a>")]
    [InlineData("<a href=\"../images/plan.pdf\" title=\"Plan : 2 pages\">plan</a>")]
    [InlineData("<div class=\"encadre\" id=\"a\" data-x=\"1\" aria-label=\"Encadré\">texte</div>")]
    [InlineData("<details><summary>Plus</summary>Texte caché</details>")]
    [InlineData("<!-- more -->")]
    [InlineData("<table><tr><th>Ligne</th><td>3 &lt; 4</td></tr></table>")]
    [InlineData("<p>Un <em>mot</em> et <abbr title=\"La Fabrique des Mobilités\">FabMob</abbr>.</p>")]
    [InlineData("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" width=\"560\" height=\"315\" allowfullscreen></iframe>")]
    [InlineData("<iframe src=\"//umap.openstreetmap.fr/fr/map/x\" width=\"100%\"></iframe>")]
    public void Everything_else_editors_write_is_kept_exactly(string raw)
    {
        var (html, findings) = Render(raw + "\n");

        Assert.Contains(Normalized(raw), Normalized(html), StringComparison.Ordinal);
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("<iframe src=\"https://exemple.org/page\"></iframe>", "exemple.org")]
    [InlineData("<iframe src=\"http://www.youtube.com/embed/abc\"></iframe>", "http://www.youtube.com/embed/abc")]
    [InlineData("<iframe src=\"https://www.youtube.com@evil.example/\"></iframe>", "https://www.youtube.com@evil.example/")]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", "sans adresse")]
    [InlineData("<IFRAME SRC=\"https://www.youtube.com.evil.example/embed\">repli <b>x</b></IFRAME>", "www.youtube.com.evil.example")]
    public void An_iframe_outside_the_allow_list_is_removed_with_its_content(string raw, string named)
    {
        var (html, findings) = Render("Avant.\n\n" + raw + "\n\nAprès.\n");

        Assert.Equal("<p>Avant.</p>\n<p>Après.</p>\n", html);
        Assert.Contains(named, Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allowed_iframe_loses_its_handlers_and_srcdoc()
    {
        var html = Html("<iframe src=\"https://player.vimeo.com/video/1\" onload=\"alert(1)\" srcdoc=\"x\"></iframe>\n");

        AssertSameHtml("<iframe src=\"https://player.vimeo.com/video/1\"  ></iframe>", html);
    }

    [Theory]
    [InlineData("[clic](javascript:alert(1))", "<p>clic</p>")]
    [InlineData("[clic](JAVASCRIPT:alert(1) \"titre\")", "<p>clic</p>")]
    [InlineData("[clic][r]\n\n[r]: javascript:alert(1)", "<p>clic</p>")]
    [InlineData("![photo](javascript:alert(1))", "<p>photo</p>")]
    [InlineData("[clic](data:text/html,x)", "<p>clic</p>")]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>")]
    public void Markdown_links_and_images_to_script_addresses_keep_their_text_only(string markdown, string expected)
    {
        var (html, findings) = Render(markdown + "\n");

        Assert.Equal(expected, html.Trim());
        Assert.Single(findings);
    }

    [Fact]
    public void A_markdown_image_may_be_a_data_image()
    {
        var (html, findings) = Render("![point](data:image/png;base64,iVBORw0KGgo=)\n");

        Assert.Contains("src=\"data:image/png;base64,iVBORw0KGgo=\"", html, StringComparison.Ordinal);
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("# Titre {onclick=\"alert(1)\"}", "<h1 id=\"titre\">Titre</h1>")]
    [InlineData("[lien](/x){onmouseover=alert(1) data-x=1}", "<p><a href=\"/x\" data-x=\"1\">lien</a></p>")]
    [InlineData("[lien](/x){href=javascript:alert(1)}", "<p><a href=\"/x\">lien</a></p>")]
    public void Markdown_attributes_lose_handlers_and_script_addresses(string markdown, string expected)
    {
        var (html, findings) = Render(markdown + "\n");

        Assert.Equal(expected, html.Trim());
        Assert.Single(findings);
    }

    [Theory]
    // Raw-text elements: what the browser reads as text must not become markup elsewhere (SVG, MathML).
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>")]
    [InlineData("<svg><style><img src=x onerror=alert(1)></style></svg>")]
    [InlineData("<svg><title><img src=x onerror=alert(1)></title></svg>")]
    [InlineData("<textarea><img src=x onerror=alert(1)></textarea>")]
    [InlineData("<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>")]
    [InlineData("<svg><![CDATA[><a title=\"]]><img src=x onerror=alert(1)>\">]]></svg>")]
    // Comments end where the browser ends them.
    [InlineData("<!--><img src=x onerror=alert(1)>-->")]
    [InlineData("<!---><img src=x onerror=alert(1)>-->")]
    [InlineData("<!-- a --!><img src=x onerror=alert(1)>-->")]
    [InlineData("<div>\n<!--\n\n<a title=\"--><img src=x onerror=alert(1)>\">")]
    // A tag left unfinished would be finished by what follows.
    [InlineData("<div>\n<img src=x onerror=alert(1)\n\ntexte >")]
    [InlineData("<div>\n<a title=\"\n\n\" onclick=\"alert(1)\" x=\"\n")]
    // SVG animations that would write a script address into a link.
    [InlineData("<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text>x</text></a></svg>")]
    [InlineData("<svg><a><set attributeName=\"xlink:href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>")]
    [InlineData("<plaintext><img src=x onerror=alert(1)>")]
    public void Constructs_that_browsers_read_differently_cannot_smuggle_a_handler(string raw)
    {
        var html = Html(raw + "\n");

        AssertNoScript(html);
    }

    [Fact]
    public void A_comment_never_closed_is_closed_at_the_end_so_the_page_footer_stays_visible()
    {
        var (html, findings) = Render("<div>\n<!-- brouillon\n\nTexte caché.\n");

        // The comment is closed inside the page's content: what the layout writes after it stays visible.
        AssertNoScript(html);
        Assert.Contains("-->", html, StringComparison.Ordinal);
        Assert.Contains("jamais fermé", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_styles_are_kept_but_reported_since_the_site_policy_blocks_them()
    {
        var (html, findings) = Render("<p style=\"color: red\">Rouge</p>\n");

        Assert.Equal("<p style=\"color: red\">Rouge</p>", html.Trim());
        Assert.Contains("style", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_founding_pages_button_pattern_is_untouched()
    {
        var (html, findings) = Render("[<button>Adhérez ! </button>](https://www.helloasso.com/associations/la-fabrique-des-mobilites)\n");

        Assert.Contains("class=\"bouton\"", html, StringComparison.Ordinal);
        Assert.Empty(findings);
    }

    [Fact]
    public void Check_reports_each_removal_as_a_warning_with_the_file_line()
    {
        using var tree = new TempContentTree();
        tree.Write("index.md", "---\ntitre: Accueil\n---\nBonjour.\n");
        tree.Write("piégé.md", "---\ntitre: Piégé\n---\nTexte.\n\n<img src=\"/logo.png\" onerror=\"alert(1)\">\n\n[clic](javascript:alert(1))\n");
        var options = new ContentOptions();
        var snapshot = new ContentSnapshotBuilder(options).Build(tree.Root);

        var report = new ContentChecker(options).Check(snapshot, _ => true);

        Assert.Equal(
        [
            "piégé.md:6:22: avertissement: HTML : attribut « onerror » supprimé de <img> (pas de script dans le contenu)",
            "piégé.md:8:1: avertissement: lien d'adresse « javascript: » supprimé : son texte est gardé",
        ], report.Findings.Select(f => f.ToString()));
        Assert.False(report.HasErrors);
        Assert.DoesNotContain("onerror", snapshot.PagesByUrl["/piégé"].Html, StringComparison.Ordinal);
    }
}
