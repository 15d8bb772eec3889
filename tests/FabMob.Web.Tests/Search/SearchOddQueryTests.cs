using System.Net;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Search;

/// <summary>Whatever is typed, search answers (200, or 400 for a query too long), never fails, and echoes the query escaped.</summary>
public sealed class SearchOddQueryTests(SearchSite site) : IClassFixture<SearchSite>
{
    public static TheoryData<string> OddQueries => new()
    {
        " ",
        "     ",
        "\t\n",
        "!!!",
        "?,;:.…—",
        "'",
        "’",
        "\"",
        "\"\"",
        "\"vélo",
        "vélo\"",
        "« »",
        "*",
        "vél*",
        "*vélo*",
        "NEAR(vélo covoiturage)",
        "NEAR(vélo, 2)",
        "vélo OR covoiturage",
        "vélo AND",
        "AND",
        "OR",
        "NOT vélo",
        "-vélo",
        "^vélo",
        "vélo + covoiturage",
        "titre:vélo",
        "texte : tramway",
        "{titre texte}: vélo",
        "pages:vélo",
        "(",
        ")",
        "((vélo)",
        "vélo)",
        "'; DROP TABLE pages; --",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "&amp; &lt; &#0;",
        "vé\u0000lo",
        "\u0007\u001b[31m",
        "\u202Evélo\u202C",
        "\u200F\u200E\u2066vélo\u2069",
        "\uFEFFvélo",
        "vé\u00ADlo",
        "\uE000vélo\uE001",
        "🚲",
        "東京",
        "ا لسلام",
        "a",
        "le la les de",
        "l'",
        "x".PadRight(200, 'x'),
    };

    [Theory]
    [MemberData(nameof(OddQueries))]
    public async Task An_odd_query_is_answered_and_echoed_escaped(string query)
    {
        var (response, page) = await site.SearchAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var echoed = page.QuerySelector("main input[name=q]")?.GetAttribute("value") ?? "";
        Assert.Equal(Cleaned(query), echoed);
        Assert.Empty(page.QuerySelectorAll("main script, main img"));
    }

    [Fact]
    public async Task Operators_are_read_as_words()
    {
        Assert.Equal(await site.AllResultsAsync("vélo"), await site.AllResultsAsync("vélo*"));
        Assert.Equal(await site.AllResultsAsync("vélo"), await site.AllResultsAsync("*vélo"));
        Assert.Equal(await site.AllResultsAsync("vélo"), await site.AllResultsAsync("-vélo"));
        Assert.Equal(await site.AllResultsAsync("vélo"), await site.AllResultsAsync("^vélo"));
        Assert.Equal(await site.AllResultsAsync("vélo"), await site.AllResultsAsync("\u202Evélo\u202C"));
        Assert.Equal(await site.AllResultsAsync("vélo"), await site.AllResultsAsync("vé\u00ADlo"));
        Assert.Empty(await site.AllResultsAsync("vélo OR hélicoptère"));
        Assert.Empty(await site.AllResultsAsync("NEAR(vélo hélicoptère)"));
    }

    [Fact]
    public async Task Markup_in_the_query_is_shown_as_text()
    {
        var (response, page) = await site.SearchAsync("<script>alert(1)</script>");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The fixture has this very text in an article: found, and shown as text.
        Assert.Equal("1 résultat pour «\u202F<script>alert(1)</script>\u202F»", page.QuerySelector("h2.recherche__total")?.TextContent);
        Assert.Equal(["script", "alert", "1", "script"], page.QuerySelectorAll(".resultat__extrait mark").Select(m => m.TextContent));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_of_nothing_searchable_says_so()
    {
        var (response, page) = await site.SearchAsync("?!…");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // French spacing: a no-break space before the colon.
        Assert.Contains("Rien à chercher dans cette requête\u00A0: saisissez", page.QuerySelector(".recherche__message")?.TextContent,
            StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("h2.recherche__total"));
    }

    [Theory]
    [InlineData(201)]
    [InlineData(5000)]
    public async Task A_query_too_long_is_refused_with_a_message_and_the_page_still_shown(int length)
    {
        var query = string.Concat(Enumerable.Repeat("vélo ", length / 5 + 1))[..length];

        var (response, page) = await site.SearchAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("trop longue", page.QuerySelector(".recherche__message")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("200 au plus", page.QuerySelector(".recherche__message")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
        Assert.Empty(SearchSite.Results(page));
    }

    [Fact]
    public async Task Several_q_values_use_the_first()
    {
        var (response, page) = await Html.GetAsync(site.Client, "/recherche?q=tramway&q=v%C3%A9lo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, SearchSite.Results(page).Count);
    }

    [Fact]
    public async Task Invalid_utf8_in_the_address_is_answered()
    {
        var (response, _) = await Html.GetAsync(site.Client, "/recherche?q=%ED%A0%80%FF%C3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // What the page echoes: the query without control, format and private-use characters, spaces collapsed.
    private static string Cleaned(string query)
    {
        var kept = query.Where(c => !char.IsControl(c) || char.IsWhiteSpace(c))
            .Where(c => char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.PrivateUse))
            .Select(c => char.IsWhiteSpace(c) ? ' ' : c);
        return string.Join(' ', new string([.. kept]).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Normalize();
    }
}
