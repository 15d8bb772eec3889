using FabMob.Web.Editing.Git;

namespace FabMob.Web.Tests.Editing.Git;

public sealed class ContentPushRecoveryTests : IDisposable
{
    private readonly EditorRepositories _repos = new();

    [Fact]
    public async Task When_the_remote_moved_on_another_file_the_save_is_merged_in_and_published_with_nothing_lost()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        _repos.PushFromLaptop(EditorRepositories.Team, "- nom: Alix\n- nom: Bao\n", "Bao rejoint l'équipe");

        var saved = await _repos.Store.SaveTextAsync(EditorRepositories.Article, read.Text + "Suite.\n", read.Blob, EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.Saved, saved.Status);
        Assert.Equal(PushOutcome.Published, saved.Push!.Outcome);
        Assert.Contains("arrivées entre-temps", saved.Message, StringComparison.Ordinal);
        var remoteLog = EditorRepositories.Git(_repos.Origin, "log", "--format=%s", "main");
        Assert.Contains("Bao rejoint l'équipe", remoteLog, StringComparison.Ordinal);
        Assert.Contains($"Modification de {EditorRepositories.Article}", remoteLog, StringComparison.Ordinal);
        Assert.Equal(read.Text + "Suite.\n", EditorRepositories.Git(_repos.Origin, "show", $"main:{EditorRepositories.Article}") + "\n");
        Assert.Equal("- nom: Alix\n- nom: Bao\n", _repos.SiteFile(EditorRepositories.Team));
        Assert.Equal(EditorRepositories.Git(_repos.Origin, "rev-parse", "main"), EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD"));
    }

    [Fact]
    public async Task When_the_remote_changed_the_same_lines_the_commit_is_kept_locally_and_the_editor_is_told_in_French()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        var theirs = EditorRepositories.ArticleText.Replace("Première ligne.", "Première ligne, version du portable.", StringComparison.Ordinal);
        _repos.PushFromLaptop(EditorRepositories.Article, theirs, "Correction sur le portable");
        var remoteBefore = EditorRepositories.Git(_repos.Origin, "rev-parse", "main");
        var ours = read.Text.Replace("Première ligne.", "Première ligne, version du site.", StringComparison.Ordinal);

        var saved = await _repos.Store.SaveTextAsync(EditorRepositories.Article, ours, read.Blob, EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.Saved, saved.Status);
        Assert.Equal(PushOutcome.KeptLocally, saved.Push!.Outcome);
        Assert.StartsWith("Enregistré localement, l'envoi a échoué", saved.Message, StringComparison.Ordinal);
        Assert.Contains("rien n'est perdu", saved.Message, StringComparison.Ordinal);
        Assert.Equal(remoteBefore, EditorRepositories.Git(_repos.Origin, "rev-parse", "main"));
        Assert.Equal(saved.Commit, EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD"));
        Assert.Equal(ours, EditorRepositories.Git(_repos.Site, "show", $"HEAD:{EditorRepositories.Article}") + "\n");
        Assert.Equal(ours, _repos.SiteFile(EditorRepositories.Article));
        Assert.Equal("", _repos.SiteStatus());
        Assert.False(File.Exists(Path.Combine(_repos.Site, ".git", "MERGE_HEAD")));
    }

    [Fact]
    public async Task Without_a_remote_the_save_is_committed_in_the_site_clone_and_says_so()
    {
        EditorRepositories.Git(_repos.Site, "remote", "remove", "origin");
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);

        var saved = await _repos.Store.SaveTextAsync(EditorRepositories.Article, "local\n", read.Blob, EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.Saved, saved.Status);
        Assert.Equal(PushOutcome.NotConfigured, saved.Push!.Outcome);
        Assert.Contains("aucun dépôt distant", saved.Message, StringComparison.Ordinal);
        Assert.Equal($"Modification de {EditorRepositories.Article}", EditorRepositories.Git(_repos.Site, "log", "-1", "--format=%s"));
    }

    [Fact]
    public async Task An_unreachable_remote_keeps_the_commit_and_its_credentials_appear_neither_in_the_message_nor_in_the_log()
    {
        EditorRepositories.Git(_repos.Site, "remote", "set-url", "origin", "http://camille:jeton-tres-secret@127.0.0.1:9/depot.git");
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);

        var saved = await _repos.Store.SaveTextAsync(EditorRepositories.Article, "hors ligne\n", read.Blob, EditorRepositories.Camille, default);

        Assert.Equal(PushOutcome.KeptLocally, saved.Push!.Outcome);
        Assert.Contains("injoignable", saved.Message, StringComparison.Ordinal);
        Assert.Equal(saved.Commit, EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD"));
        var logged = _repos.Logs.Entries.Where(e => e.Category == typeof(ContentPusher).FullName).ToList();
        Assert.NotEmpty(logged);
        Assert.Contains(logged, e => e.Message.Contains("127.0.0.1", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, e => e.Message.Contains("jeton-tres-secret", StringComparison.Ordinal));
        Assert.DoesNotContain("jeton-tres-secret", saved.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _repos.Dispose();
}
