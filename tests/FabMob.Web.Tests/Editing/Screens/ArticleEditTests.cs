using System.Diagnostics;
using System.Net;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Editing.Screens;

public sealed class ArticleEditTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task Opening_an_article_shows_its_front_matter_as_fields_its_body_in_a_textarea_and_the_files_blob()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();

        var page = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));

        Assert.Equal("La genèse de la Fabrique", page.QuerySelector("#champ-titre")!.GetAttribute("value"));
        Assert.Equal("2015-03-24", page.QuerySelector("#champ-date")!.GetAttribute("value"));
        Assert.Equal("Camille Exemple", page.QuerySelector("#champ-auteurs")!.GetAttribute("value"));
        Assert.Equal("Vélo, territoires", page.QuerySelector("#champ-etiquettes")!.GetAttribute("value"));
        Assert.Equal("Histoire", page.QuerySelector("#champ-categories")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#champ-brouillon")!.GetAttribute("checked"));
        Assert.StartsWith("# La genèse de la Fabrique", page.QuerySelector("#champ-corps")!.TextContent.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(ScreensSite.Git(site.Site, "hash-object", "--", ScreensSite.Genese), page.QuerySelector("input[name=blob]")!.GetAttribute("value"));
        Assert.Equal("aide-etiquettes", page.QuerySelector("#champ-etiquettes")!.GetAttribute("aria-describedby"));
        Assert.Equal("/blog/genese", page.QuerySelector(".edition__fichier a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Saving_a_changed_title_commits_it_as_the_editor_on_the_remote_and_only_the_title_line_differs()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var before = site.SiteFile(ScreensSite.Genese);
        var page = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));

        var clock = Stopwatch.StartNew();
        var response = await ScreensSite.SubmitAsync(client, page, "enregistrer", new Dictionary<string, string?> { ["titre"] = "La genèse : 2015" });
        output.WriteLine($"enregistrement (vérification, commit, push) : {clock.ElapsedMilliseconds} ms");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ScreensSite.EditAddress(ScreensSite.Genese) + "&resultat=publie", response.Headers.Location!.OriginalString);
        var after = site.SiteFile(ScreensSite.Genese);
        var changed = before.Split('\n').Zip(after.Split('\n')).Where(pair => pair.First != pair.Second).ToList();
        Assert.Equal(before.Split('\n').Length, after.Split('\n').Length);
        Assert.Equal([("titre: La genèse de la Fabrique", "titre: \"La genèse : 2015\"")], changed);
        Assert.Equal("Alice Martin <alice@exemple.org>|Modification de blog/2015/genese.md",
            ScreensSite.Git(site.Origin, "log", "-1", "--format=%an <%ae>|%s", "main"));

        var reloaded = await site.PageAsync(client, response.Headers.Location.OriginalString);
        Assert.Contains("Enregistré et publié", reloaded.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("La genèse : 2015", reloaded.QuerySelector("#champ-titre")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_preview_renders_the_edited_body_through_the_sites_pipeline_and_writes_nothing()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var before = site.SiteFile(ScreensSite.Genese);
        var head = ScreensSite.Git(site.Site, "rev-parse", "HEAD");
        var page = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));

        var clock = Stopwatch.StartNew();
        var response = await ScreensSite.SubmitAsync(client, page, "apercu",
            new Dictionary<string, string?> { ["corps"] = "Un **nouveau** paragraphe avec une <script>alert(1)</script> balise." });
        output.WriteLine($"aperçu : {clock.ElapsedMilliseconds} ms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ScreensSite.ParseAsync(response);
        var preview = result.QuerySelector(".edition__apercu")!;
        Assert.Equal("Aperçu, non enregistré", preview.QuerySelector("h2")!.TextContent);
        Assert.Equal("nouveau", preview.QuerySelector(".prose strong")!.TextContent);
        Assert.Null(preview.QuerySelector("script"));
        Assert.Equal("La genèse de la Fabrique", preview.QuerySelector("article h1")!.TextContent);
        Assert.Equal(before, site.SiteFile(ScreensSite.Genese));
        Assert.Equal(head, ScreensSite.Git(site.Site, "rev-parse", "HEAD"));
        Assert.Equal("", ScreensSite.Git(site.Site, "status", "--porcelain"));
    }

    [Fact]
    public async Task A_form_opened_before_another_save_gets_the_conflict_message_keeps_the_editors_text_and_overwrites_nothing()
    {
        using var site = new ScreensSite();
        using var alice = await site.AliceAsync();
        var stale = await site.PageAsync(alice, ScreensSite.EditAddress(ScreensSite.Genese));
        var fresh = await site.PageAsync(alice, ScreensSite.EditAddress(ScreensSite.Genese));
        Assert.Equal(HttpStatusCode.Redirect,
            (await ScreensSite.SubmitAsync(alice, fresh, "enregistrer", new Dictionary<string, string?> { ["titre"] = "Premier" })).StatusCode);
        var saved = site.SiteFile(ScreensSite.Genese);

        var response = await ScreensSite.SubmitAsync(alice, stale, "enregistrer",
            new Dictionary<string, string?> { ["titre"] = "Second", ["corps"] = "Mon texte à moi." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await ScreensSite.ParseAsync(response);
        Assert.Contains("Ce fichier a changé depuis que vous l'avez ouvert", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ScreensSite.EditAddress(ScreensSite.Genese), page.QuerySelector("[role=alert] a")!.GetAttribute("href"));
        Assert.Equal("Mon texte à moi.", page.QuerySelector("#champ-corps")!.TextContent);
        Assert.Equal("Second", page.QuerySelector("#champ-titre")!.GetAttribute("value"));
        Assert.Equal(saved, site.SiteFile(ScreensSite.Genese));
    }

    [Fact]
    public async Task Script_typed_in_the_title_is_stored_as_text_and_escaped_in_the_form_and_the_preview()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        const string title = "<script>alert('x')</script> & \"guillemets\"";
        var page = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));

        var previewed = await ScreensSite.SubmitAsync(client, page, "apercu", new Dictionary<string, string?> { ["titre"] = title });
        var html = await previewed.Content.ReadAsStringAsync();
        var preview = Html.Parse(html);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(title, preview.QuerySelector("#champ-titre")!.GetAttribute("value"));
        Assert.Contains("<script>alert", preview.QuerySelector(".edition__apercu article h1")!.TextContent, StringComparison.Ordinal);

        var saved = await ScreensSite.SubmitAsync(client, page, "enregistrer", new Dictionary<string, string?> { ["titre"] = title });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("\ntitre: " + title + "\n", site.SiteFile(ScreensSite.Genese), StringComparison.Ordinal);
        var reopened = await client.GetStringAsync(new Uri(ScreensSite.EditAddress(ScreensSite.Genese), UriKind.Relative));
        Assert.DoesNotContain("<script>alert", reopened, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_the_site_cannot_read_is_refused_under_its_field_and_nothing_is_written()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var before = site.SiteFile(ScreensSite.Genese);
        var page = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));

        var response = await ScreensSite.SubmitAsync(client, page, "enregistrer", new Dictionary<string, string?> { ["date"] = "mardi prochain" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var result = await ScreensSite.ParseAsync(response);
        Assert.Equal("true", result.QuerySelector("#champ-date")!.GetAttribute("aria-invalid"));
        Assert.Contains("erreur-date", result.QuerySelector("#champ-date")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(result.QuerySelector("#erreur-date")!.TextContent));
        Assert.Equal(before, site.SiteFile(ScreensSite.Genese));
    }

    [Fact]
    public async Task A_file_the_form_cannot_edit_safely_is_shown_read_only_with_the_reason_and_its_line()
    {
        using var site = new ScreensSite();
        const string path = "content/blog/2024/casse.md";
        const string text = "---\ntitre: [pas fermé\n---\n\nCorps.\n";
        ScreensSite.Git(site.Site, "status");
        File.WriteAllText(Path.Combine(site.Site, path), text);
        using var client = await site.AliceAsync();

        var page = await site.PageAsync(client, ScreensSite.EditAddress(path));

        Assert.Null(page.QuerySelector("form.edition__article"));
        Assert.Contains("ligne", page.QuerySelector("#refus")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("casse.md", page.QuerySelector("#refus")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#texte-brut[readonly]"));
        Assert.Equal(text, page.QuerySelector("#texte-brut")!.TextContent);
    }

    [Fact]
    public async Task A_broken_link_is_a_warning_with_its_line_in_the_preview_that_does_not_block_the_save_and_is_shown_after_it()
    {
        using var site = new ScreensSite();
        using var client = await site.AliceAsync();
        var page = await site.PageAsync(client, ScreensSite.EditAddress(ScreensSite.Genese));
        var changes = new Dictionary<string, string?> { ["corps"] = "Premier paragraphe.\n\nUn [lien cassé](/nulle-part).\n" };

        var previewed = await ScreensSite.ParseAsync(await ScreensSite.SubmitAsync(client, page, "apercu", changes));
        var saved = await ScreensSite.SubmitAsync(client, page, "enregistrer", changes);

        var warning = previewed.QuerySelector("#verifications .edition__constat--avertissement")!.TextContent;
        Assert.Contains("/nulle-part", warning, StringComparison.Ordinal);
        Assert.Contains("ligne 11", warning, StringComparison.Ordinal);
        Assert.Equal("verifications", previewed.QuerySelector("form.edition__article")!.GetAttribute("aria-describedby"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Un [lien cassé](/nulle-part).", site.SiteFile(ScreensSite.Genese), StringComparison.Ordinal);
        var after = await site.PageAsync(client, saved.Headers.Location!.OriginalString);
        Assert.Contains("/nulle-part", after.QuerySelector("#verifications")!.TextContent, StringComparison.Ordinal);
    }
}
