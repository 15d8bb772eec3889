using AngleSharp.Html.Parser;

namespace FabMob.Content.Tests.Security;

/// <summary>
/// Whatever the sanitiser removes, the text around it stays. Regression: a real article embeds slides with a
/// self-closing <c>&lt;iframe … /&gt;</c> (slideshare, Google Docs, miro) followed by some 1,700 words; HTML does
/// not close an iframe with « /&gt; », so a browser, and the hand-written sanitiser, took those words for the
/// iframe's content and they were lost.
/// </summary>
public sealed class TextAroundRawHtmlTests
{
    private const string Slideshare =
        "<iframe src=\"https://www.slideshare.net/slideshow/embed_code/key/a1b2c3\" width=\"595\" height=\"485\" frameborder=\"0\" " +
        "marginwidth=\"0\" marginheight=\"0\" scrolling=\"no\" style=\"border:1px solid #CCC; max-width: 100%;\" allowfullscreen />";

    private const string GoogleDocs =
        "<iframe src=\"https://docs.google.com/presentation/d/e/2PACX-1v/embed?start=false&loop=false\" frameborder=\"0\" " +
        "width=\"960\" height=\"569\" allowfullscreen=\"true\" mozallowfullscreen=\"true\" webkitallowfullscreen=\"true\" />";

    private const string Miro =
        "<iframe width=\"768\" height=\"432\" src=\"https://miro.com/app/live-embed/uXjVO=/?moveToViewport=-1\" frameBorder=\"0\" scrolling=\"no\" allowFullScreen />";

    /// <summary>The association's embed hosts, as its configuration adds them.</summary>
    private static readonly MarkdownRenderer Configured = new(embedHosts: ["www.slideshare.net", "docs.google.com", "miro.com"]);

    /// <summary>Default hosts only: these three are refused.</summary>
    private static readonly MarkdownRenderer Default = new();

    private static readonly string LongText = string.Join(' ', Enumerable.Range(1, 1700).Select(i => $"mot{i}"));

    public static TheoryData<string, string> Shapes() => new()
    {
        // In a paragraph: the iframe is inline HTML.
        { "paragraph", "Les diapositives : {0} " + LongText + "\n\nFin de l'article.\n" },
        // As an HTML block, the text on the next line (same block) and in the paragraphs after it.
        { "block, text on the next line", "{0}\n" + LongText + "\n\nFin de l'article.\n" },
        { "block, text in the next paragraphs", "{0}\n\n" + LongText + "\n\n## Suite\n\nFin de l'article.\n" },
        { "block in a div", "<div class=\"diapos\">\n{0}\n</div>\n\n" + LongText + "\n\nFin de l'article.\n" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_self_closing_iframe_from_an_allowed_host_is_kept_and_so_is_every_word_after_it(string shape, string template)
    {
        foreach (var iframe in new[] { Slideshare, GoogleDocs, Miro })
        {
            var findings = new List<RawHtmlFinding>();
            var html = Render(Configured, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, iframe), findings);

            var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body><main>" + html + "</main><footer>pied</footer>");
            var frame = Assert.Single(document.QuerySelectorAll("iframe"));
            Assert.StartsWith("https://", frame.GetAttribute("src"), StringComparison.Ordinal);
            Assert.Equal("", frame.TextContent);
            AssertEveryWordKept(document.QuerySelector("main")!.TextContent, shape);
            Assert.NotNull(document.QuerySelector("body > footer"));
            Assert.Contains(findings, f => f.Message.Contains("« /> » ne ferme pas", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_self_closing_iframe_from_a_refused_host_goes_and_every_word_after_it_stays(string shape, string template)
    {
        foreach (var iframe in new[] { Slideshare, GoogleDocs, Miro })
        {
            var findings = new List<RawHtmlFinding>();
            var html = Render(Default, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, iframe), findings);

            var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body><main>" + html + "</main>");
            Assert.Empty(document.QuerySelectorAll("iframe"));
            AssertEveryWordKept(document.QuerySelector("main")!.TextContent, shape);
            Assert.Contains(findings, f => f.Message.Contains("<iframe> de «", StringComparison.Ordinal) && f.Message.Contains("supprimée", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_iframe_never_closed_is_closed_after_its_tag_and_the_text_after_it_stays()
    {
        var findings = new List<RawHtmlFinding>();
        var html = Render(Default, "<iframe src=\"https://www.youtube.com/embed/x\" width=\"560\">\n\n" + LongText + "\n\nFin de l'article.\n", findings);

        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html);
        Assert.Equal("", Assert.Single(document.QuerySelectorAll("iframe")).TextContent);
        AssertEveryWordKept(document.Body!.TextContent, "never closed");
        Assert.Contains(findings, f => f.Message.Contains("jamais fermé", StringComparison.Ordinal));
    }

    [Fact]
    public void A_closed_iframe_keeps_the_text_after_its_end_tag_and_loses_only_its_fallback()
    {
        var html = Render(Default, "<iframe src=\"https://exemple.org/x\">repli</iframe>\n\n" + LongText + "\n\nFin de l'article.\n", []);

        Assert.DoesNotContain("repli", html, StringComparison.Ordinal);
        AssertEveryWordKept(new HtmlParser().ParseDocument(html).Body!.TextContent, "closed");
    }

    private static string Render(MarkdownRenderer renderer, string markdown, List<RawHtmlFinding> findings) =>
        renderer.Render(renderer.Parse(markdown, findings), new PageLinkResolver("blog/2020/article.md", new Dictionary<string, string>()));

    private static void AssertEveryWordKept(string text, string shape)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var missing = Enumerable.Range(1, 1700).Count(i => !words.Contains($"mot{i}"));
        Assert.True(missing == 0, $"{shape}: {missing} of 1,700 words lost");
        Assert.Contains("article.", text, StringComparison.Ordinal);
    }
}
