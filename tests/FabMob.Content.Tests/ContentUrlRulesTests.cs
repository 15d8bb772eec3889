using System.Text;

namespace FabMob.Content.Tests;

public class ContentUrlRulesTests
{
    private readonly ContentUrlRules _rules = new(["blog"]);

    [Theory]
    [InlineData("à-propos.md", "/à-propos")]
    [InlineData("à-propos/travailler.md", "/à-propos/travailler")]
    [InlineData("index.md", "/")]
    [InlineData("_index.md", "/")]
    [InlineData("blog/index.md", "/blog")]
    [InlineData("blog/_index.md", "/blog")]
    [InlineData("à-propos/index.md", "/à-propos")]
    [InlineData("À propos/Nous.md", "/à-propos/nous")]
    [InlineData("communs/Vélo_électrique.md", "/communs/vélo-électrique")]
    public void A_page_url_is_its_path_without_md(string source, string expected)
    {
        Assert.Equal(expected, _rules.PageUrl(source, null));
    }

    [Theory]
    [InlineData("blog/2021/velo.md", "/blog/velo")]
    [InlineData("blog/2021/Aller vers le covoiturage par l'expérimentation.md",
        "/blog/aller-vers-le-covoiturage-par-l-expérimentation")]
    [InlineData("blog/2015/03/genese.md", "/blog/03/genese")]
    [InlineData("blog/velo.md", "/blog/velo")]
    [InlineData("Blog/2021/Velo.md", "/blog/velo")]
    public void Year_folders_are_dropped_inside_a_collection(string source, string expected)
    {
        Assert.Equal(expected, _rules.PageUrl(source, null));
    }

    [Theory]
    [InlineData("pages/2021/x.md", "/pages/2021/x")]
    [InlineData("2021/x.md", "/2021/x")]
    [InlineData("blog/2021.md", "/blog/2021")]
    public void Year_folders_are_kept_outside_a_collection_and_for_files(string source, string expected)
    {
        Assert.Equal(expected, _rules.PageUrl(source, null));
    }

    [Fact]
    public void Other_collections_can_be_configured()
    {
        var rules = new ContentUrlRules(["blog", "événements"]);

        Assert.Equal("/événements/fête", rules.PageUrl("Événements/2022/Fête.md", null));
        Assert.Equal("événements", rules.CollectionOf("Événements/2022/Fête.md"));
    }

    [Theory]
    [InlineData("blog/2021/velo.md", "Vélo électrique !", "/blog/vélo-électrique")]
    [InlineData("à-propos/travailler.md", "rejoindre", "/à-propos/rejoindre")]
    [InlineData("à-propos.md", "Qui sommes-nous", "/qui-sommes-nous")]
    public void A_slug_replaces_the_last_segment(string source, string slug, string expected)
    {
        Assert.Equal(expected, _rules.PageUrl(source, slug));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void A_blank_or_empty_slug_is_ignored(string slug)
    {
        Assert.Equal("/blog/velo", _rules.PageUrl("blog/2021/velo.md", slug));
    }

    [Theory]
    [InlineData("blog/2021/velo.md", "blog")]
    [InlineData("Blog/velo.md", "blog")]
    [InlineData("à-propos/travailler.md", null)]
    [InlineData("blog.md", null)]
    [InlineData("index.md", null)]
    [InlineData("pages/blog/x.md", null)]
    public void The_collection_is_the_first_folder_when_it_is_configured(string source, string? expected)
    {
        Assert.Equal(expected, _rules.CollectionOf(source));
    }

    [Theory]
    [InlineData("/À-Propos", "/à-propos")]
    [InlineData("/à-propos/", "/à-propos")]
    [InlineData("/à-propos.md", "/à-propos")]
    [InlineData("/À-PROPOS.MD", "/à-propos")]
    [InlineData("/blog/Aller vers le covoiturage par l'expérimentation", "/blog/aller-vers-le-covoiturage-par-l-expérimentation")]
    [InlineData("/blog/Aller vers le covoiturage par l’expérimentation.md", "/blog/aller-vers-le-covoiturage-par-l-expérimentation")]
    [InlineData("//à-propos//travailler/", "/à-propos/travailler")]
    [InlineData("/Vélo_Électrique", "/vélo-électrique")]
    [InlineData("/", "/")]
    [InlineData("/blog/2021/Velo", "/blog/2021/velo")]
    public void Loose_key_ignores_case_trailing_slash_raw_names_and_md_ending(string path, string expected)
    {
        Assert.Equal(expected, ContentUrlRules.LooseKey(path));
    }

    [Fact]
    public void Loose_key_of_an_nfd_path_is_nfc()
    {
        var key = ContentUrlRules.LooseKey("/A\u0300-propos");

        Assert.Equal("/\u00e0-propos", key);
    }

    [Fact]
    public void Loose_key_drops_md_only_at_the_end()
    {
        Assert.Equal("/notes-md/x", ContentUrlRules.LooseKey("/notes.md/x"));
    }

    [Fact]
    public void Raw_keys_cover_the_file_name_with_its_year_folder()
    {
        var keys = _rules.RawKeys("blog/2021/Aller vers le covoiturage par l'expérimentation.md").ToList();

        Assert.Contains("/blog/2021/aller-vers-le-covoiturage-par-l-expérimentation", keys);
        Assert.All(keys, key => Assert.NotEqual("/blog/aller-vers-le-covoiturage-par-l-expérimentation", key));
    }

    [Fact]
    public void Normalize_turns_nfd_into_nfc_and_keeps_nfc_as_is()
    {
        const string Nfc = "/à-propos";
        var nfd = Nfc.Normalize(NormalizationForm.FormD);

        Assert.NotEqual(Nfc, nfd);
        Assert.Equal(Nfc, ContentUrlRules.Normalize(nfd));
        Assert.Equal(Nfc, ContentUrlRules.Normalize(Nfc));
    }

    [Theory]
    [InlineData("blog/2021/!!!.md")]
    [InlineData("🚲.md")]
    [InlineData("à-propos/« ».md")]
    public void A_file_name_without_letters_never_gives_an_empty_segment(string source)
    {
        Assert.Null(_rules.PageUrl(source, null));
        Assert.EndsWith("/vélo", _rules.PageUrl(source, "vélo"), StringComparison.Ordinal);
    }
}
