namespace FabMob.Content.Tests;

public class PageLinkResolverTests
{
    private static readonly Dictionary<string, string> UrlBySource = new(StringComparer.Ordinal)
    {
        ["index.md"] = "/",
        ["à-propos.md"] = "/à-propos",
        ["à-propos/travailler.md"] = "/à-propos/travailler",
        ["blog/_index.md"] = "/blog",
        ["blog/2015/genese.md"] = "/blog/genese",
        ["blog/2015/autre.md"] = "/blog/autre",
        ["blog/2016/suite.md"] = "/blog/suite",
        ["blog/2016/Vélo électrique.md"] = "/blog/vélo-électrique",
    };

    private static string? Resolve(string url, bool isImage = false, string source = "blog/2015/genese.md") =>
        new PageLinkResolver(source, UrlBySource).Resolve(url, isImage);

    [Fact]
    public void A_relative_image_resolves_against_the_folder_of_the_page()
    {
        Assert.Equal("/blog/2015/images/x.png", Resolve("images/x.png", isImage: true));
    }

    [Theory]
    [InlineData("../2016/suite.md", "/blog/suite")]
    [InlineData("../2016/suite", "/blog/suite")]
    [InlineData("autre.md", "/blog/autre")]
    [InlineData("./autre.md", "/blog/autre")]
    [InlineData("autre", "/blog/autre")]
    [InlineData("../../à-propos.md", "/à-propos")]
    [InlineData("../../à-propos/travailler.md", "/à-propos/travailler")]
    [InlineData("../", "/blog")]
    [InlineData("../../", "/")]
    [InlineData("../../index.md", "/")]
    public void A_relative_link_to_a_page_file_gives_that_page_url(string url, string expected)
    {
        Assert.Equal(expected, Resolve(url));
    }

    [Fact]
    public void A_percent_encoded_link_to_a_page_with_spaces_finds_it()
    {
        Assert.Equal("/blog/vélo-électrique", Resolve("../2016/V%C3%A9lo%20%C3%A9lectrique.md"));
        Assert.Equal("/blog/vélo-électrique", Resolve("../2016/Vélo électrique.md"));
    }

    [Fact]
    public void Anchor_and_query_are_kept_after_resolution()
    {
        Assert.Equal("/blog/suite#conclusion", Resolve("../2016/suite.md#conclusion"));
        Assert.Equal("/blog/2015/doc.pdf?v=2", Resolve("doc.pdf?v=2"));
    }

    [Fact]
    public void A_relative_file_name_with_spaces_is_percent_encoded_for_the_href()
    {
        Assert.Equal("/blog/2015/documents/Rapport%20final.pdf", Resolve("documents/Rapport%20final.pdf"));
        Assert.Equal("/blog/2015/images/équipe.jpg", Resolve("images/équipe.jpg", isImage: true));
    }

    [Fact]
    public void A_relative_link_to_a_missing_page_stays_a_site_path_beside_the_page()
    {
        Assert.Equal("/blog/2015/absent.md", Resolve("absent.md"));
    }

    [Theory]
    [InlineData("https://fr.wikipedia.org/wiki/Accord_de_Paris_sur_le_climat")]
    [InlineData("http://example.org/a.png")]
    [InlineData("mailto:contact@fabmob.io")]
    [InlineData("tel:+33100000000")]
    [InlineData("#qui-sommes-nous")]
    [InlineData("/à-propos/nous")]
    [InlineData("/communs")]
    [InlineData("//cdn.example.org/x.png")]
    [InlineData("?page=2")]
    [InlineData("")]
    public void Absolute_urls_anchors_schemes_and_site_paths_are_unchanged(string url)
    {
        Assert.Null(Resolve(url));
        Assert.Null(Resolve(url, isImage: true));
    }

    [Theory]
    [InlineData("../../../x.png")]
    [InlineData("../../../../etc/passwd")]
    public void Dot_dot_beyond_the_root_is_left_unchanged(string url)
    {
        Assert.Null(Resolve(url, isImage: true));
    }

    [Fact]
    public void A_page_at_the_root_resolves_against_the_root()
    {
        Assert.Equal("/images/logo.png", Resolve("images/logo.png", isImage: true, source: "à-propos.md"));
        Assert.Equal("/à-propos/travailler", Resolve("à-propos/travailler.md", source: "à-propos.md"));
        Assert.Equal("/à-propos", Resolve("../à-propos.md", source: "à-propos/travailler.md"));
    }

    [Theory]
    [InlineData("https://x", true)]
    [InlineData("mailto:a@b", true)]
    [InlineData("web+cal:x", true)]
    [InlineData("images/x.png", false)]
    [InlineData("a/b:c", false)]
    [InlineData(":x", false)]
    [InlineData("1http:x", false)]
    public void Has_scheme_recognises_a_scheme_before_any_slash(string url, bool expected)
    {
        Assert.Equal(expected, PageLinkResolver.HasScheme(url));
    }

    [Theory]
    [InlineData("blog/2015", "../2016/./x.md", "blog/2016/x.md")]
    [InlineData("", "a\\b.png", "a/b.png")]
    [InlineData("a", "..", "")]
    public void Combine_resolves_dots_and_backslashes(string directory, string relative, string expected)
    {
        Assert.Equal(expected, PageLinkResolver.Combine(directory, relative));
    }

    [Fact]
    public void Combine_returns_null_when_leaving_the_root()
    {
        Assert.Null(PageLinkResolver.Combine("a", "../../b"));
    }
}
