namespace FabMob.Content.Tests;

public class FrontMatterReaderTests
{
    private const string File = "blog/2015/genese.md";

    private static FrontMatterResult Read(string text) => new FrontMatterReader(new ContentLimits()).Read(text, File);

    private static FrontMatter Accepted(string text)
    {
        var result = Read(text);
        Assert.False(result.IsRejected, string.Join("\n", result.Errors));
        Assert.Empty(result.Errors);
        return result.FrontMatter;
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void A_file_without_front_matter_is_all_body()
    {
        const string Text = "# Titre\n\nUn paragraphe.\n";

        var result = Read(Text);

        Assert.Same(FrontMatter.Empty, result.FrontMatter);
        Assert.Equal(Text, result.Body);
        Assert.Equal(1, result.BodyLine);
        Assert.Empty(result.Errors);
        Assert.False(result.IsRejected);
    }

    [Fact]
    public void A_thematic_break_after_the_first_line_is_not_front_matter()
    {
        const string Text = "Un paragraphe.\n---\ntitre: x\n---\n";

        var result = Read(Text);

        Assert.Null(result.FrontMatter.Title);
        Assert.Equal(Text, result.Body);
        Assert.False(result.IsRejected);
    }

    [Fact]
    public void Front_matter_is_split_from_the_body_with_the_body_line()
    {
        var result = Read("---\ntitre: Bonjour\ndate: 2015-03-24\n---\n# Corps\n\nTexte.\n");

        Assert.Equal("Bonjour", result.FrontMatter.Title);
        Assert.Equal("# Corps\n\nTexte.\n", result.Body);
        Assert.Equal(5, result.BodyLine);
        Assert.False(result.IsRejected);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        var result = Read("\uFEFF---\ntitre: Été\n---\nTexte\n");

        Assert.False(result.IsRejected);
        Assert.Equal("Été", result.FrontMatter.Title);
        Assert.Equal("Texte\n", result.Body);
        Assert.Equal(4, result.BodyLine);
    }

    [Fact]
    public void Crlf_line_ends_are_read_like_lf()
    {
        var result = Read("---\r\ntitre: Bonjour\r\ntags: [a, b]\r\n---\r\nLigne 1\r\nLigne 2\r\n");

        Assert.False(result.IsRejected);
        Assert.Equal("Bonjour", result.FrontMatter.Title);
        Assert.Equal(["a", "b"], result.FrontMatter.Tags);
        Assert.Equal("Ligne 1\nLigne 2\n", result.Body);
        Assert.Equal(5, result.BodyLine);
    }

    [Fact]
    public void An_empty_front_matter_is_accepted()
    {
        var result = Read("---\n---\nTexte\n");

        Assert.False(result.IsRejected);
        Assert.Empty(result.Errors);
        Assert.Null(result.FrontMatter.Title);
        Assert.Equal("Texte\n", result.Body);
        Assert.Equal(3, result.BodyLine);
    }

    [Theory]
    [InlineData("titre")]
    [InlineData("title")]
    [InlineData("Titre")]
    [InlineData("TITLE")]
    public void Title_is_read_from_french_or_english_key_in_any_case(string key)
    {
        Assert.Equal("Qu'est-ce que la FabMob", Accepted($"---\n{key}: Qu'est-ce que la FabMob\n---\n").Title);
    }

    [Theory]
    [InlineData("résumé")]
    [InlineData("resume")]
    [InlineData("summary")]
    [InlineData("Résumé")]
    [InlineData("re\u0301sume\u0301")]
    public void Summary_is_read_from_resume_with_or_without_accents_or_summary(string key)
    {
        Assert.Equal("Un court résumé.", Accepted($"---\n{key}: Un court résumé.\n---\n").Summary);
    }

    [Fact]
    public void Description_image_and_menu_are_read()
    {
        var frontMatter = Accepted("---\ndescription: Réunir les acteurs\nimage: images/couverture.jpg\nmenu: principal\n---\n");

        Assert.Equal("Réunir les acteurs", frontMatter.Description);
        Assert.Equal("images/couverture.jpg", frontMatter.Image);
        Assert.Equal("principal", frontMatter.Menu);
    }

    [Theory]
    [InlineData("auteur: Alice Martin")]
    [InlineData("author: Alice Martin")]
    [InlineData("auteurs: Alice Martin")]
    [InlineData("authors: [Alice Martin]")]
    public void A_single_author_is_read_from_any_author_key(string line)
    {
        Assert.Equal(["Alice Martin"], Accepted($"---\n{line}\n---\n").Authors);
    }

    [Fact]
    public void Authors_can_be_a_block_list()
    {
        var frontMatter = Accepted("---\nauteurs:\n  - Alice Martin\n  - Bruno Petit\n---\n");

        Assert.Equal(["Alice Martin", "Bruno Petit"], frontMatter.Authors);
    }

    [Theory]
    [InlineData("tags: [mobilité, vélo, open source]")]
    [InlineData("tags: mobilité, vélo , open source")]
    [InlineData("étiquettes: [mobilité, vélo, open source]")]
    [InlineData("tags:\n  - mobilité\n  - vélo\n  - open source")]
    public void Tags_are_a_list_or_a_comma_separated_string(string yaml)
    {
        Assert.Equal(["mobilité", "vélo", "open source"], Accepted($"---\n{yaml}\n---\n").Tags);
    }

    [Theory]
    [InlineData("tags:")]
    [InlineData("tags: []")]
    [InlineData("tags: ''")]
    public void Empty_tags_give_an_empty_list(string yaml)
    {
        Assert.Empty(Accepted($"---\ntitre: x\n{yaml}\n---\n").Tags);
    }

    [Theory]
    [InlineData("catégories: [Blog, Événements]")]
    [InlineData("categories: Blog, Événements")]
    public void Categories_are_read_from_french_or_english_key(string yaml)
    {
        Assert.Equal(["Blog", "Événements"], Accepted($"---\n{yaml}\n---\n").Categories);
    }

    [Fact]
    public void Grav_taxonomy_is_merged_into_tags_and_categories_without_duplicates()
    {
        var frontMatter = Accepted(
            "---\ntags: [vélo]\ncategories: Blog\ntaxonomy:\n  tag: [Vélo, covoiturage]\n  category: [blog, Actualités]\n---\n");

        Assert.Equal(["vélo", "covoiturage"], frontMatter.Tags);
        Assert.Equal(["Blog", "Actualités"], frontMatter.Categories);
        Assert.False(frontMatter.Params.ContainsKey("taxonomy"));
    }

    [Theory]
    [InlineData("brouillon: true", true)]
    [InlineData("draft: true", true)]
    [InlineData("brouillon: oui", true)]
    [InlineData("draft: false", false)]
    [InlineData("brouillon: non", false)]
    [InlineData("titre: x", false)]
    public void Draft_is_read_from_brouillon_or_draft(string yaml, bool expected)
    {
        Assert.Equal(expected, Accepted($"---\n{yaml}\n---\n").Draft);
    }

    [Fact]
    public void A_draft_value_that_is_not_a_boolean_is_an_error_at_its_line()
    {
        var result = Read("---\ntitre: x\nbrouillon: peut-être\n---\n");

        Assert.False(result.IsRejected);
        Assert.False(result.FrontMatter.Draft);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal(ContentSeverity.Error, error.Severity);
        Assert.Contains("peut-être", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Slug_and_a_single_alias_are_read()
    {
        var frontMatter = Accepted("---\nslug: mon-article\nalias: /ancien/chemin\n---\n");

        Assert.Equal("mon-article", frontMatter.Slug);
        Assert.Equal(["/ancien/chemin"], frontMatter.Aliases);
    }

    [Fact]
    public void Aliases_can_be_a_list()
    {
        var frontMatter = Accepted("---\naliases:\n  - /blog/2019/ancien\n  - /vieux\n---\n");

        Assert.Equal(["/blog/2019/ancien", "/vieux"], frontMatter.Aliases);
    }

    [Theory]
    [InlineData("gabarit")]
    [InlineData("layout")]
    public void Layout_is_read_from_gabarit_or_layout(string key)
    {
        Assert.Equal("Evenement", Accepted($"---\n{key}: Evenement\n---\n").Layout);
    }

    [Theory]
    [InlineData("ordre: 3", 3)]
    [InlineData("weight: 3", 3)]
    [InlineData("ordre: -1", -1)]
    [InlineData("ordre: '12'", 12)]
    public void Weight_is_read_from_ordre_or_weight(string yaml, int expected)
    {
        Assert.Equal(expected, Accepted($"---\n{yaml}\n---\n").Weight);
    }

    [Fact]
    public void A_weight_that_is_not_an_integer_is_an_error_at_its_line()
    {
        var result = Read("---\ntitre: x\n\nordre: premier\n---\n");

        Assert.False(result.IsRejected);
        Assert.Null(result.FrontMatter.Weight);
        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Unknown_keys_are_kept_in_params_with_their_types()
    {
        var frontMatter = Accepted(
            "---\n" +
            "couleur: bleu\n" +
            "actif: true\n" +
            "places: 12\n" +
            "note: 4.5\n" +
            "code: '0042'\n" +
            "vide:\n" +
            "liens: [a, 2]\n" +
            "contact:\n  nom: Alice\n  tel: '01 02'\n  age: 30\n" +
            "---\n");

        var values = frontMatter.Params;
        Assert.Equal("bleu", Assert.IsType<string>(values["couleur"]));
        Assert.True(Assert.IsType<bool>(values["actif"]));
        Assert.Equal(12L, Assert.IsType<long>(values["places"]));
        Assert.Equal(4.5, Assert.IsType<double>(values["note"]));
        Assert.Equal("0042", Assert.IsType<string>(values["code"]));
        Assert.True(values.ContainsKey("vide"));
        Assert.Null(values["vide"]);
        var list = Assert.IsType<List<object?>>(values["liens"]);
        Assert.Equal(["a", 2L], list);
        var map = Assert.IsType<Dictionary<string, object?>>(values["contact"]);
        Assert.Equal("Alice", map["nom"]);
        Assert.Equal("01 02", map["tel"]);
        Assert.Equal(30L, map["age"]);
    }

    [Fact]
    public void Params_keep_the_key_as_written_and_are_found_without_regard_to_case()
    {
        var frontMatter = Accepted("---\nLieu: Paris\n---\n");

        Assert.Equal("Lieu", Assert.Single(frontMatter.Params.Keys));
        Assert.Equal("Paris", frontMatter.Params["lieu"]);
    }

    [Fact]
    public void Known_keys_do_not_land_in_params()
    {
        var frontMatter = Accepted("---\ntitre: x\ndate: 2015-03-24\ntags: a\nslug: y\n---\n");

        Assert.Empty(frontMatter.Params);
    }

    [Fact]
    public void Iso_date_is_midnight_paris_time()
    {
        Assert.Equal(Utc(2015, 3, 23, 23), Accepted("---\ndate: 2015-03-24\n---\n").Date);
    }

    [Fact]
    public void Iso_instant_is_read_exactly()
    {
        Assert.Equal(Utc(2015, 3, 24, 17, 42, 12), Accepted("---\ndate: 2015-03-24T17:42:12.000Z\n---\n").Date);
    }

    [Fact]
    public void Quoted_french_date_is_midnight_paris_time()
    {
        Assert.Equal(Utc(2015, 3, 23, 23), Accepted("---\ndate: '24-03-2015'\n---\n").Date);
    }

    [Fact]
    public void Quoted_french_date_and_time_is_paris_time()
    {
        Assert.Equal(Utc(2015, 3, 24, 16, 42), Accepted("---\ndate: '24-03-2015 17:42'\n---\n").Date);
    }

    [Fact]
    public void Publish_date_is_an_alias_of_date()
    {
        Assert.Equal(Utc(2015, 3, 23, 23), Accepted("---\npublish_date: 2015-03-24\n---\n").Date);
    }

    [Fact]
    public void An_invalid_date_is_an_error_at_its_file_line_and_the_page_is_kept()
    {
        var result = Read("---\ntitre: Bonjour\n\ndate: 32-13-2015\n---\nTexte\n");

        Assert.False(result.IsRejected);
        Assert.Equal("Bonjour", result.FrontMatter.Title);
        Assert.Null(result.FrontMatter.Date);
        var error = Assert.Single(result.Errors);
        Assert.Equal(File, error.File);
        Assert.Equal(4, error.Line);
        Assert.Equal(7, error.Column);
        Assert.Equal(ContentSeverity.Error, error.Severity);
        Assert.Contains("32-13-2015", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_yaml_is_rejected_with_the_file_line_of_the_problem()
    {
        var result = Read("---\ntitre: Bonjour\ndescription: x\nrésumé: Une phrase: avec deux points\nauteur: Alice\n---\nTexte\n");

        Assert.True(result.IsRejected);
        var error = Assert.Single(result.Errors);
        Assert.Equal(File, error.File);
        Assert.Equal(4, error.Line);
        Assert.Equal(ContentSeverity.Error, error.Severity);
        Assert.StartsWith("YAML invalide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_yaml_after_crlf_and_bom_still_gives_the_file_line()
    {
        var result = Read("\uFEFF---\r\ntitre: Bonjour\r\n\r\ntags: [a, b\r\nauteur: x: y\r\n---\r\nTexte\r\n");

        Assert.True(result.IsRejected);
        var error = Assert.Single(result.Errors);
        Assert.InRange(error.Line, 4, 5);
    }

    [Fact]
    public void Unclosed_front_matter_is_rejected_at_line_one()
    {
        var result = Read("---\ntitre: Bonjour\n\nTexte sans fin d'en-tête.\n");

        Assert.True(result.IsRejected);
        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Equal(File, error.File);
        Assert.Contains("non fermé", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_list_as_root_is_rejected()
    {
        var result = Read("---\n- titre\n- Bonjour\n---\nTexte\n");

        Assert.True(result.IsRejected);
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_yaml_scalar_as_root_is_rejected()
    {
        var result = Read("---\nBonjour tout le monde\n---\nTexte\n");

        Assert.True(result.IsRejected);
        Assert.Equal(2, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void Front_matter_may_close_with_three_dots()
    {
        var result = Read("---\ntitre: Bonjour\n...\nTexte\n");

        Assert.False(result.IsRejected);
        Assert.Equal("Bonjour", result.FrontMatter.Title);
        Assert.Equal("Texte\n", result.Body);
    }

    [Fact]
    public void Front_matter_at_the_end_of_the_file_gives_an_empty_body()
    {
        var result = Read("---\ntitre: Bonjour\n---");

        Assert.False(result.IsRejected);
        Assert.Equal("Bonjour", result.FrontMatter.Title);
        Assert.Equal("", result.Body);
    }

    [Fact]
    public void Deeply_nested_front_matter_is_rejected_without_crashing()
    {
        var yaml = "x: " + new string('[', 10_000) + new string(']', 10_000);

        var result = Read("---\ntitre: a\n" + yaml + "\n---\nTexte\n");

        Assert.True(result.IsRejected);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("imbrication", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_trimmed_and_blank_values_are_absent()
    {
        var frontMatter = Accepted("---\ntitre: '  Bonjour  '\ndescription: '   '\n---\n");

        Assert.Equal("Bonjour", frontMatter.Title);
        Assert.Null(frontMatter.Description);
    }

    [Theory]
    [InlineData("tags: ~")]
    [InlineData("tags: null")]
    [InlineData("titre: ~")]
    [InlineData("auteur: null")]
    public void A_yaml_null_value_means_absent(string yaml)
    {
        var frontMatter = Accepted($"---\n{yaml}\n---\n");

        Assert.Null(frontMatter.Title);
        Assert.Empty(frontMatter.Tags);
        Assert.Empty(frontMatter.Authors);
    }

    [Fact]
    public void Taxonomy_keys_are_matched_in_nfd_too()
    {
        var frontMatter = Accepted("---\ntaxonomy:\n  cate\u0301gories: [Blog]\n---\n");

        Assert.Equal(["Blog"], frontMatter.Categories);
    }

    [Fact]
    public void An_alias_to_an_unknown_anchor_rejects_the_front_matter()
    {
        var result = Read("---\ntitre: x\nauteur: *personne\n---\n");

        Assert.True(result.IsRejected);
        Assert.Contains("personne", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_rejects_the_front_matter_at_the_line_of_the_duplicate()
    {
        var result = Read("---\ntitre: Un\ndate: 2015-03-24\ntitre: Deux\n---\n");

        Assert.True(result.IsRejected);
        Assert.Equal(4, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void The_first_of_a_french_key_and_its_english_alias_wins()
    {
        var frontMatter = Accepted("---\ntitre: Français\ntitle: English\n---\n");

        Assert.Equal("Français", frontMatter.Title);
    }

    [Fact]
    public void Authors_from_several_keys_are_merged_without_duplicates()
    {
        var frontMatter = Accepted("---\nauteur: Alice\nauthors: [alice, Bruno]\n---\n");

        Assert.Equal(["Alice", "Bruno"], frontMatter.Authors);
    }

    [Fact]
    public void A_folded_summary_is_joined_on_one_line()
    {
        Assert.Equal("Un long résumé", Accepted("---\nrésumé: >\n  Un long\n  résumé\n---\n").Summary);
    }
}
