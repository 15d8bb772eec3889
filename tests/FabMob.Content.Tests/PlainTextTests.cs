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

    [Theory]
    [InlineData("Le **vélo** électrique", 3)]
    [InlineData("un**deux** trois", 2)]
    [InlineData("Avant ![photo](p.jpg) après  \nfin", 3)]
    [InlineData("avant![photo](p.jpg)après", 1)]
    [InlineData("`du code` ici &amp; là", 5)]
    [InlineData("Mot\u00A0: fin, [lien *vers* ailleurs](https://x)", 6)]
    [InlineData("ligne\nsuivante", 2)]
    public void Words_are_counted_as_the_plain_text_splits_them(string markdown, int expected)
    {
        var block = Markdown.Parse(markdown).Descendants<ParagraphBlock>().First();

        Assert.Equal(expected, PlainText.CountWords(block));
        Assert.Equal(PlainText.Of(block).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, PlainText.CountWords(block));
    }

    [Fact]
    public void A_block_without_inlines_has_no_words()
    {
        var code = Markdown.Parse("```\ndu code\n```\n").Descendants<LeafBlock>().First();

        Assert.Equal(0, PlainText.CountWords(code));
    }
}
