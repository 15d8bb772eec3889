namespace FabMob.Content.Tests;

/// <summary>French spacing of punctuation: on a plain text (titles) and in rendered Markdown (pages).</summary>
public sealed class FrenchTypographyTests
{
    private const char Fine = '\u202F';
    private const char Nbsp = '\u00A0';

    private static readonly MarkdownRenderer Renderer = new();

    private static string Render(string markdown) =>
        Renderer.Render(Renderer.Parse(markdown), new PageLinkResolver("page.md", new Dictionary<string, string>(StringComparer.Ordinal)));

    [Theory]
    [InlineData("Qui ?", "Qui\u202F?")]
    [InlineData("Adhérez !", "Adhérez\u202F!")]
    [InlineData("un ; deux", "un\u202F; deux")]
    [InlineData("Étiquette : Vélo", "Étiquette\u00A0: Vélo")]
    [InlineData("« Bonjour »", "«\u202FBonjour\u202F»")]
    [InlineData("«Bonjour»", "«\u202FBonjour\u202F»")]
    [InlineData("Quoi  ?!", "Quoi\u202F?!")]
    [InlineData("Qui\u00A0?", "Qui\u202F?")]
    [InlineData("Qui\u2009?", "Qui\u202F?")]
    public void A_space_before_french_punctuation_or_inside_guillemets_becomes_a_no_break_space(string text, string expected)
    {
        Assert.Equal(expected, FrenchTypography.Apply(text));
    }

    [Theory]
    [InlineData("Rendez-vous à 10:30")]
    [InlineData("https://example.org/?q=vélo&x=1")]
    [InlineData("Newsletter!")]
    [InlineData("Hello: world")]
    [InlineData("Qu'est-ce que la FabMob")]
    [InlineData("")]
    public void Text_with_no_space_before_its_punctuation_is_left_as_written(string text)
    {
        Assert.Equal(text, FrenchTypography.Apply(text));
    }

    [Fact]
    public void Applying_it_twice_changes_nothing_more()
    {
        var once = FrenchTypography.Apply("« Qui ? » : eux ; «nous» !");

        Assert.Equal($"«{Fine}Qui{Fine}?{Fine}»{Nbsp}: eux{Fine}; «{Fine}nous{Fine}»{Fine}!", once);
        Assert.Equal(once, FrenchTypography.Apply(once));
    }

    [Fact]
    public void A_null_title_is_empty()
    {
        Assert.Equal("", FrenchTypography.Apply(null));
    }

    [Fact]
    public void The_seed_page_question_never_breaks_before_its_question_mark()
    {
        var html = Render("**Qui ?**\nLa contribution est ouverte à toutes et tous.");

        Assert.Contains($"<strong>Qui{Fine}?</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Qui ?", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_lists_quotes_and_links_are_set_the_french_way()
    {
        var html = Render("""
            ## Qu'est-ce que la FabMob ?

            - Les usages : réels ;
            - « les communs »

            > De quoi avez-vous besoin maintenant ?

            [Adhérez !](https://example.org/adherer)
            """);

        Assert.Contains($"Qu'est-ce que la FabMob{Fine}?</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<li>Les usages{Nbsp}: réels{Fine};</li>", html, StringComparison.Ordinal);
        Assert.Contains($"<li>«{Fine}les communs{Fine}»</li>", html, StringComparison.Ordinal);
        Assert.Contains($"besoin maintenant{Fine}?", html, StringComparison.Ordinal);
        Assert.Contains($">Adhérez{Fine}!</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_ids_do_not_change()
    {
        var html = Render("## Qu'est-ce que la FabMob ?");

        Assert.Contains("id=\"quest-ce-que-la-fabmob-\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Punctuation_cut_from_its_word_by_emphasis_is_still_held_to_it()
    {
        Assert.Contains($"Qui{Fine}<em>?</em>", Render("Qui *?*"), StringComparison.Ordinal);
        Assert.Contains($"«{Fine}<strong>vélo</strong>{Fine}»", Render("«**vélo**»"), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_spans_and_code_blocks_are_left_as_written()
    {
        var html = Render("""
            Le code `a ? b : c ; d` reste tel quel, et l'apostrophe de `l'objet` aussi.

            ```
            if (x ? y : z) { return 'a' ; }
            ```

                var s = 'texte' ; // bloc indenté !
            """);

        Assert.Contains("<code>a ? b : c ; d</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>l'objet</code>", html, StringComparison.Ordinal);
        Assert.Contains("if (x ? y : z) { return 'a' ; }", html, StringComparison.Ordinal);
        Assert.Contains("var s = 'texte' ; // bloc indenté !", html, StringComparison.Ordinal);
        Assert.Contains("reste tel quel, et l'apostrophe", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_and_text_inside_raw_code_tags_are_left_as_written()
    {
        var html = Render("""
            Un <span title="Qui ? Quoi !">titre</span> et <code>x ? y : z</code> puis <kbd>Ctrl + ?</kbd> ; fin !

            <div class="encart">
            Bloc HTML : gardé ?
            </div>
            """);

        Assert.Contains("<span title=\"Qui ? Quoi !\">", html, StringComparison.Ordinal);
        Assert.Contains("<code>x ? y : z</code>", html, StringComparison.Ordinal);
        Assert.Contains("<kbd>Ctrl + ?</kbd>", html, StringComparison.Ordinal);
        Assert.Contains($"</kbd>{Fine}; fin{Fine}!", html, StringComparison.Ordinal);
        Assert.Contains("Bloc HTML : gardé ?", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_between_raw_code_tags_is_told_apart_from_the_text_around_them_all_along_a_paragraph()
    {
        var html = Render("<code>a ?</code> b ? *c ?* <samp>d ?<b>e ?</b></samp> f ? <code>g ?</code> h ?");

        Assert.Contains("<code>a ?</code>", html, StringComparison.Ordinal);
        Assert.Contains($"b{Fine}? <em>c{Fine}?</em>", html, StringComparison.Ordinal);
        Assert.Contains("<samp>d ?<b>e ?</b></samp>", html, StringComparison.Ordinal);
        Assert.Contains($"f{Fine}? <code>g ?</code> h{Fine}?", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_paragraph_of_raw_html_is_set_the_french_way_throughout()
    {
        var markdown = string.Concat(Enumerable.Repeat("<b>mot ?</b> <code>x ?</code> ", 5_000));

        var html = Render(markdown);

        Assert.Equal(5_000, html.Split($"<b>mot{Fine}?</b>").Length - 1);
        Assert.Equal(5_000, html.Split("<code>x ?</code>").Length - 1);
    }

    [Fact]
    public void Link_and_image_addresses_and_bare_addresses_are_left_as_written()
    {
        var html = Render("""
            Voir [la page ?](https://example.org/a?b=c "Titre : ici") et https://example.org/recherche?q=a:b ; puis ![Schéma : début](images/x.png).
            """);

        Assert.Contains("href=\"https://example.org/a?b=c\"", html, StringComparison.Ordinal);
        Assert.Contains($">la page{Fine}?</a>", html, StringComparison.Ordinal);
        Assert.Contains(">https://example.org/recherche?q=a:b</a>", html, StringComparison.Ordinal);
        Assert.Contains($"</a>{Fine}; puis", html, StringComparison.Ordinal);
        Assert.Contains("title=\"Titre : ici\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/images/x.png\"", html, StringComparison.Ordinal);
        Assert.Contains($"alt=\"Schéma{Nbsp}: début\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_still_escaped()
    {
        var html = Render("Est-ce que 1 < 2 & 3 > 2 ?");

        Assert.Contains($"1 &lt; 2 &amp; 3 &gt; 2{Fine}?", html, StringComparison.Ordinal);
    }
}
