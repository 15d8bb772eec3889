using FabMob.Web.Search;

namespace FabMob.Web.Tests.Search;

/// <summary>The text rules of search, on their own: cleaning, words, French folding, the MATCH expression, highlighting.</summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("  vélo   électrique ", "vélo électrique")]
    [InlineData("vé\u0000lo", "vélo")]
    [InlineData("\u202Evélo\u202C", "vélo")]
    [InlineData("\u200F\u2066vélo\u2069\uFEFF", "vélo")]
    [InlineData("vé\u00ADlo", "vélo")]
    [InlineData("\uE000vélo\uE001", "vélo")]
    [InlineData("vélo\tet\r\nbus", "vélo et bus")]
    [InlineData("ve\u0301lo", "vélo")]
    [InlineData("🚲", "🚲")]
    [InlineData(null, "")]
    public void Clean_keeps_what_a_person_can_read(string? raw, string expected) => Assert.Equal(expected, SearchText.Clean(raw));

    [Fact]
    public void Clean_drops_lone_surrogates_and_keeps_pairs()
    {
        Assert.Equal("vélo", SearchText.Clean("\uD800vélo\uDC00"));
        Assert.Equal("vélo \uD83D\uDEB2", SearchText.Clean("vélo \uDEB2\uD83D\uD83D\uDEB2"));
    }

    [Fact]
    public void Words_are_cut_at_apostrophes_and_punctuation_and_folded()
    {
        Assert.Equal(
            [("l", true), ("experimentation", false), ("aujourd", true), ("hui", false), ("velo", false), ("covoiturage", false), ("2024", false)],
            SearchText.Words("L’Expérimentation, aujourd'hui : VÉLO-covoiturage 2024 !"));
    }

    [Theory]
    [InlineData("Vélo", "velo")]
    [InlineData("ÉLÉPHANT", "elephant")]
    [InlineData("Œuvre", "œuvre")]
    [InlineData("naïve", "naive")]
    [InlineData("ça", "ca")]
    public void Fold_removes_case_and_accents(string word, string expected) => Assert.Equal(expected, SearchText.Fold(word));

    [Theory]
    [InlineData("velos", "velo")]
    [InlineData("territoires", "territoire")]
    [InlineData("reseaux", "reseau")]
    [InlineData("bus", "bus")]
    [InlineData("des", "des")]
    [InlineData("2020s", "2020s")]
    public void Singular_drops_a_final_s_or_x_from_longer_words(string word, string expected) =>
        Assert.Equal(expected, FrenchWords.Singular(word));

    [Fact]
    public void Variants_cover_singular_plural_and_ligatures()
    {
        Assert.Equal(["velos", "velo"], FrenchWords.Variants("velos"));
        Assert.Equal(["reseau", "reseaus", "reseaux"], FrenchWords.Variants("reseau"));
        Assert.Equal(["oeuvre", "oeuvres", "œuvre", "œuvres"], FrenchWords.Variants("oeuvre"));
        Assert.Equal(["2024"], FrenchWords.Variants("2024"));
    }

    [Theory]
    [InlineData("vélo", "(\"velo\" OR \"velos\")")]
    [InlineData("l’expérimentation", "(\"experimentation\" OR \"experimentations\")")]
    [InlineData("le vélo et le bus", "(\"velo\" OR \"velos\") AND (\"bus\" OR \"buss\")")]
    [InlineData("le la", "(\"le\" OR \"les\") AND (\"la\" OR \"las\")")]
    [InlineData("\"le\" vélo", "(\"le\" OR \"les\") AND (\"velo\" OR \"velos\")")]
    [InlineData("\"vélo électrique\"", "(\"velo electrique\" OR \"velo electriques\" OR \"velos electrique\" OR \"velos electriques\")")]
    [InlineData("vélo VÉLOS velo", "(\"velo\" OR \"velos\")")]
    public void The_match_expression_is_built_from_quoted_words(string query, string expected) =>
        Assert.Equal(expected, SearchQuery.Parse(SearchText.Clean(query)).MatchExpression);

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("\"\"")]
    [InlineData("l'")]
    [InlineData("* - ^ : ( )")]
    public void Nothing_searchable_gives_no_expression(string query) =>
        Assert.True(SearchQuery.Parse(SearchText.Clean(query)).IsEmpty);

    [Theory]
    [InlineData("NEAR(vélo covoiturage, 2)")]
    [InlineData("vélo OR bus NOT tram")]
    [InlineData("titre:vélo {texte}: bus")]
    [InlineData("\"vélo\" \"")]
    [InlineData("vél* -bus ^tram +car")]
    [InlineData("'; DROP TABLE pages; --")]
    public void Engine_syntax_is_never_passed_through(string query)
    {
        var expression = SearchQuery.Parse(SearchText.Clean(query)).MatchExpression!;

        // Outside quoted strings, only our own parentheses, OR and AND remain.
        var outside = string.Concat(expression.Split('"').Where((_, i) => i % 2 == 0));
        Assert.Matches("^[() ]*(?:(?:OR|AND)[() ]*)*$", outside);
        Assert.Equal(0, expression.Count(c => c == '"') % 2);
    }

    [Fact]
    public void A_long_query_is_capped()
    {
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => "mot" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(SearchQuery.MaxClauses, SearchQuery.Parse(words).Words.Count);
    }

    [Fact]
    public void A_long_phrase_keeps_its_words_as_typed()
    {
        var phrase = "\"" + string.Join(' ', Enumerable.Repeat("vélos", 8)) + "\"";

        Assert.Equal("\"" + string.Join(' ', Enumerable.Repeat("velos", 8)) + "\"", SearchQuery.Parse(phrase).MatchExpression);
    }

    [Theory]
    [InlineData("a \uE000b\uE001 c", "a <mark>b</mark> c")]
    [InlineData("<b> & \"x\" 'y'", "&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;")]
    [InlineData("\uE000<i>\uE001", "<mark>&lt;i&gt;</mark>")]
    [InlineData("\uE000ouvert", "<mark>ouvert</mark>")]
    [InlineData("fermé\uE001 \uE000\uE000x\uE001", "fermé <mark>x</mark>")]
    public void Highlighting_escapes_first_then_marks(string marked, string html) => Assert.Equal(html, SearchHighlight.ToHtml(marked));
}
