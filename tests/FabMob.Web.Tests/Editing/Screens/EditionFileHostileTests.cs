using System.Net;
using FabMob.Web.Editing;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Editing.Screens;

public sealed class EditionFileHostileTests
{
    public static TheoryData<string> HostilePaths => new()
    {
        "content/../secret.md",
        "content/blog/../../../etc/passwd.md",
        "/etc/passwd.md",
        "content/blog/2015/genese.md\0.png",
        "content/.git/config",
        ".git/config",
        "content/blog/2015/images/schema.png",
        "autre/chose.md",
    };

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task A_hostile_path_is_a_French_400_page_when_opened_and_when_posted_and_nothing_is_written(string path)
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var form = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));

        var opened = await site.PageAsync(client, ScreensSite.EditAddress(path), HttpStatusCode.BadRequest);
        var posted = await ScreensSite.SubmitAsync(client, form, "enregistrer", new Dictionary<string, string?> { ["chemin"] = path, ["titre"] = "Piraté" });
        var uploaded = await ScreensSite.SubmitAsync(client, form, null, new Dictionary<string, string?> { ["chemin"] = path },
            EditionViews.FilePath + "/image", ("x.png", ScreensSite.Png));

        Assert.Equal("Demande refusée", opened.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, uploaded.StatusCode);
        Assert.Equal("", ScreensSite.Git(site.Site, "status", "--porcelain", "--untracked-files=all"));
        Assert.Equal(1, int.Parse(ScreensSite.Git(site.Origin, "rev-list", "--count", "main"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_missing_file_is_a_French_404_page()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();

        var page = await site.PageAsync(client, ScreensSite.EditAddress("content/blog/2015/absent.md"), HttpStatusCode.NotFound);

        Assert.Equal("Fichier introuvable", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("n'existe pas", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_session_the_form_redirects_to_sign_in_and_a_post_is_401_with_nothing_written()
    {
        using var site = new ScreensSite();
        using var alice = await site.AliceAsync();
        var form = await site.PageAsync(alice, ScreensSite.EditAddress(ScreensSite.Genese));
        using var stranger = site.NewClient();

        var opened = await stranger.GetAsync(new Uri(ScreensSite.EditAddress(ScreensSite.Genese), UriKind.Relative));
        var posted = await ScreensSite.SubmitAsync(stranger, form, "enregistrer", new Dictionary<string, string?> { ["titre"] = "Piraté" });
        var created = await ScreensSite.SubmitAsync(stranger, form, "enregistrer", new Dictionary<string, string?> { ["titre"] = "Piraté" }, EditionViews.NewArticlePath);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.StartsWith(EditionViews.SignInPath, opened.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, created.StatusCode);
        Assert.Equal("", ScreensSite.Git(site.Site, "status", "--porcelain", "--untracked-files=all"));
    }

    [Fact]
    public async Task A_forged_or_missing_antiforgery_token_is_400_and_nothing_is_written()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var form = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));
        var before = site.SiteFile(ScreensSite.Genese);

        var forged = await ScreensSite.SubmitAsync(client, form, "enregistrer", new Dictionary<string, string?> { ["__jeton"] = "CfDJ8faux", ["titre"] = "Piraté" });
        var missing = await ScreensSite.SubmitAsync(client, form, "enregistrer", new Dictionary<string, string?> { ["__jeton"] = null, ["titre"] = "Piraté" });
        var upload = await ScreensSite.SubmitAsync(client, form, null, new Dictionary<string, string?> { ["__jeton"] = "CfDJ8faux" },
            EditionViews.FilePath + "/image", ("x.png", ScreensSite.Png));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal(before, site.SiteFile(ScreensSite.Genese));
        Assert.Equal("", ScreensSite.Git(site.Site, "status", "--porcelain", "--untracked-files=all"));
    }

    [Fact]
    public async Task Every_editor_screen_is_marked_no_store()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();

        var (edit, _) = await Html.GetAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));
        var (create, _) = await Html.GetAsync(client, EditionViews.NewArticlePath);

        Assert.Contains("no-store", edit.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("no-store", create.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }
}
