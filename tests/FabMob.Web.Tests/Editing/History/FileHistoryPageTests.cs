using System.Net;
using FabMob.Web.Tests.Editing.Git;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Editing.History;

/// <summary>The history page of a file and the revert of one commit, over real git and real HTTP.</summary>
public sealed class FileHistoryPageTests
{
    [Fact]
    public async Task The_history_lists_the_file_commits_newest_first_with_author_paris_date_message_and_short_id()
    {
        using var site = new HistorySite();
        site.Repositories.PushFromLaptop(HistorySite.DataFile, "- nom: Alix\n- nom: Sacha\n", "Équipe : Sacha arrive");
        EditorRepositories.Git(site.Repositories.Site, "pull", "--quiet", "--ff-only");
        var newest = EditorRepositories.Git(site.Repositories.Site, "rev-parse", "HEAD");
        var date = DateTimeOffset.Parse(EditorRepositories.Git(site.Repositories.Site, "log", "-1", "--format=%aI"), System.Globalization.CultureInfo.InvariantCulture);
        using var client = await site.SignedInAsync(EditionSite.BobEmail);

        var (response, page) = await Html.GetAsync(client, HistorySite.HistoryAddress(HistorySite.DataFile));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var commits = page.QuerySelectorAll(".edition__commit");
        Assert.Equal(2, commits.Length);
        Assert.Equal("Équipe : Sacha arrive|Équipe : première version",
            string.Join('|', commits.Select(c => c.QuerySelector(".edition__message-commit")!.TextContent)));
        Assert.Equal("Camille Rédaction", commits[0].QuerySelector(".edition__auteur")!.TextContent);
        Assert.Equal(newest[..7], commits[0].QuerySelector(".edition__id")!.TextContent);
        var paris = TimeZoneInfo.ConvertTime(date, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Assert.Equal(paris.ToString("d MMMM yyyy 'à' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), commits[0].QuerySelector("time")!.TextContent);
        Assert.Matches("^[0-9]{1,2} [a-zéû]+ [0-9]{4} à [0-9]{2}:[0-9]{2}$", commits[0].QuerySelector("time")!.TextContent);
        Assert.Equal(newest, commits[0].QuerySelector("form input[name=commit]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_dashboard_opens_data_files_in_the_yaml_screen_and_links_each_entry_to_its_history()
    {
        using var site = new HistorySite();
        using var client = await site.SignedInAsync(EditionSite.AliceEmail);

        var (_, page) = await Html.GetAsync(client, "/_edition");

        var data = page.QuerySelectorAll("#titre-donnees ~ ul .edition__titre").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/_edition/donnees?chemin=_data%2Fequipe.yaml", data);
        var histories = page.QuerySelectorAll(".edition__lien-historique").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/_edition/historique?chemin=_data%2Fequipe.yaml", histories);
        Assert.Contains("/_edition/historique?chemin=contenu%2Farticles%2F2024%2Fvelo.md", histories);
        Assert.Equal(page.QuerySelectorAll(".edition__entree").Length, histories.Count);
    }

    [Fact]
    public async Task An_administrator_reverts_a_commit_after_confirming_and_the_revert_is_pushed_under_their_name()
    {
        using var site = new HistorySite();
        site.Repositories.PushFromLaptop(HistorySite.DataFile, "- nom: Alix\n- nom: Erreur\n", "Équipe : ajout par erreur");
        EditorRepositories.Git(site.Repositories.Site, "pull", "--quiet", "--ff-only");
        var wrong = EditorRepositories.Git(site.Repositories.Site, "rev-parse", "HEAD");
        using var client = await site.SignedInAsync(EditionSite.BobEmail);

        var (confirmResponse, confirm) = await Html.GetAsync(client, $"/_edition/historique/annuler?chemin=_data%2Fequipe.yaml&commit={wrong}");
        Assert.Equal(HttpStatusCode.OK, confirmResponse.StatusCode);
        Assert.NotNull(confirm.QuerySelector("form[method=post] input[type=checkbox][name=confirmation][required]"));
        var (response, page) = await HistorySite.PostPageAsync(client, "/_edition/historique/annuler",
        [
            new("__jeton", EditionSite.TokenOf(confirm)), new("chemin", HistorySite.DataFile), new("commit", wrong), new("confirmation", "oui"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith($"Modification {wrong[..7]} annulée.", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HistorySite.DataText, site.Repositories.SiteFile(HistorySite.DataFile));
        Assert.Equal("Bob Durand <bob@exemple.org>", EditorRepositories.Git(site.Repositories.Origin, "log", "-1", "--format=%an <%ae>", "main"));
        Assert.StartsWith($"Annulation de {wrong[..7]} sur _data/equipe.yaml", EditorRepositories.Git(site.Repositories.Origin, "log", "-1", "--format=%s", "main"), StringComparison.Ordinal);
        Assert.Equal("", site.Repositories.SiteStatus());
    }

    [Fact]
    public async Task A_redaction_editor_cannot_revert_someone_elses_commit_but_can_revert_their_own()
    {
        using var site = new HistorySite();
        using var client = await site.SignedInAsync(EditionSite.AliceEmail);
        var others = EditorRepositories.Git(site.Repositories.Site, "rev-parse", "HEAD");
        var before = site.State();

        var (_, history) = await Html.GetAsync(client, HistorySite.HistoryAddress(HistorySite.DataFile));
        Assert.Empty(history.QuerySelectorAll("form input[name=commit]"));
        var (confirmResponse, confirmPage) = await Html.GetAsync(client, $"/_edition/historique/annuler?chemin=_data%2Fequipe.yaml&commit={others}");
        Assert.Equal(HttpStatusCode.Forbidden, confirmResponse.StatusCode);
        Assert.Contains("administration", confirmPage.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var token = await EditionSite.TokenAsync(client, HistorySite.DataAddress(HistorySite.DataFile));
        var forbidden = await EditionSite.PostAsync(client, "/_edition/historique/annuler",
            [new("__jeton", token), new("chemin", HistorySite.DataFile), new("commit", others), new("confirmation", "oui")]);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(before, site.State());

        var (saved, _) = await HistorySite.SaveDataAsync(client, "- nom: Alix\n- nom: Faute de frappe\n");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var own = EditorRepositories.Git(site.Repositories.Site, "rev-parse", "HEAD");
        var (_, confirm) = await Html.GetAsync(client, $"/_edition/historique/annuler?chemin=_data%2Fequipe.yaml&commit={own}");
        var reverted = await EditionSite.PostAsync(client, "/_edition/historique/annuler",
            [new("__jeton", EditionSite.TokenOf(confirm)), new("chemin", HistorySite.DataFile), new("commit", own), new("confirmation", "oui")]);
        Assert.Equal(HttpStatusCode.OK, reverted.StatusCode);
        Assert.Equal(HistorySite.DataText, site.Repositories.SiteFile(HistorySite.DataFile));
    }

    [Fact]
    public async Task A_revert_without_the_confirmation_box_is_refused_and_writes_nothing()
    {
        using var site = new HistorySite();
        using var client = await site.SignedInAsync(EditionSite.BobEmail);
        var commit = EditorRepositories.Git(site.Repositories.Site, "rev-parse", "HEAD");
        var (_, confirm) = await Html.GetAsync(client, $"/_edition/historique/annuler?chemin=_data%2Fequipe.yaml&commit={commit}");
        var before = site.State();

        var response = await EditionSite.PostAsync(client, "/_edition/historique/annuler",
            [new("__jeton", EditionSite.TokenOf(confirm)), new("chemin", HistorySite.DataFile), new("commit", commit)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, site.State());
    }

    [Fact]
    public async Task A_revert_that_later_changes_cover_says_in_french_it_cannot_be_done_automatically_and_changes_nothing()
    {
        using var site = new HistorySite();
        site.Repositories.PushFromLaptop(HistorySite.DataFile, "- nom: Alix B.\n  rôle: présidente\n", "Équipe : nom complet");
        var first = EditorRepositories.Git(site.Repositories.Laptop, "rev-parse", "HEAD");
        site.Repositories.PushFromLaptop(HistorySite.DataFile, "- nom: Alix Bernard\n  rôle: présidente\n", "Équipe : nom en entier");
        EditorRepositories.Git(site.Repositories.Site, "pull", "--quiet", "--ff-only");
        using var client = await site.SignedInAsync(EditionSite.BobEmail);
        var (_, confirm) = await Html.GetAsync(client, $"/_edition/historique/annuler?chemin=_data%2Fequipe.yaml&commit={first}");
        var before = site.State();

        var (response, page) = await HistorySite.PostPageAsync(client, "/_edition/historique/annuler",
            [new("__jeton", EditionSite.TokenOf(confirm)), new("chemin", HistorySite.DataFile), new("commit", first), new("confirmation", "oui")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("Impossible d'annuler automatiquement : ", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, site.State());
    }
}
