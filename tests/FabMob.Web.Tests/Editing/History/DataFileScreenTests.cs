using System.Net;
using FabMob.Web.Tests.Editing.Git;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Editing.History;

/// <summary>The data-file screen: a YAML textarea with its blob, validated by the site's reader, saved as a commit.</summary>
public sealed class DataFileScreenTests
{
    [Fact]
    public async Task The_data_screen_shows_the_yaml_and_the_working_file_blob()
    {
        using var site = new HistorySite();
        using var client = await site.SignedInAsync(EditionSite.AliceEmail);

        var (response, page) = await Html.GetAsync(client, HistorySite.DataAddress(HistorySite.DataFile));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HistorySite.DataText, page.QuerySelector("textarea[name=texte]")!.TextContent);
        Assert.Equal(EditorRepositories.Git(site.Repositories.Site, "hash-object", "--", HistorySite.DataFile),
            page.QuerySelector("input[name=blob]")!.GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.TextContent == "Voir la page /équipe");
    }

    [Fact]
    public async Task Saving_valid_yaml_commits_it_under_the_editor_name_and_pushes_it()
    {
        using var site = new HistorySite();
        using var client = await site.SignedInAsync(EditionSite.AliceEmail);

        var (response, page) = await HistorySite.SaveDataAsync(client, "- nom: Alix\r\n  rôle: présidente\r\n- nom: Sacha\r\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Enregistré.", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("- nom: Alix\n  rôle: présidente\n- nom: Sacha\n", site.Repositories.SiteFile(HistorySite.DataFile));
        Assert.Equal("Alice Martin <alice@exemple.org>|Modification de _data/equipe.yaml",
            EditorRepositories.Git(site.Repositories.Origin, "log", "-1", "--format=%an <%ae>|%s", "main"));
        Assert.Equal(EditorRepositories.Git(site.Repositories.Site, "hash-object", "--", HistorySite.DataFile),
            page.QuerySelector("input[name=blob]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Invalid_yaml_is_refused_with_a_french_finding_and_its_line_keeping_the_text_and_writing_nothing()
    {
        using var site = new HistorySite();
        using var client = await site.SignedInAsync(EditionSite.AliceEmail);
        var before = site.State();
        const string broken = "- nom: Alix\n- nom: [Sacha\n  rôle: trésorier\n";

        var (response, page) = await HistorySite.SaveDataAsync(client, broken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var finding = page.QuerySelector(".edition__erreurs li")!.TextContent;
        Assert.Matches("^Ligne [0-9]+, colonne [0-9]+ : YAML invalide", finding);
        Assert.Equal(broken, page.QuerySelector("textarea[name=texte]")!.TextContent);
        Assert.Equal(before, site.State());
    }

    [Fact]
    public async Task A_file_that_is_not_the_shape_its_data_page_reads_is_refused()
    {
        using var site = new HistorySite();
        using var client = await site.SignedInAsync(EditionSite.AliceEmail);
        var before = site.State();

        var (response, page) = await HistorySite.SaveDataAsync(client, "juste une phrase\n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("La page /équipe attend une liste", page.QuerySelector(".edition__erreurs li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, site.State());
    }

    [Fact]
    public async Task A_file_changed_since_it_was_opened_is_a_conflict_in_french_that_keeps_the_editor_text()
    {
        using var site = new HistorySite();
        using var client = await site.SignedInAsync(EditionSite.AliceEmail);
        var (_, opened) = await Html.GetAsync(client, HistorySite.DataAddress(HistorySite.DataFile));
        site.Repositories.PushFromLaptop(HistorySite.DataFile, "- nom: Alix\n- nom: Camille\n", "Équipe : Camille");
        EditorRepositories.Git(site.Repositories.Site, "pull", "--quiet", "--ff-only");
        var before = site.State();
        const string mine = "- nom: Alix\n- nom: Dominique\n";

        var (response, page) = await HistorySite.PostPageAsync(client, "/_edition/donnees",
        [
            new("__jeton", EditionSite.TokenOf(opened)), new("chemin", HistorySite.DataFile),
            new("blob", opened.QuerySelector("input[name=blob]")!.GetAttribute("value")!), new("texte", mine),
        ]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("a changé depuis que vous l'avez ouvert", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(mine, page.QuerySelector("textarea[name=texte]")!.TextContent);
        Assert.Equal(before, site.State());
    }

    [Fact]
    public async Task Html_and_script_in_the_yaml_are_stored_as_text_and_escaped_on_the_editor_and_public_pages()
    {
        using var site = new HistorySite();
        using var client = await site.SignedInAsync(EditionSite.AliceEmail);
        const string hostile = "- nom: \"<script>alert('x')</script><img src=x onerror=alert(1)>\"\n  rôle: \"</textarea><b>gras</b>\"\n";

        var (saved, _) = await HistorySite.SaveDataAsync(client, hostile);
        var editorHtml = await client.GetStringAsync(new Uri(HistorySite.DataAddress(HistorySite.DataFile), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(hostile, site.Repositories.SiteFile(HistorySite.DataFile));
        Assert.DoesNotContain("<script>alert", editorHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("</textarea><b>", editorHtml, StringComparison.Ordinal);
        Assert.Equal(hostile, Html.Parse(editorHtml).QuerySelector("textarea[name=texte]")!.TextContent);
        var publicHtml = await WaitForAsync(client, "/%C3%A9quipe", "&lt;script&gt;alert");
        Assert.DoesNotContain("<script>alert", publicHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", publicHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yaml_file_outside_the_data_folders_is_not_a_data_file_and_gets_a_400()
    {
        using var site = new HistorySite();
        using var client = await site.SignedInAsync(EditionSite.BobEmail);

        var response = await client.GetAsync(new Uri(HistorySite.DataAddress(EditorRepositories.Team), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("n'est pas un fichier de données", Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")?.TextContent,
            StringComparison.Ordinal);
    }

    /// <summary>The site serves a saved file through its file watcher: waits (at most 10 s) for the page to show it.</summary>
    private static async Task<string> WaitForAsync(HttpClient client, string path, string expected)
    {
        var html = "";
        for (var i = 0; i < 100; i++)
        {
            html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            if (html.Contains(expected, StringComparison.Ordinal))
            {
                return html;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{path} ne montre pas « {expected} » après 10 s :\n{html}");
        return html;
    }
}
