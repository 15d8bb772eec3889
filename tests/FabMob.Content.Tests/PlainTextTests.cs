using Markdig;
using Markdig.Syntax;

namespace FabMob.Content.Tests;

public class PlainTextTests
{
    private static string FirstParagraph(string markdown) =>
        PlainText.Of(Markdown.Parse(markdown).Descendants<ParagraphBlock>().First());

    [Fact]
    public void Markup_is_stripped_and_whitespace_collapsed()
    {
        Assert.Equal("Le vélo, le train & le code.",
            FirstParagraph("Le **vélo**,   le [train](https://x) &amp; `le code`.\n"));
    }

    [Fact]
    public void Images_are_left_out_and_line_breaks_become_spaces()
    {
        Assert.Equal("Avant après fin", FirstParagraph("Avant ![photo](p.jpg) après  \nfin\n"));
    }

    [Fact]
    public void Short_text_is_not_truncated()
    {
        Assert.Equal("Un texte court.", PlainText.Truncate("Un texte court.", 20));
    }

    [Fact]
    public void Long_text_is_cut_at_the_last_space_with_an_ellipsis()
    {
        Assert.Equal("Les problèmes de…", PlainText.Truncate("Les problèmes de mobilité ne seront pas résolus", 20));
    }

    [Fact]
    public void Punctuation_before_the_cut_is_dropped()
    {
        Assert.Equal("Territoires…", PlainText.Truncate("Territoires, industriels, laboratoires", 16));
    }

    [Fact]
    public void A_text_without_spaces_is_cut_hard_within_the_limit()
    {
        var cut = PlainText.Truncate(new string('a', 50), 10);

        Assert.Equal(new string('a', 9) + "…", cut);
        Assert.Equal(10, cut.Length);
    }
}
