using FabMob.Content.Mounts;

namespace FabMob.Content.Tests.Mounts;

/// <summary>A tree in the association's repository layout, served through mounts.</summary>
public sealed class MountedSnapshotTests : IDisposable
{
    private static readonly ContentMount[] AssociationMounts =
    [
        new("contenu/articles", "/blog", MountKind.Collection) { Cover = "/contenu/articles/couvertures/{id}.jpg" },
        new("contenu", "/à-propos", MountKind.Pages) { Recursive = false },
        new("contenu", "/activités", MountKind.Pages) { Files = ["urgence.md"] },
        new("contenu", "", MountKind.Data),
        new("contenu", "/contenu", MountKind.Files),
        new("images", "/images", MountKind.Files),
        new("documents", "/documents", MountKind.Files),
        new("accueil.md", "/", MountKind.Pages),
    ];

    private readonly TempContentTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private ContentSnapshot Build(ContentOptions? options = null, ContentSnapshot? previous = null) =>
        new ContentSnapshotBuilder(options ?? new ContentOptions { Mounts = AssociationMounts }).Build(_tree.Root, previous);

    private static ContentPage AssertPage(ContentSnapshot snapshot, string path) =>
        Assert.IsType<ContentMatch.Page>(snapshot.Match(path)).Content;

    private static void AssertRedirect(ContentSnapshot snapshot, string path, string location) =>
        Assert.Equal(location, Assert.IsType<ContentMatch.Redirect>(snapshot.Match(path)).Location);

    private void WriteRepository()
    {
        _tree.Write("accueil.md", "---\ngabarit: accueil\ntitre: La Fabrique des Mobilités\n---\nBienvenue.\n");
        _tree.Write("contenu/articles/2021/Aller vers le covoiturage par l'expérimentation.md",
            "---\ntitle: Aller vers le covoiturage\ndate: 2021-05-04\n---\nTexte ![](images/route.png).\n");
        _tree.WriteBytes("contenu/articles/2021/images/route.png", [0x89, 0x50]);
        _tree.Write("contenu/articles/2023/Vélo.md",
            "---\ntitre : Le vélo\ndate: 2023-10-9\nimage: \"/contenu/articles/2023/images/velo.png\"\n---\nTexte.\n");
        _tree.WriteBytes("contenu/articles/2023/images/velo.png", [0x89, 0x50]);
        _tree.Write("contenu/articles/2024/sans-couverture.md", "---\ntitre: Sans couverture\ndate: 2024-01-02\n---\nTexte.\n");
        _tree.Write("contenu/articles/2024/avec-couverture-par-défaut.md", "---\ntitre: Avec\ndate: 2024-01-03\n---\nTexte.\n");
        _tree.WriteBytes("contenu/articles/couvertures/avec-couverture-par-défaut.jpg", [0xFF, 0xD8]);
        _tree.Write("contenu/manifeste.md", "---\ntitre: Manifeste\n---\nNous croyons.\n");
        _tree.Write("contenu/feuille_de_route.md", "---\ntitre: Feuille de route\n---\nÉtapes.\n");
        _tree.Write("contenu/urgence.md", "---\ntitre: Urgence\n---\nMaintenant.\n");
        _tree.Write("contenu/ecosystème.yaml", "L'équipe:\n  - nom : Alice\n");
        _tree.WriteBytes("images/nous/alice.jpg", [0xFF, 0xD8]);
        _tree.WriteBytes("documents/statuts.pdf", [0x25, 0x50]);
        _tree.Write("README.md", "# Le dépôt\n");
        _tree.Write("src/App.js", "export default 1;\n");
        _tree.WriteBytes("public/logo.png", [0x89, 0x50]);
        _tree.Write("site.yaml", "Name: FabMob\n");
        _tree.Write(".git/HEAD", "ref: refs/heads/main\n");
        _tree.WriteBytes(".git/logo.png", [0x89, 0x50]);
    }

    [Fact]
    public void Articles_are_served_under_the_collection_target_without_their_year_folder()
    {
        WriteRepository();
        var snapshot = Build();

        var article = AssertPage(snapshot, "/blog/aller-vers-le-covoiturage-par-l-expérimentation");
        Assert.Equal("blog", article.Collection);
        Assert.Equal("/blog/vélo", AssertPage(snapshot, "/blog/vélo").Url);
        Assert.Equal(4, snapshot.Published("blog", DateTimeOffset.MaxValue).Count);
    }

    [Fact]
    public void An_article_answers_at_its_raw_file_name_with_a_redirect()
    {
        WriteRepository();
        var snapshot = Build();

        AssertRedirect(snapshot, "/blog/Aller vers le covoiturage par l'expérimentation",
            "/blog/aller-vers-le-covoiturage-par-l-expérimentation");
        AssertRedirect(snapshot, "/blog/2021/Aller vers le covoiturage par l'expérimentation",
            "/blog/aller-vers-le-covoiturage-par-l-expérimentation");
    }

    [Fact]
    public void Plain_pages_take_their_mount_prefix_and_answer_at_a_second_prefix_with_a_redirect()
    {
        WriteRepository();
        var snapshot = Build();

        Assert.Equal("contenu/manifeste.md", AssertPage(snapshot, "/à-propos/manifeste").SourcePath);
        Assert.Equal("contenu/urgence.md", AssertPage(snapshot, "/à-propos/urgence").SourcePath);
        AssertRedirect(snapshot, "/à-propos/feuille_de_route", "/à-propos/feuille-de-route");
        AssertRedirect(snapshot, "/activités/urgence", "/à-propos/urgence");
        Assert.IsType<ContentMatch.NotFound>(snapshot.Match("/activités/manifeste"));
    }

    [Fact]
    public void A_single_file_mount_is_the_home_page()
    {
        WriteRepository();
        var snapshot = Build();

        Assert.Equal("accueil.md", AssertPage(snapshot, "/").SourcePath);
    }

    [Fact]
    public void Files_are_served_at_their_repository_path_and_relative_pictures_resolve_to_it()
    {
        WriteRepository();
        var snapshot = Build();

        Assert.IsType<ContentMatch.Asset>(snapshot.Match("/contenu/articles/2021/images/route.png"));
        Assert.IsType<ContentMatch.Asset>(snapshot.Match("/images/nous/alice.jpg"));
        Assert.IsType<ContentMatch.Asset>(snapshot.Match("/documents/statuts.pdf"));
        var article = AssertPage(snapshot, "/blog/aller-vers-le-covoiturage-par-l-expérimentation");
        Assert.Contains("src=\"/contenu/articles/2021/images/route.png\"", article.Html, StringComparison.Ordinal);
        Assert.Equal("/contenu/articles/2023/images/velo.png", AssertPage(snapshot, "/blog/vélo").Cover);
    }

    [Fact]
    public void Nothing_outside_the_mounts_is_served_nor_any_source_configuration_or_git_file()
    {
        WriteRepository();
        var snapshot = Build();

        foreach (var path in new[]
                 {
                     "/readme", "/README.md", "/src/App.js", "/public/logo.png", "/site.yaml", "/.git/HEAD", "/.git/logo.png",
                     "/contenu/manifeste.md", "/contenu/ecosystème.yaml", "/contenu/manifeste",
                     "/contenu/articles/2021/Aller vers le covoiturage par l'expérimentation.md",
                 })
        {
            Assert.True(snapshot.Match(path) is not ContentMatch.Page and not ContentMatch.Asset, path);
        }

        Assert.DoesNotContain(snapshot.Pages, p => p.SourcePath is "README.md");
    }

    [Fact]
    public void Data_files_of_a_data_mount_are_named_by_their_file_name()
    {
        WriteRepository();
        var snapshot = Build();

        Assert.True(snapshot.Data.ContainsKey("ecosystème"));
        Assert.False(snapshot.Data.ContainsKey("site"));
    }

    [Fact]
    public void An_article_without_image_takes_the_collection_cover_only_when_that_file_exists()
    {
        WriteRepository();
        var snapshot = Build();

        Assert.Equal("/contenu/articles/couvertures/avec-couverture-par-défaut.jpg",
            AssertPage(snapshot, "/blog/avec-couverture-par-défaut").Cover);
        Assert.Null(AssertPage(snapshot, "/blog/sans-couverture").Cover);
    }

    [Fact]
    public void A_default_cover_added_or_removed_later_is_seen_by_an_incremental_build()
    {
        WriteRepository();
        var first = Build();
        Assert.Null(AssertPage(first, "/blog/sans-couverture").Cover);

        _tree.WriteBytes("contenu/articles/couvertures/sans-couverture.jpg", [0xFF, 0xD8]);
        var second = Build(previous: first);
        Assert.Equal("/contenu/articles/couvertures/sans-couverture.jpg", AssertPage(second, "/blog/sans-couverture").Cover);

        File.Delete(_tree.FullPath("contenu/articles/couvertures/sans-couverture.jpg"));
        var third = Build(previous: second);
        Assert.Null(AssertPage(third, "/blog/sans-couverture").Cover);
    }

    [Fact]
    public void Links_to_the_sites_own_old_host_become_site_paths()
    {
        _tree.Write("contenu/articles/2020/a.md",
            "---\ntitre: A\ndate: 2020-01-01\n---\nVoir [l'autre](<http://lafabriquedesmobilites.fr/articles/Autre article?x=1#suite>) " +
            "et [ailleurs](https://example.org/articles/x).\n");
        var snapshot = Build(new ContentOptions { Mounts = AssociationMounts, OwnHosts = ["lafabriquedesmobilites.fr"] });

        var html = AssertPage(snapshot, "/blog/a").Html;
        Assert.Contains("href=\"/articles/Autre%20article?x=1#suite\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/articles/x\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_collections_own_index_page_is_its_list_page_not_an_entry()
    {
        _tree.Write("contenu/articles/_index.md", "---\ntitre: Le blog\n---\nIntro.\n");
        _tree.Write("contenu/articles/2020/a.md", "---\ntitre: A\ndate: 2020-01-01\n---\nTexte.\n");
        var snapshot = Build();

        var intro = AssertPage(snapshot, "/blog");
        Assert.Null(intro.Collection);
        Assert.Single(snapshot.Published("blog", DateTimeOffset.MaxValue));
    }

    [Fact]
    public void With_no_mount_the_default_layout_is_unchanged()
    {
        _tree.Write("à-propos.md", "# À propos\n");
        _tree.Write("blog/2021/velo.md", "---\ntitre: Vélo\ndate: 2021-01-01\n---\nTexte.\n");
        _tree.Write("_data/equipe.yaml", "- nom: Alice\n");
        _tree.WriteBytes("images/x.png", [0x89, 0x50]);
        var snapshot = Build(new ContentOptions());

        AssertPage(snapshot, "/à-propos");
        Assert.Equal("blog", AssertPage(snapshot, "/blog/velo").Collection);
        Assert.True(snapshot.Data.ContainsKey("equipe"));
        Assert.IsType<ContentMatch.Asset>(snapshot.Match("/images/x.png"));
    }

    [Fact]
    public void A_collection_mount_can_render_single_newlines_as_line_breaks_while_pages_do_not()
    {
        _tree.Write("contenu/articles/2020/a.md", "---\ntitre: A\ndate: 2020-01-01\n---\nPremière ligne\nseconde ligne.\n");
        _tree.Write("contenu/manifeste.md", "---\ntitre: M\n---\nPremière ligne\nseconde ligne.\n");
        ContentMount[] mounts =
        [
            new("contenu/articles", "/blog", MountKind.Collection) { HardLineBreaks = true },
            new("contenu", "/à-propos", MountKind.Pages) { Recursive = false },
        ];
        var snapshot = Build(new ContentOptions { Mounts = mounts });

        Assert.Contains("<br", AssertPage(snapshot, "/blog/a").Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<br", AssertPage(snapshot, "/à-propos/manifeste").Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/contenu/articles/2026/images/Capture d’écran 10.42.png")]
    [InlineData("/contenu/articles/2026/images/Capture%20d%E2%80%99%C3%A9cran%2010.42.png")]
    public void A_cover_written_as_a_site_path_is_encoded_once_whether_written_raw_or_encoded(string written)
    {
        _tree.Write("contenu/articles/2026/a.md", $"---\ntitre: A\ndate: 2026-01-01\nimage: \"{written}\"\n---\nTexte.\n");
        var snapshot = Build();

        Assert.Equal("/contenu/articles/2026/images/Capture%20d’écran%2010.42.png", AssertPage(snapshot, "/blog/a").Cover);
    }
}
