using System.Text;

namespace FabMob.Content.Tests;

public class SlugBuilderTests
{
    [Fact]
    public void Apostrophes_and_spaces_become_single_dashes()
    {
        Assert.Equal("aller-vers-le-covoiturage-par-l-expérimentation",
            SlugBuilder.Slugify("Aller vers le covoiturage par l'expérimentation"));
    }

    [Fact]
    public void Typographic_apostrophe_becomes_a_dash_like_the_straight_one()
    {
        Assert.Equal("l-équipe-d-animation", SlugBuilder.Slugify("L’équipe d’animation"));
        Assert.Equal(SlugBuilder.Slugify("l'équipe"), SlugBuilder.Slugify("l’équipe"));
    }

    [Fact]
    public void Underscores_become_dashes()
    {
        Assert.Equal("vélo-électrique-en-ville", SlugBuilder.Slugify("Vélo_électrique__en_ville"));
    }

    [Theory]
    [InlineData("À PROPOS", "à-propos")]
    [InlineData("Qui Sommes-Nous", "qui-sommes-nous")]
    [InlineData("ÉCONOMIE", "économie")]
    public void Capitals_are_lowered_including_accented_ones(string name, string expected)
    {
        Assert.Equal(expected, SlugBuilder.Slugify(name));
    }

    [Theory]
    [InlineData("à-propos", "à-propos")]
    [InlineData("Mise en œuvre", "mise-en-œuvre")]
    [InlineData("Façade ç ü ñ", "façade-ç-ü-ñ")]
    [InlineData("Économie circulaire", "économie-circulaire")]
    public void Accents_and_letters_beyond_ascii_are_kept(string name, string expected)
    {
        Assert.Equal(expected, SlugBuilder.Slugify(name));
    }

    [Fact]
    public void Nfd_input_gives_the_nfc_slug()
    {
        var nfd = "A\u0300 propos de l'e\u0301quipe";
        Assert.False(nfd.IsNormalized(NormalizationForm.FormC));

        var slug = SlugBuilder.Slugify(nfd);

        Assert.Equal("\u00e0-propos-de-l-\u00e9quipe", slug);
        Assert.True(slug.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Quoi ?! -- Oui... (vraiment)", "quoi-oui-vraiment")]
    [InlineData("a - b", "a-b")]
    [InlineData("a/b\\c:d;e", "a-b-c-d-e")]
    [InlineData("v1.2_final", "v1-2-final")]
    public void Runs_of_punctuation_and_spaces_collapse_to_one_dash(string name, string expected)
    {
        Assert.Equal(expected, SlugBuilder.Slugify(name));
    }

    [Theory]
    [InlineData("  --Bonjour!--  ", "bonjour")]
    [InlineData("'Citation'", "citation")]
    [InlineData("_index_", "index")]
    [InlineData("« Vélo »", "vélo")]
    public void Dashes_are_trimmed_at_both_ends(string name, string expected)
    {
        Assert.Equal(expected, SlugBuilder.Slugify(name));
    }

    [Theory]
    [InlineData("2021", "2021")]
    [InlineData("Rapport 2021 v2", "rapport-2021-v2")]
    [InlineData("10 mois", "10-mois")]
    public void Digits_are_kept(string name, string expected)
    {
        Assert.Equal(expected, SlugBuilder.Slugify(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!…—")]
    public void A_name_without_letters_or_digits_gives_an_empty_slug(string name)
    {
        Assert.Equal("", SlugBuilder.Slugify(name));
    }

    [Fact]
    public void A_slug_is_already_its_own_slug()
    {
        const string Slug = "aller-vers-le-covoiturage-par-l-expérimentation";
        Assert.Equal(Slug, SlugBuilder.Slugify(Slug));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => SlugBuilder.Slugify(null!));
    }

    [Theory]
    [InlineData("abc-123", "abc-123")]
    [InlineData("a--b", "a-b")]
    [InlineData("-a", "a")]
    [InlineData("a-", "a")]
    [InlineData("Abc", "abc")]
    [InlineData("a b", "a-b")]
    [InlineData("Ünïcödé \U0001D400b", "ünïcödé-\U0001D400b")]
    [InlineData("ÀB\U00010400", "àb\U00010428")]
    public void Anything_near_a_slug_is_cleaned_letters_outside_the_basic_plane_included(string name, string expected)
    {
        Assert.Equal(expected, SlugBuilder.Slugify(name));
    }

    [Fact]
    public void A_slug_comes_back_as_it_is()
    {
        var slug = new string("mobilite-2024".AsSpan());

        Assert.Same(slug, SlugBuilder.Slugify(slug));
    }
}
