namespace FabMob.Content.Tests;

public class UrlPathTests
{
    [Fact]
    public void Segments_are_joined_under_the_root()
    {
        Assert.Equal("/à-propos/nous", UrlPath.FromSegments(["à-propos", "nous"]));
        Assert.Equal("/", UrlPath.FromSegments([]));
    }

    [Fact]
    public void For_href_keeps_letters_beyond_ascii_and_encodes_spaces()
    {
        Assert.Equal("/à-propos/Rapport%20final.pdf", UrlPath.ForHref("/à-propos/Rapport final.pdf"));
    }

    [Fact]
    public void For_header_is_ascii_only()
    {
        Assert.Equal("/%C3%A0-propos/Rapport%20final.pdf", UrlPath.ForHeader("/à-propos/Rapport final.pdf"));
    }

    [Theory]
    [InlineData("/a\"b<c>", "/a%22b%3Cc%3E")]
    [InlineData("/100%", "/100%25")]
    [InlineData("/l'équipe", "/l'équipe")]
    public void For_href_encodes_what_a_path_may_not_hold(string path, string expected)
    {
        Assert.Equal(expected, UrlPath.ForHref(path));
    }

    [Theory]
    [InlineData("/%C3%A0-propos", "/à-propos")]
    [InlineData("/a\u0300-propos", "/à-propos")]
    [InlineData("/100%zz", "/100%zz")]
    [InlineData("/Rapport%20final.pdf", "/Rapport final.pdf")]
    public void Decode_unescapes_to_nfc_and_leaves_a_malformed_escape_as_written(string path, string expected)
    {
        Assert.Equal(expected, UrlPath.Decode(path));
    }
}
