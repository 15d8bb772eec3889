using System.Text;

namespace FabMob.Content.Tests;

public sealed class ContentSnapshotTests : IDisposable
{
    private const string Covoiturage = "/blog/aller-vers-le-covoiturage-par-l-expérimentation";

    private readonly TempContentTree _tree = new();
    private readonly ContentSnapshotBuilder _builder = new(new ContentOptions());

    public void Dispose() => _tree.Dispose();

    private ContentSnapshot Build(ContentSnapshot? previous = null) => _builder.Build(_tree.Root, previous);

    private static ContentPage AssertPage(ContentSnapshot snapshot, string path) =>
        Assert.IsType<ContentMatch.Page>(snapshot.Match(path)).Content;

    private static void AssertRedirect(ContentSnapshot snapshot, string path, string location) =>
        Assert.Equal(location, Assert.IsType<ContentMatch.Redirect>(snapshot.Match(path)).Location);

    private static void AssertNotFound(ContentSnapshot snapshot, string path) =>
        Assert.IsType<ContentMatch.NotFound>(snapshot.Match(path));

    private void WriteFoundingPages()
    {
        _tree.Write("index.md", "---\ntitre: Accueil\n---\nBienvenue.\n");
        _tree.Write("à-propos.md", "---\ntitre: Qu'est-ce que la FabMob\n---\n# À propos\n");
        _tree.Write("à-propos/travailler.md", "---\ntitre: Travailler à la FabMob\n---\nTexte.\n");
        _tree.Write("blog/2021/Aller vers le covoiturage par l'expérimentation.md",
            "---\ntitre: Aller vers le covoiturage\ndate: 2021-05-04\n---\nTexte.\n");
    }

    [Fact]
    public void The_canonical_path_gives_the_page()
    {
        WriteFoundingPages();
        var snapshot = Build();

        Assert.Equal("à-propos.md", AssertPage(snapshot, "/à-propos").SourcePath);
        Assert.Equal("à-propos/travailler.md", AssertPage(snapshot, "/à-propos/travailler").SourcePath);
        Assert.Equal("index.md", AssertPage(snapshot, "/").SourcePath);
        Assert.Equal(Covoiturage, AssertPage(snapshot, Covoiturage).Url);
        Assert.Empty(snapshot.Findings);
    }

    [Fact]
    public void Pages_are_indexed_by_url_and_by_source()
    {
        WriteFoundingPages();
        var snapshot = Build();

        Assert.Equal(4, snapshot.Pages.Count);
        Assert.Equal(["/", Covoiturage, "/à-propos", "/à-propos/travailler"], snapshot.Pages.Select(p => p.Url));
        Assert.Equal("/à-propos/travailler", snapshot.PagesBySource["à-propos/travailler.md"].Url);
        Assert.Same(snapshot.PagesByUrl["/à-propos"], snapshot.PagesBySource["à-propos.md"]);
        Assert.Equal(Path.GetFullPath(_tree.Root), snapshot.Root);
    }

    [Fact]
    public void The_nfd_spelling_of_a_path_gives_the_page()
    {
        WriteFoundingPages();
        var snapshot = Build();
        var nfd = "/à-propos".Normalize(NormalizationForm.FormD);

        Assert.Equal("/à-propos", AssertPage(snapshot, nfd).Url);
        Assert.Equal("/à-propos/travailler", AssertPage(snapshot, nfd + "/travailler").Url);
    }

    [Fact]
    public void An_nfd_file_name_is_served_at_the_nfc_url()
    {
        _tree.Write("e\u0301quipe.md", "# Équipe\n");
        var snapshot = Build();

        var page = AssertPage(snapshot, "/\u00e9quipe");
        Assert.Equal("\u00e9quipe.md", page.SourcePath);
    }

    [Theory]
    [InlineData("/À-Propos")]
    [InlineData("/à-propos/")]
    [InlineData("/À-PROPOS/")]
    public void Case_and_trailing_slash_redirect_to_the_canonical_url(string path)
    {
        WriteFoundingPages();

        AssertRedirect(Build(), path, "/à-propos");
    }

    [Fact]
    public void A_trailing_slash_on_a_nested_page_redirects()
    {
        WriteFoundingPages();

        AssertRedirect(Build(), "/à-propos/Travailler/", "/à-propos/travailler");
    }

    [Theory]
    [InlineData("/blog/Aller vers le covoiturage par l'expérimentation")]
    [InlineData("/blog/Aller vers le covoiturage par l’expérimentation")]
    [InlineData("/blog/Aller vers le covoiturage par l'expérimentation.md")]
    public void The_raw_file_name_redirects_to_the_slug(string path)
    {
        WriteFoundingPages();

        AssertRedirect(Build(), path, Covoiturage);
    }

    [Theory]
    [InlineData("/blog/2021/aller-vers-le-covoiturage-par-l-expérimentation")]
    [InlineData("/blog/2021/Aller vers le covoiturage par l'expérimentation")]
    [InlineData("/blog/2021/Aller vers le covoiturage par l'expérimentation.md")]
    [InlineData("/blog/2021/aller-vers-le-covoiturage-par-l-expérimentation/")]
    public void The_year_folder_path_redirects_to_the_canonical_url(string path)
    {
        WriteFoundingPages();

        AssertRedirect(Build(), path, Covoiturage);
    }

    [Fact]
    public void A_path_ending_in_md_redirects_to_the_page()
    {
        _tree.Write("x.md", "Texte.\n");
        WriteFoundingPages();
        var snapshot = Build();

        AssertRedirect(snapshot, "/x.md", "/x");
        AssertRedirect(snapshot, "/à-propos/travailler.md", "/à-propos/travailler");
        AssertRedirect(snapshot, "/index.md", "/");
    }

    [Fact]
    public void Aliases_redirect_to_the_page()
    {
        _tree.Write("blog/2021/velo.md",
            "---\nalias: /ancien-velo\naliases:\n  - /blog/2019/velo-old/\n  - https://lafabriquedesmobilites.fr/vieux%20v%C3%A9lo\n---\nTexte.\n");
        var snapshot = Build();

        AssertRedirect(snapshot, "/ancien-velo", "/blog/velo");
        AssertRedirect(snapshot, "/Ancien-Velo/", "/blog/velo");
        AssertRedirect(snapshot, "/blog/2019/velo-old", "/blog/velo");
        AssertRedirect(snapshot, "/vieux vélo", "/blog/velo");
        Assert.Empty(snapshot.Findings);
    }

    [Fact]
    public void An_alias_without_leading_slash_is_a_site_path()
    {
        _tree.Write("contact.md", "---\nalias: nous-contacter\n---\nTexte.\n");

        AssertRedirect(Build(), "/nous-contacter", "/contact");
    }

    [Theory]
    [InlineData("/inconnu")]
    [InlineData("/à-propos/inconnu")]
    [InlineData("/blog/2021")]
    [InlineData("")]
    [InlineData("à-propos")]
    [InlineData("/à-propos\0")]
    public void An_unknown_or_invalid_path_is_not_found(string path)
    {
        WriteFoundingPages();

        AssertNotFound(Build(), path);
    }

    [Fact]
    public void Assets_are_matched_at_their_own_path()
    {
        var png = _tree.WriteBytes("blog/2015/images/x.png", [0x89, 0x50, 0x4E, 0x47, 0, 0]);
        var pdf = _tree.WriteBytes("documents/Rapport final.pdf", [0x25, 0x50, 0x44, 0x46]);
        var snapshot = Build();

        Assert.Equal(png, Assert.IsType<ContentMatch.Asset>(snapshot.Match("/blog/2015/images/x.png")).PhysicalPath);
        Assert.Equal(pdf, Assert.IsType<ContentMatch.Asset>(snapshot.Match("/documents/Rapport final.pdf")).PhysicalPath);
        Assert.Empty(snapshot.Pages);
        Assert.Equal(2, snapshot.Assets.Count);
    }

    [Fact]
    public void An_asset_requested_in_nfd_is_found()
    {
        var path = _tree.WriteBytes("images/équipe.jpg", [0xFF, 0xD8]);

        var match = Build().Match("/images/équipe.jpg".Normalize(NormalizationForm.FormD));

        Assert.Equal(path, Assert.IsType<ContentMatch.Asset>(match).PhysicalPath);
    }

    [Fact]
    public void Sources_data_and_hidden_files_are_never_assets_or_pages()
    {
        _tree.Write("à-propos.md", "# À propos\n");
        _tree.Write("config.yaml", "nom: FabMob\n");
        _tree.Write("notes.txt", "notes\n");
        _tree.Write("_data/equipe.yaml", "- nom: Alice\n");
        _tree.Write("_data/lisez-moi.md", "# Données\n");
        _tree.WriteBytes("_data/logo.png", [0x89, 0x50]);
        _tree.Write("_brouillon.md", "# Brouillon\n");
        _tree.Write(".cache.md", "# Cache\n");
        _tree.WriteBytes("_x.png", [0x89, 0x50]);
        _tree.WriteBytes(".cache/x.png", [0x89, 0x50]);
        _tree.Write(".git/README.md", "# git\n");
        _tree.Write("_prive/secret.md", "# Secret\n");
        _tree.WriteBytes("_prive/x.png", [0x89, 0x50]);
        _tree.Write("blog/_modeles/article.md", "# Modèle\n");
        _tree.Write("blog/_index.md", "---\ntitre: Le blog\n---\n");
        var snapshot = Build();

        Assert.Equal(["/blog", "/à-propos"], snapshot.Pages.Select(p => p.Url));
        Assert.Empty(snapshot.Assets);
        foreach (var path in new[]
                 {
                     "/config.yaml", "/notes.txt", "/_data/equipe.yaml", "/_data/lisez-moi.md", "/_data/lisez-moi",
                     "/_data/logo.png", "/_brouillon.md", "/_brouillon", "/.cache.md", "/_x.png", "/.cache/x.png",
                     "/.git/README.md", "/_prive/secret", "/_prive/x.png", "/blog/_modeles/article",
                 })
        {
            Assert.True(snapshot.Match(path) is not ContentMatch.Page and not ContentMatch.Asset, path);
        }
    }

    [Fact]
    public void A_markdown_source_is_never_served_as_a_file()
    {
        _tree.Write("x.md", "Texte.\n");
        var snapshot = Build();

        Assert.IsNotType<ContentMatch.Asset>(snapshot.Match("/x.md"));
        Assert.DoesNotContain(snapshot.Assets.Keys, key => key.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Two_files_claiming_one_url_give_one_page_and_an_error_naming_both()
    {
        _tree.Write("à-propos.md", "---\ntitre: Premier\n---\n");
        _tree.Write("À propos.md", "---\ntitre: Second\n---\n");
        var snapshot = Build();

        var page = Assert.Single(snapshot.Pages);
        Assert.Equal("/à-propos", page.Url);
        var error = Assert.Single(snapshot.Findings);
        Assert.Equal(ContentSeverity.Error, error.Severity);
        var other = error.File == "à-propos.md" ? "À propos.md" : "à-propos.md";
        Assert.Equal(page.SourcePath, other);
        Assert.Contains(other, error.Message, StringComparison.Ordinal);
        Assert.Contains("/à-propos", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, snapshot.ErrorCount);
    }

    [Fact]
    public void A_page_and_a_folder_index_claiming_one_url_are_reported()
    {
        _tree.Write("à-propos.md", "# Un\n");
        _tree.Write("à-propos/index.md", "# Deux\n");
        var snapshot = Build();

        Assert.Single(snapshot.Pages);
        var error = Assert.Single(snapshot.Findings);
        Assert.Contains("à-propos", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_that_takes_another_page_url_is_reported()
    {
        _tree.Write("contact.md", "# Contact\n");
        _tree.Write("nous-ecrire.md", "---\nslug: contact\n---\n");
        var snapshot = Build();

        Assert.Equal("contact.md", AssertPage(snapshot, "/contact").SourcePath);
        var error = Assert.Single(snapshot.Findings);
        Assert.Equal("nous-ecrire.md", error.File);
        Assert.Contains("contact.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_equal_to_another_page_url_is_an_error_and_the_page_wins()
    {
        WriteFoundingPages();
        _tree.Write("contact.md", "---\nalias: /à-propos/\n---\nTexte.\n");
        var snapshot = Build();

        Assert.Equal("à-propos.md", AssertPage(snapshot, "/à-propos").SourcePath);
        Assert.Equal("contact.md", AssertPage(snapshot, "/contact").SourcePath);
        var error = Assert.Single(snapshot.Findings);
        Assert.Equal("contact.md", error.File);
        Assert.Equal(ContentSeverity.Error, error.Severity);
        Assert.Contains("à-propos.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_equal_to_the_page_own_url_is_ignored_silently()
    {
        _tree.Write("contact.md", "---\nalias: /contact\n---\nTexte.\n");
        var snapshot = Build();

        Assert.Equal("/contact", AssertPage(snapshot, "/contact").Url);
        Assert.Empty(snapshot.Findings);
    }

    [Fact]
    public void A_broken_file_is_left_out_and_reported_with_file_and_line_while_others_are_served()
    {
        WriteFoundingPages();
        _tree.Write("à-propos/casse.md", "---\ntitre: Cassé\nrésumé: Une phrase: avec deux points\n---\nTexte.\n");
        var snapshot = Build();

        AssertNotFound(snapshot, "/à-propos/casse");
        Assert.Equal(4, snapshot.Pages.Count);
        Assert.Equal("à-propos.md", AssertPage(snapshot, "/à-propos").SourcePath);
        var error = Assert.Single(snapshot.Findings);
        Assert.Equal("à-propos/casse.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal(ContentSeverity.Error, error.Severity);
        Assert.StartsWith("à-propos/casse.md:3:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_left_out_and_reported()
    {
        WriteFoundingPages();
        _tree.WriteBytes("ancien.md", Encoding.Latin1.GetBytes("# Ancien\n\nCafé\n"));
        var snapshot = Build();

        AssertNotFound(snapshot, "/ancien");
        var error = Assert.Single(snapshot.Findings);
        Assert.Equal("ancien.md", error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void A_file_too_big_is_left_out_and_reported()
    {
        var builder = new ContentSnapshotBuilder(new ContentOptions { Limits = new ContentLimits { MaxFileBytes = 1024 } });
        _tree.Write("petit.md", "# Petit\n");
        _tree.Write("gros.md", "# Gros\n\n" + new string('x', 2000));
        var snapshot = builder.Build(_tree.Root);

        AssertPage(snapshot, "/petit");
        AssertNotFound(snapshot, "/gros");
        Assert.Equal("gros.md", Assert.Single(snapshot.Findings).File);
    }

    [Fact]
    public void A_file_that_becomes_broken_keeps_its_last_good_version()
    {
        WriteFoundingPages();
        _tree.Write("à-propos/casse.md", "---\ntitre: Version 1\nalias: /vieille-adresse\n---\nPremier texte.\n");
        var first = Build();
        Assert.Equal("Version 1", AssertPage(first, "/à-propos/casse").Title);

        _tree.Write("à-propos/casse.md", "---\ntitre: Version 2\nrésumé: Une phrase: avec deux points\n---\nSecond texte.\n");
        _tree.Write("à-propos.md", "---\ntitre: Nouveau titre\n---\n");
        var second = Build(first);

        Assert.True(second.Version > first.Version);
        var kept = AssertPage(second, "/à-propos/casse");
        Assert.Equal("Version 1", kept.Title);
        Assert.Contains("Premier texte.", kept.Html, StringComparison.Ordinal);
        AssertRedirect(second, "/vieille-adresse", "/à-propos/casse");
        Assert.Equal("Nouveau titre", AssertPage(second, "/à-propos").Title);
        var error = Assert.Single(second.Findings);
        Assert.Equal("à-propos/casse.md", error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void A_file_broken_from_the_start_has_no_last_good_version()
    {
        _tree.Write("casse.md", "---\ntitre: x\n");
        var first = Build();
        var second = Build(first);

        AssertNotFound(first, "/casse");
        AssertNotFound(second, "/casse");
        Assert.Equal(1, second.ErrorCount);
    }

    [Fact]
    public void Findings_are_sorted_by_file_then_line()
    {
        _tree.Write("b.md", "---\ndate: demain\nordre: premier\n---\n");
        _tree.Write("a.md", "---\ntitre: [\n---\n");
        var snapshot = Build();

        Assert.Equal(["a.md", "b.md", "b.md"], snapshot.Findings.Select(f => f.File));
        Assert.Equal([2, 3], snapshot.Findings.Where(f => f.File == "b.md").Select(f => f.Line));
        Assert.Equal(3, snapshot.ErrorCount);
    }

    [Fact]
    public void An_empty_tree_gives_an_empty_snapshot()
    {
        var snapshot = Build();

        Assert.Empty(snapshot.Pages);
        Assert.Empty(snapshot.Assets);
        Assert.Empty(snapshot.Findings);
        AssertNotFound(snapshot, "/");
    }

    [Fact]
    public void The_same_file_name_in_two_year_folders_is_reported_as_one_url_claimed_twice()
    {
        _tree.Write("blog/2020/velo.md", "# Vélo 2020\n");
        _tree.Write("blog/2021/velo.md", "# Vélo 2021\n");
        var snapshot = Build();

        Assert.Equal("blog/2020/velo.md", AssertPage(snapshot, "/blog/velo").SourcePath);
        var error = Assert.Single(snapshot.Findings);
        Assert.Equal("blog/2021/velo.md", error.File);
        Assert.Contains("blog/2020/velo.md", error.Message, StringComparison.Ordinal);
        AssertRedirect(snapshot, "/blog/2020/velo", "/blog/velo");
    }

    [Fact]
    public void A_body_nested_too_deeply_is_reported_and_the_rest_of_the_site_is_served()
    {
        _tree.Write("ok.md", "# Bien\n");
        _tree.Write("imbrique.md", "---\ntitre: Imbriqué\n---\n" + new string('>', 200) + " texte\n");

        var snapshot = Build();

        AssertPage(snapshot, "/ok");
        AssertNotFound(snapshot, "/imbrique");
        Assert.Equal("imbrique.md", Assert.Single(snapshot.Findings).File);
    }
}
