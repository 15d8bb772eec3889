using System.Net;
using FabMob.Content;
using FabMob.Web.Editing;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Editing.Screens;

public sealed class NewArticleTests
{
    private static readonly string Year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, FabMob.Content.FrontMatterParsing.ContentDate.Paris).Year
        .ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_new_article_form_defaults_to_now_the_signed_in_editor_and_a_draft()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();

        var page = await site.PageAsync(client, EditionViews.NewArticlePath);

        Assert.Equal("Alice Martin", page.QuerySelector("#champ-auteurs")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#champ-brouillon")!.GetAttribute("checked"));
        Assert.StartsWith(Year + "-", page.QuerySelector("#champ-date")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#champ-titre[required]"));
    }

    [Fact]
    public async Task Checking_shows_the_file_the_slug_and_the_public_address_before_anything_is_saved()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var page = await site.PageAsync(client, EditionViews.NewArticlePath);

        var response = await ScreensSite.SubmitAsync(client, page, "verifier", new Dictionary<string, string?> { ["titre"] = "Vélos partagés : l'été" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = (await ScreensSite.ParseAsync(response)).QuerySelectorAll("#plan dd code").Select(c => c.TextContent).ToList();
        Assert.Equal([$"blog/{Year}/vélos-partagés-l-été.md", "vélos-partagés-l-été", "/blog/vélos-partagés-l-été"], plan);
        Assert.False(Directory.Exists(Path.Combine(site.ContentRoot, "blog", Year)) &&
                     File.Exists(Path.Combine(site.ContentRoot, "blog", Year, "vélos-partagés-l-été.md")));
    }

    [Fact]
    public async Task Saving_a_new_article_creates_its_file_redirects_to_its_form_and_once_published_it_is_on_the_blog()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var page = await site.PageAsync(client, EditionViews.NewArticlePath);

        var response = await ScreensSite.SubmitAsync(client, page, "enregistrer", new Dictionary<string, string?>
        {
            ["titre"] = "Le covoiturage rural",
            ["resume"] = "Ce que nous avons appris.",
            ["etiquettes"] = "covoiturage, territoires",
            ["brouillon"] = null,
            ["corps"] = "Premier paragraphe.\n",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var repositoryPath = $"content/blog/{Year}/le-covoiturage-rural.md";
        Assert.Equal(ScreensSite.EditAddress(repositoryPath) + "&resultat=publie", response.Headers.Location!.OriginalString);
        var text = site.SiteFile(repositoryPath);
        Assert.Contains("titre: Le covoiturage rural\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("brouillon: true", text, StringComparison.Ordinal);
        Assert.Contains("auteurs: [Alice Martin]", text, StringComparison.Ordinal);
        Assert.EndsWith("---\nPremier paragraphe.\n", text, StringComparison.Ordinal);
        Assert.Equal($"Alice Martin|Création de blog/{Year}/le-covoiturage-rural.md", ScreensSite.Git(site.Origin, "log", "-1", "--format=%an|%s", "main"));

        await site.WaitForSnapshotAsync(s => s.Match("/blog/le-covoiturage-rural") is ContentMatch.Page);
        var (blog, list) = await Html.GetAsync(site.NewClient(), "/blog");
        Assert.Equal(HttpStatusCode.OK, blog.StatusCode);
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == Html.Encode("/blog/le-covoiturage-rural"));
    }

    [Fact]
    public async Task A_title_whose_address_is_taken_gets_the_planners_suggestion_and_nothing_is_written()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var page = await site.PageAsync(client, EditionViews.NewArticlePath);

        var response = await ScreensSite.SubmitAsync(client, page, "enregistrer", new Dictionary<string, string?> { ["titre"] = "Genese" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var result = await ScreensSite.ParseAsync(response);
        Assert.Contains("genese-2", result.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("genese-2", result.QuerySelector("#champ-nom")!.GetAttribute("value"));
        Assert.Equal("", ScreensSite.Git(site.Site, "status", "--porcelain", "--untracked-files=all"));

        var again = await ScreensSite.SubmitAsync(client, result, "enregistrer");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("titre: Genese", site.SiteFile($"content/blog/{Year}/genese-2.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_article_without_a_title_is_refused_under_the_title_field()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var page = await site.PageAsync(client, EditionViews.NewArticlePath);

        var response = await ScreensSite.SubmitAsync(client, page, "enregistrer", new Dictionary<string, string?> { ["titre"] = "  " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var result = await ScreensSite.ParseAsync(response);
        Assert.Contains("obligatoire", result.QuerySelector("#erreur-titre")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("", ScreensSite.Git(site.Site, "status", "--porcelain", "--untracked-files=all"));
    }
}
