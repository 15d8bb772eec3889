namespace FabMob.Content.Tests;

/// <summary>A single newline as a line break (as remark-breaks renders the association's current site).</summary>
public sealed class HardLineBreaksTests
{
    private const string Poem = "Première ligne\nDeuxième ligne\n\nAutre paragraphe.\n";

    private static string Render(MarkdownRenderer renderer, string markdown, bool hardLineBreaks) =>
        renderer.Render(renderer.Parse(markdown, [], hardLineBreaks), new PageLinkResolver("page.md", new Dictionary<string, string>()));

    [Fact]
    public void By_default_a_single_newline_joins_the_lines_of_a_paragraph()
    {
        var html = Render(new MarkdownRenderer(), Poem, hardLineBreaks: false);

        Assert.Equal("<p>Première ligne\nDeuxième ligne</p>\n<p>Autre paragraphe.</p>\n", html);
    }

    [Fact]
    public void With_hard_line_breaks_a_single_newline_is_a_line_break()
    {
        var html = Render(new MarkdownRenderer(), Poem, hardLineBreaks: true);

        Assert.Equal("<p>Première ligne<br />\nDeuxième ligne</p>\n<p>Autre paragraphe.</p>\n", html);
    }

    [Fact]
    public void One_renderer_serves_both_ways_in_turn_and_in_parallel_each_document_keeping_its_own()
    {
        var renderer = new MarkdownRenderer();
        var results = Enumerable.Range(0, 200).AsParallel()
            .Select(i => (Hard: i % 2 == 0, Html: Render(renderer, Poem, hardLineBreaks: i % 2 == 0)))
            .ToList();

        Assert.All(results, r => Assert.Equal(r.Hard, r.Html.Contains("<br />", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Une <span class=\"x\">ligne</span>\nune autre\n", "<br />")] // plain tags: written as Markdig writes them
    [InlineData("Une <span data-x=\"x\">ligne</span>\nune autre\n", "<br>")] // read back and written by the sanitiser
    public void Hard_line_breaks_also_apply_to_pages_with_raw_html(string markdown, string lineBreak)
    {
        var html = Render(new MarkdownRenderer(), markdown, hardLineBreaks: true);

        Assert.Contains("ligne</span>" + lineBreak, html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_wide_option_makes_every_page_break_lines_pages_and_collection_entries_alike()
    {
        using var tree = new TempContentTree();
        tree.Write("index.md", "---\ntitre: Accueil\n---\n" + Poem);
        tree.Write("à-propos.md", "---\ntitre: À propos\n---\n" + Poem);
        tree.Write("blog/2021/article.md", "---\ntitre: Article\ndate: 2021-03-04\n---\n" + Poem);

        var hard = new ContentSnapshotBuilder(new ContentOptions { HardLineBreaks = true }).Build(tree.Root);
        var soft = new ContentSnapshotBuilder(new ContentOptions()).Build(tree.Root);

        Assert.Equal(3, hard.Pages.Count);
        Assert.All(hard.Pages, page => Assert.Contains("Première ligne<br />\nDeuxième ligne", page.Html, StringComparison.Ordinal));
        Assert.All(soft.Pages, page => Assert.DoesNotContain("<br", page.Html, StringComparison.Ordinal));
    }
}
