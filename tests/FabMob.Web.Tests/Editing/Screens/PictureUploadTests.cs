using System.Diagnostics;
using System.Net;
using FabMob.Content;
using FabMob.Web.Editing;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Editing.Screens;

public sealed class PictureUploadTests(ITestOutputHelper output)
{
    private const string Images = "content/blog/2015/images/";

    [Fact]
    public async Task An_uploaded_picture_is_committed_in_the_articles_images_folder_its_snippet_added_every_field_kept_and_it_is_served()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var page = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));

        var response = await ScreensSite.SubmitAsync(client, page, null,
            new Dictionary<string, string?> { ["titre"] = "Titre pas encore enregistré", ["texteAlternatif"] = "Le vélo rouge" },
            EditionViews.FilePath + "/image", ("Vélo Rouge.PNG", ScreensSite.Png));
        var clock = Stopwatch.StartNew();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ScreensSite.ParseAsync(response);
        Assert.Equal("Titre pas encore enregistré", result.QuerySelector("#champ-titre")!.GetAttribute("value"));
        Assert.EndsWith("![Le vélo rouge](images/velo-rouge.png)\n", result.QuerySelector("#champ-corps")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ScreensSite.Png, File.ReadAllBytes(Path.Combine(site.Site, Images + "velo-rouge.png")));
        Assert.Equal($"Alice Martin|Ajout de l'image blog/2015/images/velo-rouge.png",
            ScreensSite.Git(site.Origin, "log", "-1", "--format=%an|%s", "main"));
        Assert.DoesNotContain("Titre pas encore", site.SiteFile(ScreensSite.Genese), StringComparison.Ordinal);

        await site.WaitForSnapshotAsync(s => s.Match("/blog/2015/images/velo-rouge.png") is ContentMatch.Asset);
        output.WriteLine($"image servie {clock.ElapsedMilliseconds} ms après la réponse de l'envoi");
        var served = await site.NewClient().GetAsync(new Uri("/blog/2015/images/velo-rouge.png", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(ScreensSite.Png, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_picture_whose_name_is_taken_gets_the_planners_dash_2_name_and_the_first_is_untouched()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var page = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));
        var before = File.ReadAllBytes(Path.Combine(site.Site, Images + "schema.png"));

        var response = await ScreensSite.SubmitAsync(client, page, null, null, EditionViews.FilePath + "/image", ("schema.png", ScreensSite.Png));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("(images/schema-2.png)\n", (await ScreensSite.ParseAsync(response)).QuerySelector("#champ-corps")!.TextContent, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Site, Images + "schema-2.png")));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.Site, Images + "schema.png")));
    }

    [Fact]
    public async Task A_file_whose_bytes_are_not_the_picture_its_name_says_is_400_in_French_and_nothing_is_written()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var page = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));

        var html = await ScreensSite.SubmitAsync(client, page, null, null, EditionViews.FilePath + "/image", ("photo.png", "<html><script>alert(1)</script>"u8.ToArray()));
        var svg = await ScreensSite.SubmitAsync(client, page, null, null, EditionViews.FilePath + "/image", ("dessin.svg", "<svg onload=\"alert(1)\"/>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        Assert.Contains("n'est pas une image .png", (await ScreensSite.ParseAsync(html)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, svg.StatusCode);
        Assert.Equal("", ScreensSite.Git(site.Site, "status", "--porcelain", "--untracked-files=all"));
    }

    [Fact]
    public async Task A_picture_past_the_limit_is_413_in_French_and_a_body_past_the_form_limit_is_a_4xx_never_a_500()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var page = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));
        var big = new byte[(5 * 1024 * 1024) + 1];
        ScreensSite.Png.CopyTo(big, 0);
        var huge = new byte[EditionFileController.MaxFormBytes + 1024];
        ScreensSite.Png.CopyTo(huge, 0);

        var tooBig = await ScreensSite.SubmitAsync(client, page, null, null, EditionViews.FilePath + "/image", ("grande.png", big));
        var tooLarge = await ScreensSite.SubmitAsync(client, page, null, null, EditionViews.FilePath + "/image", ("immense.png", huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Contains("trop lourde", (await ScreensSite.ParseAsync(tooBig)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        output.WriteLine($"formulaire de {huge.Length} octets : {(int)tooLarge.StatusCode}");
        Assert.InRange((int)tooLarge.StatusCode, 400, 499);
        Assert.Equal("", ScreensSite.Git(site.Site, "status", "--porcelain", "--untracked-files=all"));
    }

    [Fact]
    public async Task A_picture_for_a_new_article_goes_to_the_images_folder_of_the_year_the_planner_gives()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var page = await site.PageAsync(client, EditionViews.NewArticlePath);

        var response = await ScreensSite.SubmitAsync(client, page, null,
            new Dictionary<string, string?> { ["titre"] = "Avec une image", ["date"] = "2024-05-02" }, EditionViews.NewArticlePath + "/image", ("carte.png", ScreensSite.Png));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ScreensSite.ParseAsync(response);
        Assert.Equal("Avec une image", result.QuerySelector("#champ-titre")!.GetAttribute("value"));
        Assert.EndsWith("(images/carte.png)\n", result.QuerySelector("#champ-corps")!.TextContent, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.ContentRoot, "blog", "2024", "images", "carte.png")));
    }
}
