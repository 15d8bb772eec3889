using System.Net;
using System.Net.Http.Headers;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.Theme;

/// <summary><c>Site:Theme</c> through the real application: <c>/theme.css</c>, the layout's link and logo, validation.</summary>
public sealed class ThemeStylesheetTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture();

    private static Dictionary<string, string?> Association(string primary = "#5eb8e0") => new()
    {
        ["Site:Theme:Primary"] = primary,
        ["Site:Theme:Secondary"] = "#97b837",
        ["Site:Theme:Accent"] = "#ffe000",
        ["Site:Theme:Highlight"] = "#d2ce00",
        ["Site:Theme:Pale"] = "#9dcdd7",
        ["Site:Theme:Font"] = "open-sans",
        ["Site:Theme:Logo"] = "/images/fabmob_cmjn1.svg",
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_configured_colours_are_custom_properties_of_the_fingerprinted_theme_stylesheet(bool responseCache)
    {
        var settings = Association();
        settings["Site:ResponseCache"] = responseCache.ToString();
        using var factory = new SiteFactory(_content.Root, settings: settings);
        var client = factory.CreateClient();
        var href = await ThemeHrefAsync(client, "/");

        using var response = await client.GetAsync(new Uri(href, UriKind.Relative));
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--entete: #5eb8e0;", css, StringComparison.Ordinal);
        Assert.Contains("--accent: #ffe000;", css, StringComparison.Ordinal);
        Assert.Contains("--secondaire: #97b837;", css, StringComparison.Ordinal);
        Assert.Contains("--pale: #9dcdd7;", css, StringComparison.Ordinal);
        Assert.Contains("@media screen and (prefers-color-scheme: dark)", css, StringComparison.Ordinal);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task The_layout_links_the_theme_after_the_main_stylesheet()
    {
        using var factory = new SiteFactory(_content.Root, settings: Association());
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/");

        var sheets = page.QuerySelectorAll("head link[rel=stylesheet]").Select(l => l.GetAttribute("href") ?? "").ToList();
        Assert.Equal(2, sheets.Count);
        Assert.StartsWith("/css/site.css?v=", sheets[0], StringComparison.Ordinal);
        Assert.Matches("^/theme\\.css\\?v=[0-9a-f]{16}$", sheets[1]);
    }

    [Fact]
    public async Task Without_a_theme_the_site_links_its_own_stylesheet_alone_and_shows_its_name_alone()
    {
        using var factory = new SiteFactory(_content.Root);
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/");

        Assert.Single(page.QuerySelectorAll("head link[rel=stylesheet]"));
        Assert.Empty(page.QuerySelectorAll("header img"));
        Assert.Equal(factory.Services.GetRequiredService<IOptions<FabMob.Web.Configuration.SiteOptions>>().Value.Name,
            page.QuerySelector("header a.marque")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_fingerprint_and_the_etag_change_when_the_theme_changes()
    {
        using var blue = new SiteFactory(_content.Root, settings: Association("#5eb8e0"));
        using var green = new SiteFactory(_content.Root, settings: Association("#97b837"));
        var blueClient = blue.CreateClient();
        var greenClient = green.CreateClient();

        var (blueHref, greenHref) = (await ThemeHrefAsync(blueClient, "/"), await ThemeHrefAsync(greenClient, "/"));
        using var blueResponse = await blueClient.GetAsync(new Uri("/theme.css", UriKind.Relative));
        using var greenResponse = await greenClient.GetAsync(new Uri("/theme.css", UriKind.Relative));

        Assert.NotEqual(blueHref, greenHref);
        Assert.NotEqual(blueResponse.Headers.ETag, greenResponse.Headers.ETag);
        Assert.Equal(blueHref, await ThemeHrefAsync(blueClient, "/blog"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_theme_without_its_fingerprint_is_revalidated_and_its_etag_answers_304(bool responseCache)
    {
        var settings = Association();
        settings["Site:ResponseCache"] = responseCache.ToString();
        using var factory = new SiteFactory(_content.Root, settings: settings);
        var client = factory.CreateClient();

        using var first = await client.GetAsync(new Uri("/theme.css", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/theme.css");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("no-cache", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_outdated_fingerprint_is_sent_to_the_current_one_and_never_cached_for_a_year()
    {
        using var factory = new SiteFactory(_content.Root, settings: Association());
        var client = factory.CreateRawClient();
        var href = await ThemeHrefAsync(client, "/");

        using var response = await client.GetAsync(new Uri("/theme.css?v=0123456789abcdef", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(href, response.Headers.Location?.OriginalString);
        Assert.DoesNotContain("immutable", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_theme_answers_head_with_its_length_and_no_body_and_refuses_other_methods()
    {
        using var factory = new SiteFactory(_content.Root, settings: Association());
        var client = factory.CreateClient();
        using var get = await client.GetAsync(new Uri("/theme.css", UriKind.Relative));
        var length = (await get.Content.ReadAsByteArrayAsync()).Length;

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/theme.css"));
        using var post = await client.PostAsync(new Uri("/theme.css", UriKind.Relative), new StringContent(""));
        using var delete = await client.DeleteAsync(new Uri("/theme.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
    }

    [Fact]
    public async Task Open_sans_is_served_by_the_site_with_swap_only_when_the_theme_asks_for_it()
    {
        using var withFont = new SiteFactory(_content.Root, settings: Association());
        using var withoutFont = new SiteFactory(_content.Root, settings: new Dictionary<string, string?> { ["Site:Theme:Primary"] = "#5eb8e0" });
        var client = withFont.CreateClient();

        var css = await client.GetStringAsync(new Uri("/theme.css", UriKind.Relative));
        var plain = await withoutFont.CreateClient().GetStringAsync(new Uri("/theme.css", UriKind.Relative));

        Assert.Contains("--police: \"Open Sans\", system-ui", css, StringComparison.Ordinal);
        Assert.Equal(8, CountOf(css, "@font-face"));
        Assert.Equal(8, CountOf(css, "font-display: swap;"));
        Assert.DoesNotContain("http", css.Replace("/* ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        foreach (var file in FabMob.Web.Theme.OpenSansFontFaces.Files)
        {
            Assert.Contains($"url(\"{file}\")", css, StringComparison.Ordinal);
            using var font = await client.GetAsync(new Uri(file, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, font.StatusCode);
            Assert.Equal("font/woff2", font.Content.Headers.ContentType?.MediaType);
            Assert.Equal("wOF2", System.Text.Encoding.ASCII.GetString((await font.Content.ReadAsByteArrayAsync())[..4]));
        }

        Assert.DoesNotContain("@font-face", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("--police", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_logo_is_shown_in_the_header_beside_the_name_which_names_the_link_once()
    {
        using var factory = new SiteFactory(_content.Root, settings: Association());
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/");
        var name = factory.Services.GetRequiredService<IOptions<FabMob.Web.Configuration.SiteOptions>>().Value.Name;

        var brand = page.QuerySelector("header a.marque")!;
        var logo = brand.QuerySelector("img.marque__logo")!;
        Assert.Equal("/", brand.GetAttribute("href"));
        Assert.Equal("/images/fabmob_cmjn1.svg", logo.GetAttribute("src"));
        Assert.Equal("", logo.GetAttribute("alt"));
        Assert.Equal(name, brand.TextContent.Trim());
    }

    [Theory]
    [InlineData("Site:Theme:Primary", "bleu")]
    [InlineData("Site:Theme:Accent", "#ffe00")]
    [InlineData("Site:Theme:Pale", "rgb(1, 2, 3)")]
    [InlineData("Site:Theme:Font", "Comic Sans")]
    [InlineData("Site:Theme:Logo", "images/logo.svg")]
    [InlineData("Site:Theme:Logo", "/images/logo.md")]
    [InlineData("Site:Theme:Logo", "//ailleurs.example/logo.svg")]
    [InlineData("Site:Theme:Logo", "/../logo.svg")]
    public void A_bad_theme_setting_stops_the_app_at_start_with_a_french_message_naming_the_key(string key, string value)
    {
        using var factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        var message = Assert.Single(failure.Failures, m => m.Contains(key, StringComparison.Ordinal));
        Assert.Contains($"pas « {value} »", message, StringComparison.Ordinal);
        Assert.Contains(" doit ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_names_a_logo_that_is_not_a_file_of_the_content_and_accepts_one_that_is()
    {
        using var content = TempSite.Empty();
        content.Write("index.md", "---\ntitre: Accueil\n---\nBienvenue.\n");
        content.Write("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");

        var (missingStatus, missing) = await CheckAsync(content, "/images/absent.svg");
        var (presentStatus, present) = await CheckAsync(content, "/images/logo.svg");

        Assert.Equal(0, missingStatus);
        Assert.Contains("check : avertissement : Site:Theme:Logo : « /images/absent.svg » n'est pas un fichier du contenu", missing,
            StringComparison.Ordinal);
        Assert.Equal(0, presentStatus);
        Assert.DoesNotContain("Site:Theme:Logo", present, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_refuses_a_bad_theme_colour_naming_the_key()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await FabMob.Web.Commands.CheckCommand.RunAsync(
            [$"--Site:ContentPath={_content.Root}", "--Site:Theme:Accent=jaune"], output, errors);

        Assert.Equal(2, status);
        Assert.Contains("Site:Theme:Accent doit être une couleur hexadécimale", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_holds_the_theme_stylesheet_the_fonts_and_the_logo_its_pages_link()
    {
        using var content = TempSite.FromFixture("collections");
        content.Write("images/fabmob_cmjn1.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        using var target = TempSite.Empty();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        string[] args = [target.Root, $"--Site:ContentPath={content.Root}", .. Association().Select(s => $"--{s.Key}={s.Value}")];

        var status = await FabMob.Web.Commands.ExportCommand.RunAsync(args, output, errors);

        Assert.True(status == 0, errors.ToString());
        Assert.Contains("--accent: #ffe000;", await File.ReadAllTextAsync(target.PathOf("theme.css")), StringComparison.Ordinal);
        Assert.True(File.Exists(target.PathOf("fonts/open-sans-latin-700-normal.woff2")));
        Assert.True(File.Exists(target.PathOf("images/fabmob_cmjn1.svg")));
        var home = Html.Parse(await File.ReadAllTextAsync(target.PathOf("index.html")));
        Assert.NotNull(home.QuerySelector("head link[href^='/theme.css?v=']"));
    }

    private static async Task<(int Status, string Errors)> CheckAsync(TempSite content, string logo)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var status = await FabMob.Web.Commands.CheckCommand.RunAsync(
            [$"--Site:ContentPath={content.Root}", $"--Site:Theme:Logo={logo}"], output, errors);
        return (status, errors.ToString());
    }

    private static async Task<string> ThemeHrefAsync(HttpClient client, string path)
    {
        var (_, page) = await Html.GetAsync(client, path);
        return page.QuerySelectorAll("head link[rel=stylesheet]").Select(l => l.GetAttribute("href") ?? "")
            .Single(href => href.StartsWith("/theme.css", StringComparison.Ordinal));
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    public void Dispose() => _content.Dispose();
}
