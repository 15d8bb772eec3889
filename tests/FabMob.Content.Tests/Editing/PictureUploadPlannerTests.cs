using System.Text;
using FabMob.Content.Editing;
using FabMob.Content.Mounts;
using FabMob.Tests.Shared;

namespace FabMob.Content.Tests.Editing;

public sealed class PictureUploadPlannerTests
{
    private const string Article = "contenu/articles/2026/vélo.md";

    private static readonly ContentOptions Association = new()
    {
        Mounts =
        [
            new ContentMount("contenu/articles", "/blog", MountKind.Collection),
            new ContentMount("contenu", "/contenu", MountKind.Files),
        ],
    };

    private static readonly byte[] Jpeg = JpegWriter.Create(8, 8, 1);
    private static readonly byte[] Png = PngWriter.Create(8, 8, 1);

    private static PictureUploadPlanner Planner(long maxBytes = 5 * 1024 * 1024) =>
        new(Association, new PictureUploadOptions { MaxBytes = maxBytes });

    [Fact]
    public void A_picture_goes_to_the_images_folder_beside_its_article_under_a_clean_name_served_by_the_file_mount()
    {
        var upload = Planner().Plan(Article, "C:\\Users\\moi\\Été 2024 – Réunion N°1 (œuvre).JPG", Jpeg, "La réunion [de juin]", _ => false);

        Assert.Equal("ete-2024-reunion-n-1-oeuvre.jpg", upload.FileName);
        Assert.Equal("contenu/articles/2026/images/ete-2024-reunion-n-1-oeuvre.jpg", upload.SourcePath);
        Assert.Equal("/contenu/articles/2026/images/ete-2024-reunion-n-1-oeuvre.jpg", upload.SitePath);
        Assert.Equal("![La réunion \\[de juin\\]](images/ete-2024-reunion-n-1-oeuvre.jpg)", upload.Markdown);
    }

    [Theory]
    [InlineData("../../.git/config.png", "config.png")]
    [InlineData("/etc/passwd.png", "passwd.png")]
    [InlineData("a\0b\u0007c.png", "a-b-c.png")]
    [InlineData(".cachée.png", "cachee.png")]
    [InlineData("....png", "image.png")]
    public void Paths_control_characters_and_hidden_names_are_cleaned_out(string uploaded, string expected)
    {
        Assert.Equal(expected, Planner().Plan(Article, uploaded, Png, null, _ => false).FileName);
    }

    [Fact]
    public void A_long_name_is_cut_and_a_taken_one_gets_a_number()
    {
        var planner = new PictureUploadPlanner(Association, new PictureUploadOptions { MaxNameLength = 20 });
        var taken = new HashSet<string> { "contenu/articles/2026/images/photo-de-groupe.png" };

        Assert.Equal("photo-de-groupe-2.png", planner.Plan(Article, "photo de groupe.png", Png, null, taken.Contains).FileName);
        Assert.Equal("une-tres-longue.png", planner.Plan(Article, "une très longue légende de photo.png", Png, null, _ => false).FileName);
    }

    [Theory]
    [InlineData("dessin.svg")]
    [InlineData("page.html")]
    [InlineData("script.js")]
    [InlineData("sans-extension")]
    public void Types_other_than_jpeg_png_gif_and_webp_are_refused(string uploaded)
    {
        var refused = Assert.Throws<PictureUploadException>(() => Planner().Plan(Article, uploaded, Encoding.UTF8.GetBytes("<svg onload=alert(1)>"), null, _ => false));

        Assert.Equal(PictureUploadRefusal.ExtensionNotAllowed, refused.Refusal);
        Assert.Contains("type de fichier refusé", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_that_is_not_the_format_its_extension_names_is_refused()
    {
        var html = Assert.Throws<PictureUploadException>(() => Planner().Plan(Article, "photo.jpg", Encoding.UTF8.GetBytes("<html><script>"), null, _ => false));
        var png = Assert.Throws<PictureUploadException>(() => Planner().Plan(Article, "photo.jpg", Png, null, _ => false));

        Assert.Equal(PictureUploadRefusal.ContentMismatch, html.Refusal);
        Assert.Equal(PictureUploadRefusal.ContentMismatch, png.Refusal);
        Assert.Contains("est une image PNG", png.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gif_and_webp_are_recognised_by_their_first_bytes()
    {
        Assert.Equal(PictureFormat.Gif, PictureFormats.OfContent("GIF89a\x01\x00"u8));
        Assert.Equal(PictureFormat.Webp, PictureFormats.OfContent("RIFF\x10\x00\x00\x00WEBPVP8 "u8));
        Assert.Null(PictureFormats.OfContent("RIFF\x10\x00\x00\x00WAVE"u8));
    }

    [Fact]
    public void An_empty_or_oversized_picture_is_refused()
    {
        Assert.Equal(PictureUploadRefusal.Size, Assert.Throws<PictureUploadException>(() => Planner().Plan(Article, "a.png", [], null, _ => false)).Refusal);
        var big = Assert.Throws<PictureUploadException>(() => Planner(maxBytes: Png.Length - 1).Plan(Article, "a.png", Png, null, _ => false));
        Assert.Equal(PictureUploadRefusal.Size, big.Refusal);
        Assert.Contains("trop lourde", big.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_no_file_mount_serves_is_refused()
    {
        var pagesOnly = new ContentOptions { Mounts = [new ContentMount("contenu/articles", "/blog", MountKind.Collection)] };

        var refused = Assert.Throws<PictureUploadException>(() => new PictureUploadPlanner(pagesOnly, new PictureUploadOptions()).Plan(Article, "a.png", Png, null, _ => false));

        Assert.Equal(PictureUploadRefusal.Name, refused.Refusal);
    }
}
