using FabMob.Content.Editing;

namespace FabMob.Content.Tests.Editing;

public sealed class FrontMatterDocumentTests
{
    private static readonly ContentLimits Limits = new();

    private static FrontMatterDocument Open(string text) => FrontMatterDocument.Parse(text, "contenu/articles/2021/a.md", Limits);

    private static FrontMatter Reread(string text) => new FrontMatterReader(Limits).Read(text, "a.md").FrontMatter;

    private const string Grav = """
        ---
        # Exporté de Grav
        title: 'Le covoiturage : bilan'
        date: '24-03-2015 17:42'
        taxonomy:
            tag: [mobilité, covoiturage]
            category: [actualites]
        header_image: true   # gardé
        draft: false
        ---

        Texte.
        """;

    [Fact]
    public void Every_form_field_is_read_from_the_spellings_the_site_accepts()
    {
        var fields = Open(Grav).Fields;

        Assert.Equal("Le covoiturage : bilan", fields.Title);
        Assert.Equal("24-03-2015 17:42", fields.Date);
        Assert.Equal(["mobilité", "covoiturage"], fields.Tags);
        Assert.Equal(["actualites"], fields.Categories);
        Assert.False(fields.Draft);
    }

    [Fact]
    public void An_unchanged_form_gives_back_the_file_byte_for_byte()
    {
        var document = Open(Grav);

        Assert.Equal(Grav, document.Write(document.Fields, document.Body));
    }

    [Fact]
    public void A_changed_title_is_written_in_place_keeping_the_key_spelling_the_comments_and_the_quoting()
    {
        var document = Open(Grav);

        var text = document.Write(document.Fields with { Title = "L'autopartage" }, document.Body);

        Assert.Equal(Grav.Replace("title: 'Le covoiturage : bilan'", "title: 'L''autopartage'", StringComparison.Ordinal), text);
    }

    [Theory]
    [InlineData("Covoiturage : le bilan")]
    [InlineData("# pas un commentaire")]
    [InlineData("\"Entre guillemets\" et 'apostrophes'")]
    [InlineData("- pas une liste")]
    [InlineData("@fabmob sur le réseau")]
    [InlineData("2024")]
    [InlineData("true")]
    [InlineData("~")]
    [InlineData("[crochets], {accolades} & *étoile")]
    [InlineData("barre \\ oblique et tabulation\tici")]
    [InlineData("Écologie, économie… et « guillemets »")]
    public void A_title_with_yaml_characters_reads_back_as_typed(string title)
    {
        var text = Open("---\ntitle: Ancien\nauteur: Camille\n---\nTexte\n").Write(new ArticleFields { Title = title, Authors = ["Camille"] }, "Texte\n");

        var read = Reread(text);
        Assert.Equal(title, read.Title);
        Assert.Equal(["Camille"], read.Authors);
        Assert.StartsWith("---\ntitle: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_on_several_lines_is_written_as_a_block_and_reads_back_as_typed()
    {
        const string summary = "Première ligne : avec deux-points.\n\nDeuxième paragraphe # dièse.";

        var text = Open("---\ntitre: Un\n---\nTexte\n").Write(new ArticleFields { Title = "Un", Summary = summary }, "Texte\n");

        Assert.Contains("résumé: |-\n  Première ligne", text, StringComparison.Ordinal);
        Assert.Equal(summary, Reread(text).Summary);
    }

    [Fact]
    public void A_missing_field_is_appended_under_its_french_key()
    {
        var document = Open("---\ntitle: Un\n---\nTexte\n");

        var text = document.Write(document.Fields with { Tags = ["vélo", "a, b"] }, document.Body);

        Assert.Equal("---\ntitle: Un\nétiquettes: [vélo, \"a, b\"]\n---\nTexte\n", text);
    }

    [Fact]
    public void A_cleared_field_loses_its_key_and_keys_the_form_does_not_know_stay()
    {
        var document = Open("---\ntitle: Un\nimage: /x.jpg # couverture\nheader_image: true\nsummary: Court\n---\nTexte\n");

        var text = document.Write(document.Fields with { Image = null, Summary = "" }, document.Body);

        Assert.Equal("---\ntitle: Un\nheader_image: true\n---\nTexte\n", text);
    }

    [Fact]
    public void A_block_list_stays_a_block_list_and_a_flow_list_a_flow_list()
    {
        var document = Open("---\ntags:\n  - a\n  - b\nauthors: [Camille, Lou]\nlayout: post\n---\n");

        var text = document.Write(document.Fields with { Tags = ["a", "c: d", "e"], Authors = ["Lou"] }, document.Body);

        Assert.Equal("---\ntags:\n  - a\n  - \"c: d\"\n  - e\nauthors: [Lou]\nlayout: post\n---\n", text);
    }

    [Fact]
    public void Tags_written_inside_a_grav_taxonomy_are_edited_there()
    {
        var document = Open(Grav);

        var text = document.Write(document.Fields with { Tags = ["vélo"], Categories = [] }, document.Body);

        Assert.Contains("    tag: [vélo]\n    category: []\n", text, StringComparison.Ordinal);
        var read = Reread(text);
        Assert.Equal(["vélo"], read.Tags);
        Assert.Empty(read.Categories);
        Assert.Equal(true, read.Params["header_image"]);
    }

    [Fact]
    public void A_crlf_file_with_a_bom_stays_crlf_with_its_bom()
    {
        var original = "\uFEFF---\r\ntitle: Un\r\ndate: 2023-10-9\r\n---\r\nLigne un\r\nLigne deux\r\n";
        var document = Open(original);

        var text = document.Write(document.Fields with { Title = "Deux", Tags = ["x"] }, "Ligne un\nLigne deux\nLigne trois\n");

        Assert.Equal("\uFEFF---\r\ntitle: Deux\r\ndate: 2023-10-9\r\nétiquettes: [x]\r\n---\r\nLigne un\r\nLigne deux\r\nLigne trois\r\n", text);
    }

    [Fact]
    public void A_file_without_front_matter_gets_one()
    {
        var document = Open("# Titre\n\nTexte.\n");

        var text = document.Write(document.Fields with { Title = "Titre", Draft = true }, document.Body);

        Assert.Equal("---\ntitre: Titre\nbrouillon: true\n---\n# Titre\n\nTexte.\n", text);
    }

    [Fact]
    public void An_unchanged_date_is_kept_as_written_and_a_new_one_is_checked()
    {
        var document = Open("---\ndate: '24-03-2015'\ntitle: Un\n---\n");

        Assert.Equal("---\ndate: '24-03-2015'\ntitle: Deux\n---\n", document.Write(document.Fields with { Title = "Deux" }, ""));
        Assert.Equal("---\ndate: '2016-01-02'\ntitle: Un\n---\n", document.Write(document.Fields with { Date = "2016-01-02" }, ""));
        var refused = Assert.Throws<FrontMatterEditException>(() => document.Write(document.Fields with { Date = "demain" }, ""));
        Assert.Equal(FrontMatterEditRefusal.InvalidValue, refused.Refusal);
        Assert.Equal(2, refused.Finding.Line);
        Assert.Contains("date invalide « demain »", refused.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_true_is_written_on_every_draft_key()
    {
        var document = Open("---\ndraft: false\nbrouillon: non\n---\n");

        Assert.Equal("---\ndraft: true\nbrouillon: true\n---\n", document.Write(document.Fields with { Draft = true }, ""));
    }

    [Fact]
    public void A_front_matter_that_is_a_list_is_refused_as_not_a_mapping()
    {
        var refused = Assert.Throws<FrontMatterEditException>(() => Open("---\n- a\n- b\n---\nTexte\n"));

        Assert.Equal(FrontMatterEditRefusal.NotAMapping, refused.Refusal);
        Assert.Contains("clé: valeur", refused.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_front_matter_is_refused_with_its_line()
    {
        var refused = Assert.Throws<FrontMatterEditException>(() => Open("---\ntitle: a\ntags: [a, b\n---\n"));

        Assert.Equal(FrontMatterEditRefusal.Malformed, refused.Refusal);
        Assert.Equal("contenu/articles/2021/a.md", refused.Finding.File);
        Assert.True(refused.Finding.Line >= 3);
    }

    [Fact]
    public void An_edited_value_with_an_anchor_is_refused_but_an_untouched_one_is_kept()
    {
        var document = Open("---\nauthors: &equipe [Camille, Lou]\nrelecteurs: *equipe\ntitle: Un\n---\n");

        var refused = Assert.Throws<FrontMatterEditException>(() => document.Write(document.Fields with { Authors = ["Lou"] }, ""));
        Assert.Equal(FrontMatterEditRefusal.AnchorOrAlias, refused.Refusal);
        Assert.Equal(2, refused.Finding.Line);
        Assert.Equal("---\nauthors: &equipe [Camille, Lou]\nrelecteurs: *equipe\ntitle: Deux\n---\n",
            document.Write(document.Fields with { Title = "Deux" }, ""));
    }

    [Fact]
    public void Tags_written_under_two_keys_are_refused_rather_than_half_edited()
    {
        var document = Open("---\ntags: [a]\ntaxonomy:\n  tag: [b]\n---\n");

        var refused = Assert.Throws<FrontMatterEditException>(() => document.Write(document.Fields with { Tags = ["c"] }, ""));

        Assert.Equal(FrontMatterEditRefusal.ScatteredField, refused.Refusal);
        Assert.Equal(4, refused.Finding.Line);
    }

    [Fact]
    public void A_file_past_the_size_limit_is_refused_and_so_is_an_edit_that_would_pass_it()
    {
        var small = new ContentLimits { MaxFileBytes = 64 };

        var tooBig = Assert.Throws<FrontMatterEditException>(() => FrontMatterDocument.Parse("---\ntitle: x\n---\n" + new string('a', 80), "a.md", small));
        Assert.Equal(FrontMatterEditRefusal.TooLarge, tooBig.Refusal);

        var document = FrontMatterDocument.Parse("---\ntitle: x\n---\n", "a.md", small);
        var grown = Assert.Throws<FrontMatterEditException>(() => document.Write(document.Fields, new string('é', 40)));
        Assert.Equal(FrontMatterEditRefusal.TooLarge, grown.Refusal);
    }

    [Fact]
    public void A_body_typed_with_crlf_in_a_browser_is_written_with_the_files_line_ends()
    {
        var document = Open("---\ntitle: Un\n---\nA\n");

        Assert.Equal("---\ntitle: Un\n---\nA\r\nB\n".Replace("\r\n", "\n", StringComparison.Ordinal), document.Write(document.Fields, "A\r\nB\n"));
    }

    [Fact]
    public void A_comma_separated_tag_string_stays_a_string()
    {
        var document = Open("---\ntags: mobilité, vélo\n---\n");

        Assert.Equal("---\ntags: mobilité, vélo, marche\n---\n", document.Write(document.Fields with { Tags = ["mobilité", "vélo", "marche"] }, ""));
    }

    [Fact]
    public void An_empty_key_gets_its_value_after_the_colon()
    {
        var document = Open("---\ntags:\ntitle: Un\n---\n");

        Assert.Equal("---\ntags: [a]\ntitle: Un\n---\n", document.Write(document.Fields with { Tags = ["a"] }, ""));
    }

    [Fact]
    public void An_empty_front_matter_gets_the_new_keys_between_its_fences()
    {
        var document = Open("---\n---\nTexte\n");

        Assert.Equal("---\ntitre: Un\n---\nTexte\n", document.Write(document.Fields with { Title = "Un" }, document.Body));
    }

    [Fact]
    public void Html_and_script_typed_in_a_field_are_written_as_text_the_reader_gives_back_unchanged()
    {
        const string title = "<script>alert('x')</script> & <b onclick=\"y\">";

        var text = Open("---\ntitle: Un\n---\n").Write(new ArticleFields { Title = title }, "");

        Assert.Equal(title, Reread(text).Title);
    }

    [Fact]
    public void An_alias_bomb_is_refused_before_any_edit()
    {
        const string bomb = "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n";

        var refused = Assert.Throws<FrontMatterEditException>(() => Open(bomb));

        Assert.Equal(FrontMatterEditRefusal.Malformed, refused.Refusal);
        Assert.Contains("trop de valeurs", refused.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_the_site_cannot_read_does_not_stop_saving_other_fields_while_it_is_unchanged()
    {
        var document = Open("---\ndate: demain\ntitle: Un\n---\n");

        Assert.Equal("demain", document.Fields.Date);
        Assert.Equal("---\ndate: demain\ntitle: Deux\n---\n", document.Write(document.Fields with { Title = "Deux" }, ""));
    }

    [Fact]
    public void A_list_of_maps_under_an_owned_key_is_refused_rather_than_replaced_by_names()
    {
        var document = Open("---\nauthors:\n  - nom: Camille\n    rôle: rédaction\ntitle: Un\n---\n");

        var refused = Assert.Throws<FrontMatterEditException>(() => document.Write(document.Fields with { Authors = ["Lou"] }, ""));

        Assert.Equal(FrontMatterEditRefusal.Unverifiable, refused.Refusal);
        Assert.Equal(2, refused.Finding.Line);
    }
}
