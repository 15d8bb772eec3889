using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests;

/// <summary>French is written as it is in the HTML, not as character references; markup in text is still escaped.</summary>
public sealed partial class ReadableFrenchHtmlTests : IDisposable
{
    private const string FrenchTitle = "Été des mobilités à Besançon : l’expérimentation continue";
    private const string HostileTitle = "<script>alert(1)</script> \"guillemets\" & 'apostrophes' <img src=x onerror=alert(2)>";

    private readonly TempSite _content = TempSite.FromFixture();
    private readonly SiteFactory _factory;
    private readonly HttpClient _client;

    public ReadableFrenchHtmlTests()
    {
        _content.Write("blog/2021/Été des mobilités à Besançon.md",
            $"---\ntitre: \"{FrenchTitle}\"\ndate: 2021-06-01\ndescription: Rencontres à Besançon, où les élus découvrent les communs\n---\nUn été riche.\n");
        _content.Write("blog/2021/hostile.md",
            $"---\ntitre: '{HostileTitle.Replace("'", "''", StringComparison.Ordinal)}'\ndate: 2021-05-01\n---\nUn article.\n");
        _factory = new SiteFactory(_content.Root);
        _client = _factory.CreateRawClient();
    }

    [Fact]
    public async Task The_blog_shows_french_titles_and_accented_addresses_as_written()
    {
        var html = await GetAsync("/blog");

        Assert.Contains("La Fabrique des Mobilités", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/blog/été-des-mobilités-à-besançon\"", html, StringComparison.Ordinal);
        Assert.Contains("Été des mobilités à Besançon", html, StringComparison.Ordinal);
        Assert.Empty(LetterReferences(html));
    }

    [Fact]
    public async Task A_page_shows_its_french_title_description_and_menu_as_written()
    {
        var html = await GetAsync("/blog/été-des-mobilités-à-besançon");

        Assert.Contains("<title>Été des mobilités à Besançon", html, StringComparison.Ordinal);
        Assert.Contains("content=\"Rencontres à Besançon, où les élus découvrent les communs\"", html, StringComparison.Ordinal);
        Assert.Contains(">À propos</a>", html, StringComparison.Ordinal);
        Assert.Empty(LetterReferences(html));
    }

    [Theory]
    [InlineData("/blog")]
    [InlineData("/blog/hostile")]
    public async Task A_hostile_title_is_still_escaped_in_text_and_in_attributes(string path)
    {
        var html = await GetAsync(path);
        var page = Html.Parse(html);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("img[onerror]"));
        // The title may be in the JSON-LD data (a script that is not run), escaped there by the JSON encoder.
        Assert.DoesNotContain(page.Scripts, script => script.Type != "application/ld+json" && script.Text.Contains("alert", StringComparison.Ordinal));
        Assert.All(page.Scripts, script => Assert.DoesNotContain("<", script.Text, StringComparison.Ordinal));
        if (path == "/blog/hostile")
        {
            // In an attribute the quotes are escaped: the attribute holds the whole title, nothing more.
            Assert.Equal(HostileTitle, page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
            Assert.Contains("&quot;guillemets&quot; &amp; &#x27;apostrophes&#x27;", html, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _content.Dispose();
    }

    private async Task<string> GetAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(Html.Encode(path), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Numeric character references that stand for a letter (<c>&amp;#xE9;</c>), which UTF-8 HTML does not need.</summary>
    private static List<string> LetterReferences(string html) =>
        [.. CharacterReference().Matches(html).Select(m => m.Value).Where(reference =>
        {
            var digits = reference[2..^1];
            var code = digits.StartsWith('x') || digits.StartsWith('X')
                ? int.Parse(digits[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : int.Parse(digits, CultureInfo.InvariantCulture);
            return char.IsLetter(char.ConvertFromUtf32(code), 0);
        })];

    [GeneratedRegex("&#[xX]?[0-9a-fA-F]+;")]
    private static partial Regex CharacterReference();
}
