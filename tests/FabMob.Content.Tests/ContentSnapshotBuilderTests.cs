namespace FabMob.Content.Tests;

public sealed class ContentSnapshotBuilderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempContentTree _tree = new();
    private readonly ContentSnapshotBuilder _builder = new(new ContentOptions());

    public void Dispose() => _tree.Dispose();

    private ContentPage Page(string relativePath, string text)
    {
        _tree.Write(relativePath, text);
        var snapshot = _builder.Build(_tree.Root);
        Assert.True(snapshot.PagesBySource.TryGetValue(relativePath, out var page),
            $"{relativePath} not built: {string.Join("; ", snapshot.Findings)}");
        return page;
    }

    private static string LongParagraph(int words) =>
        string.Join(' ', Enumerable.Range(1, words).Select(i => $"mot{i}"));

    [Fact]
    public void Title_comes_from_titre_first()
    {
        var page = Page("à-propos.md", "---\ntitre: Qu'est-ce que la FabMob\n---\n# À propos\n");

        Assert.Equal("Qu'est-ce que la FabMob", page.Title);
        Assert.True(page.HasOwnHeading);
    }

    [Fact]
    public void Title_falls_back_to_the_first_level_one_heading_as_plain_text()
    {
        var page = Page("page.md", "## Sous-titre\n\n# Le *vélo* en [ville](https://example.org)\n\n# Autre\n");

        Assert.Equal("Le vélo en ville", page.Title);
        Assert.True(page.HasOwnHeading);
    }

    [Theory]
    [InlineData("blog/2021/velo_electrique.md", "Velo electrique")]
    [InlineData("à-propos.md", "À propos")]
    [InlineData("à-propos/index.md", "À propos")]
    [InlineData("blog/2021/Aller vers le covoiturage par l'expérimentation.md", "Aller vers le covoiturage par l'expérimentation")]
    public void Title_falls_back_to_the_file_name(string source, string expected)
    {
        var page = Page(source, "Un paragraphe sans titre.\n\n## Un sous-titre\n");

        Assert.Equal(expected, page.Title);
        Assert.False(page.HasOwnHeading);
    }

    [Fact]
    public void Summary_comes_from_resume_first()
    {
        var page = Page("page.md", "---\nrésumé: Le résumé écrit.\n---\nLe premier paragraphe.\n");

        Assert.Equal("Le résumé écrit.", page.Summary);
    }

    [Fact]
    public void Summary_falls_back_to_the_first_paragraph_as_plain_text()
    {
        var page = Page("page.md",
            "# Titre\n\n![Photo](photo.jpg)\n\nLe **vélo**, le [train](https://example.org) et `le code` &amp; <em>plus</em>\nsur deux lignes.\n\nSecond paragraphe.\n");

        Assert.Equal("Le vélo, le train et le code & plus sur deux lignes.", page.Summary);
    }

    [Fact]
    public void A_long_first_paragraph_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        var paragraph = LongParagraph(100);
        var page = Page("page.md", paragraph + "\n");

        Assert.True(paragraph.Length > 300);
        Assert.EndsWith("…", page.Summary, StringComparison.Ordinal);
        Assert.InRange(page.Summary.Length, 200, 300);
        var head = page.Summary[..^1];
        Assert.StartsWith(head, paragraph, StringComparison.Ordinal);
        Assert.Equal(' ', paragraph[head.Length]);
    }

    [Fact]
    public void A_page_without_text_has_an_empty_summary()
    {
        var page = Page("page.md", "# Titre seul\n");

        Assert.Equal("", page.Summary);
        Assert.Equal("", page.Description);
    }

    [Fact]
    public void Description_comes_from_description_first()
    {
        var page = Page("page.md", "---\ndescription: Réunir les acteurs de la mobilité\nrésumé: Autre chose\n---\nTexte.\n");

        Assert.Equal("Réunir les acteurs de la mobilité", page.Description);
        Assert.Equal("Autre chose", page.Summary);
    }

    [Fact]
    public void Description_falls_back_to_the_summary()
    {
        var page = Page("page.md", "Un paragraphe court.\n");

        Assert.Equal("Un paragraphe court.", page.Description);
        Assert.Equal(page.Summary, page.Description);
    }

    [Fact]
    public void A_description_from_a_long_summary_is_cut_shorter()
    {
        var paragraph = LongParagraph(100);
        var page = Page("page.md", paragraph + "\n");

        Assert.InRange(page.Description.Length, 80, 160);
        Assert.EndsWith("…", page.Description, StringComparison.Ordinal);
        Assert.StartsWith(page.Description[..^1], paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Blog_entries_belong_to_the_blog_collection()
    {
        var page = Page("blog/2021/velo.md", "---\ndate: 2021-05-04\n---\nTexte.\n");

        Assert.Equal("blog", page.Collection);
        Assert.Equal("/blog/velo", page.Url);
        Assert.Equal(new DateTimeOffset(2021, 5, 4, 0, 0, 0, TimeSpan.FromHours(2)), page.Date);
    }

    [Fact]
    public void A_plain_page_has_no_collection()
    {
        Assert.Null(Page("à-propos/travailler.md", "Texte.\n").Collection);
    }

    [Fact]
    public void A_draft_is_not_published()
    {
        var page = Page("à-propos/nous.md", "---\nbrouillon: true\n---\nTexte.\n");

        Assert.True(page.IsDraft);
        Assert.False(page.IsPublishedAt(Now));
        Assert.False(page.IsPublishedAt(DateTimeOffset.MaxValue));
    }

    [Fact]
    public void A_dated_draft_collection_entry_is_not_published_even_after_its_date()
    {
        var page = Page("blog/2020/velo.md", "---\ndraft: true\ndate: 2020-01-01\n---\nTexte.\n");

        Assert.False(page.IsPublishedAt(Now));
    }

    [Fact]
    public void A_future_collection_entry_is_scheduled()
    {
        var page = Page("blog/2024/annonce.md", "---\ndate: '01-07-2024 09:00'\n---\nTexte.\n");
        var publication = new DateTimeOffset(2024, 7, 1, 7, 0, 0, TimeSpan.Zero);

        Assert.Equal(publication, page.Date);
        Assert.False(page.IsPublishedAt(Now));
        Assert.False(page.IsPublishedAt(publication.AddSeconds(-1)));
        Assert.True(page.IsPublishedAt(publication));
        Assert.True(page.IsPublishedAt(publication.AddDays(1)));
    }

    [Fact]
    public void A_future_date_on_a_plain_page_does_not_hide_it()
    {
        var page = Page("evenements/rencontre.md", "---\ndate: 2099-01-01\n---\nTexte.\n");

        Assert.Null(page.Collection);
        Assert.True(page.IsPublishedAt(Now));
    }

    [Fact]
    public void A_page_without_date_or_draft_is_published()
    {
        Assert.True(Page("blog/2021/velo.md", "Texte.\n").IsPublishedAt(Now));
    }

    [Fact]
    public void Html_is_rendered_with_links_resolved_against_the_page_file()
    {
        _tree.Write("blog/2016/suite.md", "# Suite\n");
        _tree.Write("blog/2015/autre.md", "# Autre\n");
        var page = Page("blog/2015/genese.md",
            "# Genèse\n\n![Schéma](images/x.png) [suite](../2016/suite.md) [autre](autre.md) [racine](/à-propos)\n");

        Assert.Contains("src=\"/blog/2015/images/x.png\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/blog/suite\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/blog/autre\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/%C3%A0-propos\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_leading_heading_of_an_article_becomes_its_title_and_leaves_the_body()
    {
        var article = Page("blog/2015/genese.md", "# Genèse\n\nLe texte.\n\n# Un autre titre\n");
        var page = Page("à-propos.md", "# À propos\n\nLe texte.\n");

        Assert.Equal("Genèse", article.Title);
        Assert.False(article.HasOwnHeading);
        Assert.DoesNotContain("Genèse</h1>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"un-autre-titre\">Un autre titre</h1>", article.Html, StringComparison.Ordinal);
        Assert.True(page.HasOwnHeading);
        Assert.Contains("<h1 id=\"à-propos\">À propos</h1>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_page_with_a_slug_uses_the_slug()
    {
        _tree.Write("blog/2016/suite.md", "---\nslug: la-suite\n---\n# Suite\n");
        var page = Page("blog/2015/genese.md", "[suite](../2016/suite.md)\n");

        Assert.Contains("href=\"/blog/la-suite\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_and_params_are_on_the_page()
    {
        var page = Page("page.md", "---\ntitre: T\ntags: [vélo]\nlieu: Paris\n---\nTexte.\n");

        Assert.Equal(["vélo"], page.FrontMatter.Tags);
        Assert.Equal("Paris", page.FrontMatter.Params["lieu"]);
        Assert.Equal("page.md", page.SourcePath);
    }

    [Fact]
    public void A_page_with_an_invalid_date_is_served_and_the_date_reported()
    {
        _tree.Write("page.md", "---\ntitre: T\ndate: 2015-02-30\n---\nTexte.\n");
        var snapshot = _builder.Build(_tree.Root);

        var page = Assert.IsType<ContentMatch.Page>(snapshot.Match("/page")).Content;
        Assert.Null(page.Date);
        var error = Assert.Single(snapshot.Findings);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_unknown_layout_is_reported_when_layouts_are_known()
    {
        var builder = new ContentSnapshotBuilder(new ContentOptions
        {
            KnownLayouts = new HashSet<string>(StringComparer.Ordinal) { "Page", "Article" },
        });
        _tree.Write("page.md", "---\ngabarit: Inconnu\n---\nTexte.\n");

        var snapshot = builder.Build(_tree.Root);

        Assert.Single(snapshot.Pages);
        var error = Assert.Single(snapshot.Findings);
        Assert.Contains("Inconnu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_modified_is_the_file_time()
    {
        _tree.Write("page.md", "Texte.\n");
        var written = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(_tree.FullPath("page.md"), written);

        var page = _builder.Build(_tree.Root).PagesBySource["page.md"];

        Assert.Equal(new DateTimeOffset(written), page.FileModified);
    }

    [Fact]
    public void Built_at_comes_from_the_time_provider_and_versions_increase()
    {
        var builder = new ContentSnapshotBuilder(new ContentOptions(), new FixedTime(Now));

        var first = builder.Build(_tree.Root);
        var second = builder.Build(_tree.Root, first);

        Assert.Equal(Now, first.BuiltAt);
        Assert.Equal(first.Version + 1, second.Version);
    }

    [Fact]
    public void The_collection_index_page_is_not_an_entry_of_the_collection()
    {
        var page = Page("blog/_index.md", "---\ntitre: Le blog\n---\n");

        Assert.Equal("/blog", page.Url);
        Assert.Null(page.Collection);
    }
}
