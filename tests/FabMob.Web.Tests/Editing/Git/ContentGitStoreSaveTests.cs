using System.Text;
using FabMob.Tests.Shared;
using FabMob.Web.Editing.Git;

namespace FabMob.Web.Tests.Editing.Git;

public sealed class ContentGitStoreSaveTests : IDisposable
{
    private readonly EditorRepositories _repos = new();

    [Fact]
    public async Task Reading_a_file_gives_its_text_and_the_blob_git_has_for_it()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);

        Assert.Equal(ContentFileReadStatus.Found, read.Status);
        Assert.Equal(EditorRepositories.ArticleText, read.Text);
        Assert.Equal(EditorRepositories.Git(_repos.Site, "rev-parse", $"HEAD:{EditorRepositories.Article}"), read.Blob);
    }

    [Fact]
    public async Task Saving_a_file_commits_it_as_the_editor_with_a_French_message_and_puts_it_on_the_remote()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        var text = read.Text.Replace("Première ligne.", "Première ligne, corrigée.", StringComparison.Ordinal);

        var saved = await _repos.Store.SaveTextAsync(EditorRepositories.Article, text, read.Blob, EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.Saved, saved.Status);
        Assert.Equal(PushOutcome.Published, saved.Push!.Outcome);
        Assert.Equal("Publié.", saved.Message);
        Assert.Equal(text, _repos.SiteFile(EditorRepositories.Article));
        var remote = EditorRepositories.Git(_repos.Origin, "log", "-1", "--format=%H|%an|%ae|%cn|%s", "main");
        Assert.Equal($"{saved.Commit}|Camille Rédaction|camille@example.org|Site de La Fabrique des Mobilités|Modification de {EditorRepositories.Article}", remote);
        Assert.Equal(text, EditorRepositories.Git(_repos.Origin, "show", $"main:{EditorRepositories.Article}") + "\n");
        Assert.Equal(EditorRepositories.Git(_repos.Site, "rev-parse", $"HEAD:{EditorRepositories.Article}"), saved.Blob);
        Assert.Equal("", _repos.SiteStatus());
    }

    [Fact]
    public async Task A_second_save_with_the_blob_the_form_was_opened_on_is_a_conflict_and_writes_nothing()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        var first = await _repos.Store.SaveTextAsync(EditorRepositories.Article, read.Text + "Ajout de Camille.\n", read.Blob,
            EditorRepositories.Camille, default);
        var head = EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD");

        var second = await _repos.Store.SaveTextAsync(EditorRepositories.Article, read.Text + "Ajout de Dominique.\n", read.Blob,
            EditorRepositories.Dominique, default);

        Assert.Equal(ContentSaveStatus.Saved, first.Status);
        Assert.Equal(ContentSaveStatus.Conflict, second.Status);
        Assert.Equal(first.Blob, second.Blob);
        Assert.Contains("a changé depuis que vous l'avez ouvert", second.Message, StringComparison.Ordinal);
        Assert.Equal(read.Text + "Ajout de Camille.\n", _repos.SiteFile(EditorRepositories.Article));
        Assert.Equal(head, EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD"));
        Assert.Equal("", _repos.SiteStatus());
    }

    [Fact]
    public async Task A_change_that_arrived_by_pull_makes_a_form_opened_before_it_a_conflict()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        _repos.PushFromLaptop(EditorRepositories.Article, EditorRepositories.ArticleText + "Ajout par git.\n", "Ajout sur le portable");
        EditorRepositories.Git(_repos.Site, "pull", "--quiet", "--ff-only");

        var saved = await _repos.Store.SaveTextAsync(EditorRepositories.Article, "écrasé\n", read.Blob, EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.Conflict, saved.Status);
        Assert.Equal(EditorRepositories.ArticleText + "Ajout par git.\n", _repos.SiteFile(EditorRepositories.Article));
    }

    [Fact]
    public async Task Creating_a_file_commits_it_with_a_creation_message_and_its_folders()
    {
        const string path = "contenu/articles/2026/nouvel-article.md";

        var saved = await _repos.Store.SaveTextAsync(path, "---\ntitre: Nouvel article\n---\n\nTexte.\n", null, EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.Saved, saved.Status);
        Assert.Equal($"Camille Rédaction|Création de {path}", EditorRepositories.Git(_repos.Origin, "log", "-1", "--format=%an|%s", "main"));
    }

    [Fact]
    public async Task Creating_a_file_whose_name_is_taken_is_refused_and_the_file_is_unchanged()
    {
        var saved = await _repos.Store.SaveTextAsync(EditorRepositories.Article, "écrasé\n", null, EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.AlreadyExists, saved.Status);
        Assert.Equal(EditorRepositories.ArticleText, _repos.SiteFile(EditorRepositories.Article));
        Assert.Equal("", _repos.SiteStatus());
    }

    [Fact]
    public async Task Uploading_a_picture_commits_it_and_uploading_the_same_name_again_never_overwrites_it()
    {
        const string path = "contenu/articles/2024/images/velo.png";
        var first = PngWriter.Create(16, 16, seed: 1);
        var second = PngWriter.Create(16, 16, seed: 2);

        var added = await _repos.Store.AddPictureAsync(path, first, EditorRepositories.Camille, default);
        var again = await _repos.Store.AddPictureAsync(path, second, EditorRepositories.Dominique, default);

        Assert.Equal(ContentSaveStatus.Saved, added.Status);
        Assert.Equal($"Camille Rédaction|Ajout de l'image {path}", EditorRepositories.Git(_repos.Origin, "log", "-1", "--format=%an|%s", "main"));
        Assert.Equal(ContentSaveStatus.AlreadyExists, again.Status);
        Assert.Contains("existe déjà", again.Message, StringComparison.Ordinal);
        Assert.Equal(first, await File.ReadAllBytesAsync(Path.Combine(_repos.Site, path)));
        Assert.Equal("", _repos.SiteStatus());
    }

    [Fact]
    public async Task Uploading_a_file_that_is_not_a_picture_is_refused()
    {
        var added = await _repos.Store.AddPictureAsync("contenu/articles/2024/images/x.svg", Encoding.UTF8.GetBytes("<svg onload=alert(1)/>"),
            EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.Refused, added.Status);
        Assert.False(File.Exists(Path.Combine(_repos.Site, "contenu/articles/2024/images/x.svg")));
    }

    [Fact]
    public async Task Saving_the_text_the_file_already_has_makes_no_commit()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        var head = EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD");

        var saved = await _repos.Store.SaveTextAsync(EditorRepositories.Article, read.Text, read.Blob, EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.Unchanged, saved.Status);
        Assert.Equal(head, EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD"));
    }

    [Fact]
    public async Task When_git_cannot_commit_the_working_file_is_put_back_as_it_was()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        // Another git process seems to hold the index: git add and git commit both fail.
        await File.WriteAllTextAsync(Path.Combine(_repos.Site, ".git", "index.lock"), "");

        var saved = await _repos.Store.SaveTextAsync(EditorRepositories.Article, "perdu ?\n", read.Blob, EditorRepositories.Camille, default);
        var created = await _repos.Store.SaveTextAsync("contenu/articles/2030/neuf.md", "neuf\n", null, EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.Failed, saved.Status);
        Assert.Equal(ContentSaveStatus.Failed, created.Status);
        Assert.Contains("revenu à son état précédent", saved.Message, StringComparison.Ordinal);
        Assert.Equal(EditorRepositories.ArticleText, _repos.SiteFile(EditorRepositories.Article));
        Assert.False(Directory.Exists(Path.Combine(_repos.Site, "contenu/articles/2030")));
        File.Delete(Path.Combine(_repos.Site, ".git", "index.lock"));
        Assert.Equal("", _repos.SiteStatus());
    }

    [Fact]
    public async Task A_file_the_disk_refuses_is_a_failure_in_French_not_an_exception_and_nothing_is_left_behind()
    {
        // contenu/equipe.yaml is a file, so no folder of that name can be made under it.
        var saved = await _repos.Store.SaveTextAsync($"{EditorRepositories.Team}/x.md", "texte\n", null, EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.Failed, saved.Status);
        Assert.Contains("n'a pas pu être écrit", saved.Message, StringComparison.Ordinal);
        Assert.Equal("- nom: Alix\n", _repos.SiteFile(EditorRepositories.Team));
        Assert.Equal("", _repos.SiteStatus());
    }

    [Fact]
    public async Task A_save_waits_while_the_webhook_pull_holds_the_repository()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        var pull = await _repos.RepositoryLock.EnterAsync(default);

        var save = _repos.Store.SaveTextAsync(EditorRepositories.Article, "après le pull\n", read.Blob, EditorRepositories.Camille, default);
        await Task.Delay(300);
        var writtenDuringPull = _repos.SiteFile(EditorRepositories.Article);
        pull.Dispose();
        var saved = await save;

        Assert.Equal(EditorRepositories.ArticleText, writtenDuringPull);
        Assert.Equal(ContentSaveStatus.Saved, saved.Status);
        Assert.Equal("après le pull\n", _repos.SiteFile(EditorRepositories.Article));
    }

    public void Dispose() => _repos.Dispose();
}
