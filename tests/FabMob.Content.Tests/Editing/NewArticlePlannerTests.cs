using FabMob.Content.Editing;
using FabMob.Content.Mounts;

namespace FabMob.Content.Tests.Editing;

public sealed class NewArticlePlannerTests
{
    private static readonly ContentOptions Association = new()
    {
        Mounts =
        [
            new ContentMount("contenu/articles", "/blog", MountKind.Collection),
            new ContentMount("contenu", "/à-propos", MountKind.Pages) { Recursive = false },
            new ContentMount("contenu", "/contenu", MountKind.Files),
        ],
    };

    private static readonly DateTimeOffset Evening = new(2026, 12, 6, 16, 5, 0, TimeSpan.Zero);

    [Fact]
    public void The_association_layout_puts_a_new_article_in_its_year_folder_under_the_collection_mount()
    {
        var article = new NewArticlePlanner(Association).Plan("Aller vers le covoiturage par l'expérimentation", Evening, _ => false);

        Assert.Equal("contenu/articles/2026/aller-vers-le-covoiturage-par-l-expérimentation.md", article.SourcePath);
        Assert.Equal("aller-vers-le-covoiturage-par-l-expérimentation", article.Slug);
        Assert.Equal("/blog/aller-vers-le-covoiturage-par-l-expérimentation", article.Url);
    }

    [Fact]
    public void The_default_layout_uses_its_own_collection_folder()
    {
        var article = new NewArticlePlanner(new ContentOptions()).Plan("Vélo", Evening, _ => false);

        Assert.Equal("blog/2026/vélo.md", article.SourcePath);
        Assert.Equal("/blog/vélo", article.Url);
    }

    [Fact]
    public void The_new_file_is_a_french_draft_dated_now_in_paris_that_the_site_reads_back()
    {
        var article = new NewArticlePlanner(Association, new FixedTime(Evening)).Plan("Covoiturage : « bilan »", null, _ => false);

        Assert.Equal("---\ntitre: \"Covoiturage : « bilan »\"\ndate: 2026-12-06 17:05\nbrouillon: true\n---\n\n", article.Text);
        var read = new FrontMatterReader(new ContentLimits()).Read(article.Text, article.SourcePath).FrontMatter;
        Assert.Equal("Covoiturage : « bilan »", read.Title);
        Assert.True(read.Draft);
        Assert.Equal(Evening, read.Date);
    }

    [Fact]
    public void A_taken_address_is_reported_with_the_first_free_name()
    {
        var taken = new HashSet<string> { "/blog/vélo", "contenu/articles/2026/vélo-2.md" };

        var refused = Assert.Throws<NewArticleException>(() => new NewArticlePlanner(Association).Plan("Vélo", Evening, taken.Contains));

        Assert.Equal(NewArticleRefusal.NameTaken, refused.Refusal);
        Assert.Equal("vélo-3", refused.Suggestion!.Slug);
        Assert.Equal("contenu/articles/2026/vélo-3.md", refused.Suggestion.SourcePath);
        Assert.Contains("/blog/vélo", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_without_letters_is_refused_in_french()
    {
        var refused = Assert.Throws<NewArticleException>(() => new NewArticlePlanner(Association).Plan(" ?! ", Evening, _ => false));

        Assert.Equal(NewArticleRefusal.TitleWithoutLetters, refused.Refusal);
        Assert.Contains("ni lettre ni chiffre", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_title_gives_a_slug_cut_after_a_whole_word()
    {
        var title = string.Join(' ', Enumerable.Repeat("mobilité", 20));

        var article = new NewArticlePlanner(Association).Plan(title, Evening, _ => false);

        Assert.True(article.Slug.Length <= NewArticlePlanner.MaxSlugLength);
        Assert.EndsWith("mobilité", article.Slug, StringComparison.Ordinal);
    }
}
