namespace FabMob.Content.Tests.Security;

/// <summary>
/// The sanitiser (HtmlSanitizer, AngleSharp) is warmed up in the background only for a page whose raw HTML is likely to
/// go the full way (<see cref="MarkdownRenderer.MayNeedFullSanitizer"/>): a page of plain phrasing tags and the seed
/// pages' buttons never asks for it.
/// </summary>
public sealed class SanitizerWarmUpTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Theory]
    [InlineData("Le <abbr title=\"Fret ferroviaire\">projet</abbr><br>suite.\n")]
    [InlineData("[<button>Adhérez !</button>](https://www.helloasso.com/)\n")]
    [InlineData("Un <em>mot</em> et <code>x</code>, puis [<button> Adhérer </button>](/adhérer).\n")]
    public void A_page_of_plain_tags_and_buttons_in_links_does_not_ask_for_the_full_sanitiser(string markdown)
    {
        Assert.False(MarkdownRenderer.MayNeedFullSanitizer(Renderer.Parse(markdown)));
    }

    [Theory]
    [InlineData("<div class=\"encart\">\nTexte\n</div>\n")]
    [InlineData("Une vidéo <iframe src=\"https://www.youtube.com/embed/x\"></iframe>.\n")]
    [InlineData("> [!NOTE]\n> Une note.\n")]
    [InlineData("Un <span style=\"color:red\">mot</span>.\n")]
    [InlineData("Un <a href=\"https://exemple.org/\">lien</a>.\n")]
    [InlineData("Un <!-- commentaire --> ici.\n")]
    public void A_page_with_blocks_alerts_or_other_tags_asks_for_it(string markdown)
    {
        Assert.True(MarkdownRenderer.MayNeedFullSanitizer(Renderer.Parse(markdown)));
    }
}
