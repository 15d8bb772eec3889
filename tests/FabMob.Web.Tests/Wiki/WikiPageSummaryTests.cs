using FabMob.Web.Wiki;

namespace FabMob.Web.Tests.Wiki;

public sealed class WikiPageSummaryTests
{
    private const string Root = "https://wiki.example.org";

    private static WikiSummary Read(string wikitext, string title = "Mon Compte Mobilité", string? pageImage = null) =>
        WikiPageSummary.Read("Mon_Compte_Mobilité", new WikiQueryPage(title, false, wikitext, pageImage, null), Root);

    [Fact]
    public void A_commun_template_gives_its_title_picture_and_a_plain_text_summary()
    {
        var summary = Read("""
            {{Commun
            |Titre=Mon '''Compte''' Mobilité
            |Main_Picture=Logo MCM.png
            |description=Un compte unique pour les [[Aides à la mobilité|aides]] de ''tous'' les usagers, <br/>avec {{Lien|x}}les [[Collectivités]]
            et les employeurs&nbsp;: voir [https://moncomptemobilite.fr le site].<ref>Source interne</ref>
            |Thématique=Données
            }}
            Texte de la page.
            """);

        Assert.Equal("Mon Compte Mobilité", summary.Title);
        Assert.Equal(Root + "/wiki/Special:Filepath/Logo_MCM.png", summary.ImageUrl);
        Assert.Equal("Un compte unique pour les aides de tous les usagers, avec les Collectivités et les employeurs\u00a0: voir le site.", summary.Summary);
        Assert.Equal(Root + "/wiki/Mon_Compte_Mobilit%C3%A9", summary.Url);
        Assert.Equal("Mon_Compte_Mobilité", summary.Id);
    }

    [Fact]
    public void The_first_template_with_a_title_picture_or_description_is_read_and_layout_templates_before_it_are_skipped()
    {
        var summary = Read("""
            <!-- {{Commun|Titre=Commentaire}} -->
            {{DISPLAYTITLE:Étude}}{{Bandeau|couleur=bleu|[[Fichier:x.png]]}}
            {{Publication|Title=Étude sur le covoiturage {{!}} 2023|Short_description=Résumé '''court'''.|Description=Long texte.}}
            {{Commun|Titre=Un autre}}
            """);

        Assert.Equal("Étude sur le covoiturage 2023", summary.Title);
        Assert.Equal("Résumé court.", summary.Summary);
    }

    [Fact]
    public void A_picture_written_as_a_file_link_or_missing_from_the_template_still_gives_the_file_address()
    {
        var linked = Read("{{Commun|Titre=RPC|Main_Picture=[[Fichier:Logo RPC (2).png|200px|gauche]]}}");
        var fromPageImage = Read("{{Commun|Titre=RPC}}", pageImage: "Schéma_RPC.svg");

        Assert.Equal(Root + "/wiki/Special:Filepath/Logo_RPC_(2).png", linked.ImageUrl);
        Assert.Equal(Root + "/wiki/Special:Filepath/Sch%C3%A9ma_RPC.svg", fromPageImage.ImageUrl);
    }

    [Fact]
    public void A_page_without_any_template_keeps_the_wiki_title_and_has_no_summary()
    {
        var summary = Read("Juste du texte, [[Lien]].", title: "Registre de Preuve de Covoiturage (RPC)");

        Assert.Equal("Registre de Preuve de Covoiturage (RPC)", summary.Title);
        Assert.Null(summary.Summary);
        Assert.Null(summary.ImageUrl);
        Assert.Equal(Root + "/wiki/Registre_de_Preuve_de_Covoiturage_(RPC)", summary.Url);
    }

    [Fact]
    public void A_long_description_is_cut_after_a_whole_word_with_an_ellipsis()
    {
        var words = string.Join(' ', Enumerable.Repeat("mobilité", 200));
        var summary = Read($"{{{{Commun|Titre=Long|description={words}}}}}");

        Assert.True(summary.Summary!.Length <= WikiPageSummary.MaxSummaryLength, summary.Summary.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("mobilité…", summary.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_template_gives_the_wiki_title_rather_than_failing()
    {
        var summary = Read("{{Commun|Titre=Jamais fermé|description=[[lien", title: "Page cassée");

        Assert.Equal("Page cassée", summary.Title);
    }

    [Fact]
    public void Unclosed_links_and_tags_in_a_megabyte_of_wikitext_are_read_in_one_pass()
    {
        var hostile = "{{Commun|Titre=T|description=" + string.Concat(Enumerable.Repeat("[http://x [[a [c <br ]] ", 40_000)) + "}}";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var summary = Read(hostile);

        // About a second here on a loaded machine; a scan that went back over the text per bracket would take hours.
        Assert.True(watch.ElapsedMilliseconds < 10_000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal("T", summary.Title);
        Assert.True(summary.Summary!.Length <= WikiPageSummary.MaxSummaryLength);
    }
}
