using System.Net;
using FabMob.Web.Editing;
using FabMob.Web.Tests.Editing.Git;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Editing.History;

/// <summary>
/// The hostile suite of the history, revert and data-file screens: no session, forged and replayed antiforgery
/// tokens, hostile paths and commit ids. Each is a 4xx and leaves the clone, its status, its HEAD, the remote and
/// every file exactly as they were.
/// </summary>
public sealed class EditionHostileTests(HistorySiteFixture fixture) : IClassFixture<HistorySiteFixture>
{
    private readonly HistorySite _site = fixture.Site;

    public static TheoryData<string> HostilePaths => new()
    {
        "../etc/passwd.yaml",
        "_data/../../outside.yaml",
        "../../../../../../etc/passwd",
        "/etc/passwd",
        "/_data/equipe.yaml",
        "_data/equipe.yaml\0.md",
        "_data\0/equipe.yaml",
        ".git/config",
        ".git/hooks/pre-commit.yaml",
        "contenu/.cache.yaml",
        "_data\\equipe.yaml",
        "..\\..\\etc\\passwd.yaml",
        "C:/Windows/win.ini.yaml",
        "_data//equipe.yaml",
        "./_data/equipe.yaml",
        "site.yaml",
        new string('a', 600) + ".yaml",
        "",
    };

    [Theory]
    [InlineData("/_edition/historique?chemin=_data%2Fequipe.yaml")]
    [InlineData("/_edition/historique/annuler?chemin=_data%2Fequipe.yaml&commit=0123456789012345678901234567890123456789")]
    [InlineData("/_edition/donnees?chemin=_data%2Fequipe.yaml")]
    public async Task Without_a_cookie_a_get_is_sent_to_the_sign_in_page(string path)
    {
        using var client = _site.NewClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/_edition/connexion?retour=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/_edition/historique/annuler")]
    [InlineData("/_edition/donnees")]
    public async Task Without_a_cookie_a_post_is_401_and_writes_nothing(string path)
    {
        var before = _site.State();
        using var client = _site.NewClient();
        var head = EditorRepositories.Git(_site.Repositories.Site, "rev-parse", "HEAD");

        var response = await EditionSite.PostAsync(client, path,
        [
            new("chemin", HistorySite.DataFile), new("commit", head), new("confirmation", "oui"),
            new("texte", "- nom: Intrus\n"), new("blob", EditorRepositories.Git(_site.Repositories.Site, "hash-object", HistorySite.DataFile)),
        ]);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, _site.State());
    }

    [Fact]
    public async Task A_forged_antiforgery_token_is_400_and_writes_nothing()
    {
        using var client = await _site.SignedInAsync(EditionSite.BobEmail);
        var (_, page) = await Html.GetAsync(client, HistorySite.DataAddress(HistorySite.DataFile));
        var blob = page.QuerySelector("input[name=blob]")!.GetAttribute("value")!;
        var before = _site.State();

        foreach (var token in new[] { "CfDJ8-faux-jeton", "", EditionSite.TokenOf(page)[..^4] + "AAAA" })
        {
            var response = await EditionSite.PostAsync(client, "/_edition/donnees",
                [new("__jeton", token), new("chemin", HistorySite.DataFile), new("blob", blob), new("texte", "- nom: Intrus\n")]);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        var missing = await EditionSite.PostAsync(client, "/_edition/donnees",
            [new("chemin", HistorySite.DataFile), new("blob", blob), new("texte", "- nom: Intrus\n")]);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(before, _site.State());
    }

    [Fact]
    public async Task A_token_replayed_from_another_session_is_400_and_writes_nothing()
    {
        using var alice = await _site.SignedInAsync(EditionSite.AliceEmail);
        using var bob = await _site.SignedInAsync(EditionSite.BobEmail);
        var (_, alicePage) = await Html.GetAsync(alice, HistorySite.DataAddress(HistorySite.DataFile));
        var head = EditorRepositories.Git(_site.Repositories.Site, "rev-parse", "HEAD");
        var (_, bobConfirm) = await Html.GetAsync(bob, $"/_edition/historique/annuler?chemin=_data%2Fequipe.yaml&commit={head}");
        var before = _site.State();

        // Alice's token in Bob's browser (his own antiforgery cookie), and Bob's revert token in Alice's.
        var saved = await EditionSite.PostAsync(bob, "/_edition/donnees",
        [
            new("__jeton", EditionSite.TokenOf(alicePage)), new("chemin", HistorySite.DataFile),
            new("blob", alicePage.QuerySelector("input[name=blob]")!.GetAttribute("value")!), new("texte", "- nom: Intrus\n"),
        ]);
        var reverted = await EditionSite.PostAsync(alice, "/_edition/historique/annuler",
            [new("__jeton", EditionSite.TokenOf(bobConfirm)), new("chemin", HistorySite.DataFile), new("commit", head), new("confirmation", "oui")]);
        // A token of this very session, replayed after signing out and back in as someone else in the same browser.
        var signOut = await EditionSite.PostAsync(alice, EditionViews.SignOutPath, [new("__jeton", EditionSite.TokenOf(alicePage))]);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditionSite.SignInAsync(alice, EditionSite.BobEmail, EditionSite.Password)).StatusCode);
        var replayed = await EditionSite.PostAsync(alice, "/_edition/donnees",
        [
            new("__jeton", EditionSite.TokenOf(alicePage)), new("chemin", HistorySite.DataFile),
            new("blob", alicePage.QuerySelector("input[name=blob]")!.GetAttribute("value")!), new("texte", "- nom: Intrus\n"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reverted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal(before, _site.State());
    }

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task A_hostile_path_is_400_on_every_screen_and_writes_nothing(string path)
    {
        using var client = await _site.SignedInAsync(EditionSite.BobEmail);
        var token = await EditionSite.TokenAsync(client, HistorySite.DataAddress(HistorySite.DataFile));
        var head = EditorRepositories.Git(_site.Repositories.Site, "rev-parse", "HEAD");
        var blob = EditorRepositories.Git(_site.Repositories.Site, "hash-object", HistorySite.DataFile);
        var before = _site.State();
        var query = Uri.EscapeDataString(path);

        var answers = new List<HttpResponseMessage>
        {
            await client.GetAsync(new Uri($"/_edition/historique?chemin={query}", UriKind.Relative)),
            await client.GetAsync(new Uri($"/_edition/historique/annuler?chemin={query}&commit={head}", UriKind.Relative)),
            await client.GetAsync(new Uri($"/_edition/donnees?chemin={query}", UriKind.Relative)),
            await EditionSite.PostAsync(client, "/_edition/historique/annuler",
                [new("__jeton", token), new("chemin", path), new("commit", head), new("confirmation", "oui")]),
            await EditionSite.PostAsync(client, "/_edition/donnees",
                [new("__jeton", token), new("chemin", path), new("blob", blob), new("texte", "- nom: Intrus\n")]),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        Assert.All(answers, a => Assert.Equal("no-store", a.Headers.CacheControl?.ToString()));
        // The editor's own French refusal, or, for a NUL, the site's French 400 page (refused before any controller).
        Assert.Contains(Html.Parse(await answers[4].Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent, (string[])["Chemin refusé", "Requête invalide"]);
        Assert.Equal(before, _site.State());
        Assert.False(File.Exists(Path.Combine(_site.Repositories.Root, "outside.yaml")));
    }

    [Theory]
    [InlineData("HEAD~1")]
    [InlineData("HEAD")]
    [InlineData("--abort")]
    [InlineData("--continue")]
    [InlineData("main")]
    [InlineData("-n")]
    [InlineData("0000000000000000000000000000000000000000")]
    [InlineData("")]
    public async Task A_revert_id_that_is_not_one_of_the_file_commits_is_refused_and_writes_nothing(string commit)
    {
        using var client = await _site.SignedInAsync(EditionSite.BobEmail);
        var token = await EditionSite.TokenAsync(client, HistorySite.DataAddress(HistorySite.DataFile));
        var before = _site.State();

        var confirm = await client.GetAsync(new Uri($"/_edition/historique/annuler?chemin=_data%2Fequipe.yaml&commit={Uri.EscapeDataString(commit)}", UriKind.Relative));
        var revert = await EditionSite.PostAsync(client, "/_edition/historique/annuler",
            [new("__jeton", token), new("chemin", HistorySite.DataFile), new("commit", commit), new("confirmation", "oui")]);

        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revert.StatusCode);
        Assert.Equal(before, _site.State());
    }

    [Fact]
    public async Task Another_file_commit_or_a_short_id_is_not_revertable_through_this_file()
    {
        using var client = await _site.SignedInAsync(EditionSite.BobEmail);
        var token = await EditionSite.TokenAsync(client, HistorySite.DataAddress(HistorySite.DataFile));
        var article = EditorRepositories.Git(_site.Repositories.Site, "log", "-1", "--format=%H", "--", EditorRepositories.Article);
        var own = EditorRepositories.Git(_site.Repositories.Site, "log", "-1", "--format=%H", "--", HistorySite.DataFile);
        var before = _site.State();

        foreach (var commit in new[] { article, own[..7], own.ToUpperInvariant(), own + "\n", own + " --abort" })
        {
            var revert = await EditionSite.PostAsync(client, "/_edition/historique/annuler",
                [new("__jeton", token), new("chemin", HistorySite.DataFile), new("commit", commit), new("confirmation", "oui")]);
            Assert.Equal(HttpStatusCode.NotFound, revert.StatusCode);
        }

        Assert.Equal(before, _site.State());
    }

    [Fact]
    public async Task A_save_without_the_blob_it_was_opened_on_is_refused_and_writes_nothing()
    {
        using var client = await _site.SignedInAsync(EditionSite.BobEmail);
        var token = await EditionSite.TokenAsync(client, HistorySite.DataAddress(HistorySite.DataFile));
        var before = _site.State();

        var noBlob = await EditionSite.PostAsync(client, "/_edition/donnees",
            [new("__jeton", token), new("chemin", HistorySite.DataFile), new("texte", "- nom: Intrus\n")]);
        var wrongBlob = await EditionSite.PostAsync(client, "/_edition/donnees",
            [new("__jeton", token), new("chemin", HistorySite.DataFile), new("blob", "--all"), new("texte", "- nom: Intrus\n")]);

        Assert.Equal(HttpStatusCode.BadRequest, noBlob.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, wrongBlob.StatusCode);
        Assert.Equal(before, _site.State());
    }
}
