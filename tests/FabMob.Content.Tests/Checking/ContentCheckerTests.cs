using FabMob.Content.Checking;

namespace FabMob.Content.Tests.Checking;

public sealed class ContentCheckerTests : IDisposable
{
    private static readonly ContentOptions Options = new()
    {
        KnownLayouts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "page", "accueil" },
    };

    /// <summary><c>à</c> decomposed (NFD), as a Mac may write it.</summary>
    private const string Nfd = "a\u0300";

    private readonly TempContentTree _tree = new();

    public void Dispose() => _tree.Dispose();

    /// <summary>Builds the tree and checks it; site paths exist when the snapshot matches them (as the web app's base rule).</summary>
    private ContentCheckReport Check(string siteAddress = "https://lafabriquedesmobilites.fr", Func<string, bool>? extra = null)
    {
        var snapshot = new ContentSnapshotBuilder(Options).Build(_tree.Root);
        var checker = new ContentChecker(Options, new Uri(siteAddress));
        return checker.Check(snapshot, path => snapshot.Match(path) is not ContentMatch.NotFound || (extra?.Invoke(path) ?? false));
    }

    /// <summary>Compares the printed lines as one text, so that a failure shows them whole.</summary>
    private static void AssertLines(ContentCheckReport report, string[] expected, string? except = null) =>
        Assert.Equal(string.Join('\n', expected),
            string.Join('\n', report.Findings.Where(f => f.File != except).Select(f => f.ToString())));

    [Fact]
    public void A_clean_tree_has_no_findings_and_counts_pages_and_data_files()
    {
        _tree.Write("index.md", "---\ntitre: Accueil\ngabarit: accueil\n---\n[À propos](à-propos.md) et [l'équipe](/à-propos#équipe)\n");
        _tree.Write("à-propos.md", "---\ntitre: À propos\nimage: images/couverture.png\n---\n![Logo](images/logo.png)\n[Accueil](/)\n");
        _tree.WriteBytes("images/logo.png", [0x89, 0x50]);
        _tree.WriteBytes("images/couverture.png", [0x89, 0x50]);
        _tree.Write("_data/equipe.yaml", "- nom: Camille\n  rôle: Coordination\n");

        var report = Check();

        Assert.Empty(report.Findings);
        Assert.Equal(3, report.FileCount);
        Assert.False(report.HasErrors);
        Assert.Equal("3 fichiers vérifiés : 0 erreur, 0 avertissement", report.Summary);
    }

    [Fact]
    public void A_page_without_titre_is_a_warning_naming_the_fallback_title()
    {
        _tree.Write("avec-titre.md", "# Le titre du texte\n\nDu texte.\n");
        _tree.Write("Vélo_électrique.md", "Du texte sans titre.\n");
        _tree.Write("titré.md", "---\ntitle: Titre anglais\n---\nDu texte.\n");

        var report = Check();

        AssertLines(report,
        [
            "Vélo_électrique.md:1:1: avertissement: titre manquant (« titre: » dans l'en-tête) : le site affiche « Vélo électrique », tiré du nom du fichier",
            "avec-titre.md:1:1: avertissement: titre manquant (« titre: » dans l'en-tête) : le site affiche « Le titre du texte », tiré du premier titre « # » du texte",
        ]);
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void Links_to_missing_pages_of_the_site_are_warnings_located_in_the_file()
    {
        _tree.Write("à-propos.md",
            "---\ntitre: À propos\n---\n\nDécouvrez [les communs](/communs).\n\nEt [l'équipe](/%C3%A0-propos/nous#bureau), [participer](/participer?utm_source=x).\n");

        var report = Check();

        AssertLines(report,
        [
            "à-propos.md:5:11: avertissement: lien vers une page du site qui n'existe pas : /communs",
            "à-propos.md:7:4: avertissement: lien vers une page du site qui n'existe pas : /à-propos/nous",
            "à-propos.md:7:44: avertissement: lien vers une page du site qui n'existe pas : /participer",
        ]);
    }

    [Fact]
    public void Links_that_lead_somewhere_are_not_reported()
    {
        _tree.Write("index.md", $$"""
            ---
            titre: Accueil
            ---
            [encodé](/%C3%A0-propos) [NFD](/{{Nfd}}-propos) [majuscules](/À-Propos/) [fichier brut](à-propos.md#haut)
            [brouillon](/brouillon) [ancre](#haut) [requête](?page=2) [courriel](mailto:contact@example.org)
            [ailleurs](https://fr.wikipedia.org/wiki/Accord_de_Paris) [téléphone](tel:+33100000000) [alias](/ancienne)
            [document](docs/plan.pdf) [servi par l'application](/blog/page/2)
            """);
        _tree.Write("à-propos.md", "---\ntitre: À propos\nalias: [/ancienne]\n---\n");
        _tree.Write("brouillon.md", "---\ntitre: Brouillon\nbrouillon: true\n---\n");
        _tree.WriteBytes("docs/plan.pdf", [0x25, 0x50]);

        var report = Check(extra: path => path == "/blog/page/2");

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_missing_local_image_is_a_warning_with_the_address_it_was_looked_for_at()
    {
        _tree.Write("blog/2015/genese.md",
            "---\ntitre: Genèse\ndate: 2015-03-24\n---\n![Photo](images/photo.jpg)\n\n![Absente](/images/absente.png)\n\n[Le plan](plan.pdf)\n");

        var report = Check();

        AssertLines(report,
        [
            "blog/2015/genese.md:5:1: avertissement: image introuvable : « images/photo.jpg » (adresse /blog/2015/images/photo.jpg)",
            "blog/2015/genese.md:7:1: avertissement: image introuvable : /images/absente.png",
            "blog/2015/genese.md:9:1: avertissement: lien vers un fichier introuvable : « plan.pdf » (adresse /blog/2015/plan.pdf)",
        ]);
    }

    [Fact]
    public void A_missing_cover_image_is_a_warning_on_the_image_line()
    {
        _tree.Write("page.md", "---\ntitre: Page\ndescription: Une page.\nimage: images/couverture.jpg\n---\nTexte.\n");

        var report = Check();

        AssertLines(report,
            ["page.md:4:8: avertissement: image de couverture introuvable : « images/couverture.jpg » (adresse /images/couverture.jpg)"]);
    }

    [Fact]
    public void A_file_on_disk_that_the_site_does_not_serve_is_named_as_such()
    {
        _tree.Write("page.md", "---\ntitre: Page\n---\n[Notes](notes.txt)\n");
        _tree.Write("notes.txt", "des notes");

        var report = Check();

        var finding = Assert.Single(report.Findings);
        Assert.Equal(ContentSeverity.Warning, finding.Severity);
        Assert.StartsWith("fichier que le site ne publie pas : « notes.txt » (adresse /notes.txt)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_link_climbing_above_the_content_root_is_a_warning()
    {
        _tree.Write("page.md", "---\ntitre: Page\n---\n[Dehors](../../secret.md)\n");

        var report = Check();

        AssertLines(report,
            ["page.md:4:1: avertissement: chemin qui sort du dossier de contenu (trop de « ../ ») : « ../../secret.md » ne mène nulle part sur le site"]);
    }

    [Theory]
    [InlineData("http://lafabriquedesmobilites.fr/à-propos")]
    [InlineData("http://www.lafabriquedesmobilites.fr/à-propos")]
    [InlineData("http://LaFabriqueDesMobilites.fr/%C3%A0-propos")]
    public void An_http_link_to_the_sites_own_domain_is_a_warning(string link)
    {
        _tree.Write("à-propos.md", $"---\ntitre: À propos\n---\nVoir [ici]({link}).\n");

        var report = Check();

        AssertLines(report,
            [$"à-propos.md:4:6: avertissement: lien en http:// vers le site lui-même (« {link} ») : écrivez plutôt « /à-propos »"]);
    }

    [Fact]
    public void The_own_domain_is_recognised_with_www_in_the_configured_address()
    {
        _tree.Write("à-propos.md", "---\ntitre: À propos\n---\nVoir [ici](http://lafabriquedesmobilites.fr/à-propos).\n");

        var report = Check(siteAddress: "https://www.lafabriquedesmobilites.fr/");

        Assert.Contains("lien en http:// vers le site lui-même", Assert.Single(report.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Https_links_to_the_own_domain_and_http_links_elsewhere_are_fine_when_they_lead_somewhere()
    {
        _tree.Write("à-propos.md",
            "---\ntitre: À propos\n---\n[ici](https://lafabriquedesmobilites.fr/à-propos) [ailleurs](http://example.org/x) [sous-domaine](http://wiki.lafabriquedesmobilites.fr/x)\n");

        var report = Check();

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_full_address_on_the_own_domain_to_a_missing_page_is_a_warning()
    {
        _tree.Write("page.md", "---\ntitre: Page\n---\n[méthodes](https://lafabriquedesmobilites.fr/blog/changer-de-méthodes)\n");

        var report = Check();

        AssertLines(report,
            ["page.md:4:1: avertissement: lien vers une page du site qui n'existe pas : « https://lafabriquedesmobilites.fr/blog/changer-de-méthodes » (adresse /blog/changer-de-méthodes)"]);
    }

    [Fact]
    public void An_http_site_address_does_not_make_http_links_a_warning()
    {
        _tree.Write("page.md", "---\ntitre: Page\n---\n[ici](http://localhost:5000/page)\n");

        var report = Check(siteAddress: "http://localhost:5000");

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_malformed_data_file_is_an_error_with_its_line()
    {
        _tree.Write("_data/equipe.yaml", "- nom: Camille\n  rôle: Coordination\n- nom: [Dominique\n  rôle: Trésorerie\n");
        _tree.Write("_data/communs.yaml", "- nom: Un commun\n");

        var report = Check();

        var error = Assert.Single(report.Findings);
        Assert.Equal("_data/equipe.yaml", error.File);
        Assert.Equal(ContentSeverity.Error, error.Severity);
        Assert.InRange(error.Line, 3, 5);
        Assert.StartsWith("YAML invalide : ", error.Message, StringComparison.Ordinal);
        Assert.True(report.HasErrors);
        Assert.Equal("2 fichiers vérifiés : 1 erreur, 0 avertissement", report.Summary);
    }

    [Fact]
    public void Errors_of_the_snapshot_build_are_reported_once_with_the_checkers_findings_in_file_order()
    {
        _tree.Write("cassé.md", "---\ntitre: Cassé\ntags: [mobilité, vélo\n---\nTexte.\n");
        _tree.Write("sans-fin.md", "---\ntitre: Sans fin\n\nTexte.\n");
        _tree.Write("date.md", "---\ntitre: Date\ndate: 32-13-2021\n---\nTexte.\n");
        _tree.Write("gabarit.md", "---\ntitre: Gabarit\ngabarit: inconnu\n---\n[absente](/absente)\n");
        _tree.Write("a-b.md", "---\ntitre: A\n---\n");
        _tree.Write("a_b.md", "---\ntitre: B\n---\n");
        _tree.Write("alias.md", "---\ntitre: Alias\nalias: [/a-b]\n---\n");

        var report = Check();

        AssertLines(report,
        [
            "a_b.md:1:1: erreur: l'adresse /a-b est déjà celle de a-b.md : ce fichier n'est pas publié (renommez-le ou donnez-lui un « slug »)",
            "alias.md:1:1: erreur: l'alias /a-b est l'adresse de la page a-b.md : il est ignoré",
            "date.md:3:7: erreur: date invalide « 32-13-2021 » : écrire 2015-03-24, 2015-03-24T17:42:12Z, 24-03-2015 ou 24-03-2015 17:42",
            "gabarit.md:1:1: erreur: gabarit « inconnu » inconnu (gabarits connus : accueil, page)",
            "gabarit.md:5:1: avertissement: lien vers une page du site qui n'existe pas : /absente",
            "sans-fin.md:1:1: erreur: en-tête YAML non fermé : la ligne « --- » qui doit le terminer est introuvable",
        ], except: "cassé.md");
        var broken = Assert.Single(report.Findings, f => f.File == "cassé.md");
        Assert.Equal(ContentSeverity.Error, broken.Severity);
        // The unclosed list is noticed where the YAML ends, on the line of the closing « --- ».
        // French only: the reader's English words are kept for errors the checker cannot name.
        Assert.Equal("cassé.md:4:1: erreur: YAML invalide : liste entre crochets non fermée : « , » ou « ] » attendu", broken.ToString());
        Assert.Equal(6, report.ErrorCount);
        Assert.Equal(1, report.WarningCount);
        Assert.Equal("7 fichiers vérifiés : 6 erreurs, 1 avertissement", report.Summary);
    }

    [Fact]
    public void An_empty_tree_is_summarised_in_the_singular()
    {
        var report = Check();

        Assert.Equal("0 fichier vérifié : 0 erreur, 0 avertissement", report.Summary);
    }
}
