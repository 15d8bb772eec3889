using FabMob.Web.Editing.Git;

namespace FabMob.Web.Tests.Editing.Git;

public sealed class ContentHistoryTests : IDisposable
{
    private readonly EditorRepositories _repos = new();

    [Fact]
    public async Task The_history_lists_the_file_s_commits_newest_first_with_their_authors_and_messages()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        var first = await _repos.Store.SaveTextAsync(EditorRepositories.Article, read.Text + "Un.\n", read.Blob, EditorRepositories.Camille, default);
        var second = await _repos.Store.SaveTextAsync(EditorRepositories.Article, read.Text + "Un.\nDeux.\n", first.Blob, EditorRepositories.Dominique, default);
        await _repos.Store.SaveTextAsync(EditorRepositories.Team, "- nom: Autre\n", (await _repos.Store.ReadAsync(EditorRepositories.Team)).Blob,
            EditorRepositories.Camille, default);

        var history = await _repos.Store.HistoryAsync(EditorRepositories.Article, 10);

        Assert.Equal(3, history.Entries.Count);
        Assert.Equal([second.Commit, first.Commit], history.Entries.Take(2).Select(e => e.Commit));
        Assert.Equal(["Dominique Éditrice", "Camille Rédaction", "Camille Rédaction"], history.Entries.Select(e => e.AuthorName));
        Assert.Equal("dominique@example.org", history.Entries[0].AuthorEmail);
        Assert.Equal($"Modification de {EditorRepositories.Article}", history.Entries[0].Message);
        Assert.Equal("Premier article", history.Entries[2].Message);
        Assert.InRange(history.Entries[0].Date, DateTimeOffset.Now.AddMinutes(-5), DateTimeOffset.Now.AddMinutes(1));
    }

    [Fact]
    public async Task The_history_is_cut_at_the_number_asked_for()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        await _repos.Store.SaveTextAsync(EditorRepositories.Article, read.Text + "Un.\n", read.Blob, EditorRepositories.Camille, default);

        var history = await _repos.Store.HistoryAsync(EditorRepositories.Article, 1);

        Assert.Single(history.Entries);
    }

    [Fact]
    public async Task Reverting_a_commit_restores_the_content_with_a_commit_by_the_editor_that_reaches_the_remote()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        var saved = await _repos.Store.SaveTextAsync(EditorRepositories.Article, "tout effacé\n", read.Blob, EditorRepositories.Camille, default);

        var reverted = await _repos.Store.RevertAsync(EditorRepositories.Article, saved.Commit![..10], EditorRepositories.Dominique, default);

        Assert.Equal(RevertStatus.Reverted, reverted.Status);
        Assert.Equal(PushOutcome.Published, reverted.Push!.Outcome);
        Assert.Equal(EditorRepositories.ArticleText, _repos.SiteFile(EditorRepositories.Article));
        Assert.Equal($"Dominique Éditrice|Annulation de {saved.Commit[..7]} sur {EditorRepositories.Article} : Modification de {EditorRepositories.Article}",
            EditorRepositories.Git(_repos.Origin, "log", "-1", "--format=%an|%s", "main"));
        Assert.Equal(reverted.Commit, EditorRepositories.Git(_repos.Origin, "rev-parse", "main"));
        Assert.Equal("", _repos.SiteStatus());
    }

    [Fact]
    public async Task A_revert_that_conflicts_with_later_changes_is_refused_and_leaves_the_tree_clean()
    {
        var read = await _repos.Store.ReadAsync(EditorRepositories.Article);
        var first = await _repos.Store.SaveTextAsync(EditorRepositories.Article,
            read.Text.Replace("Première ligne.", "Première ligne A.", StringComparison.Ordinal), read.Blob, EditorRepositories.Camille, default);
        await _repos.Store.SaveTextAsync(EditorRepositories.Article,
            read.Text.Replace("Première ligne.", "Première ligne B.", StringComparison.Ordinal), first.Blob, EditorRepositories.Dominique, default);
        var head = EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD");
        var before = _repos.SiteFile(EditorRepositories.Article);

        var reverted = await _repos.Store.RevertAsync(EditorRepositories.Article, first.Commit, EditorRepositories.Camille, default);

        Assert.Equal(RevertStatus.Conflict, reverted.Status);
        Assert.Contains("Rien n'a été modifié", reverted.Message, StringComparison.Ordinal);
        Assert.Equal(head, EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD"));
        Assert.Equal(before, _repos.SiteFile(EditorRepositories.Article));
        Assert.Equal("", _repos.SiteStatus());
        Assert.False(File.Exists(Path.Combine(_repos.Site, ".git", "REVERT_HEAD")));
    }

    [Theory]
    [InlineData("HEAD~1")]
    [InlineData("--abort")]
    [InlineData("abc")]
    [InlineData("zzzzzzzz")]
    public async Task A_revert_of_something_that_is_not_a_commit_id_is_refused(string commit)
    {
        var reverted = await _repos.Store.RevertAsync(EditorRepositories.Article, commit, EditorRepositories.Camille, default);

        Assert.Equal(RevertStatus.Refused, reverted.Status);
    }

    [Fact]
    public async Task A_revert_of_a_commit_outside_the_file_s_history_is_refused()
    {
        var teamCommit = EditorRepositories.Git(_repos.Site, "log", "-1", "--format=%H", "--", EditorRepositories.Team);
        var head = EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD");

        var reverted = await _repos.Store.RevertAsync(EditorRepositories.Article, teamCommit, EditorRepositories.Camille, default);

        Assert.Equal(RevertStatus.Refused, reverted.Status);
        Assert.Equal(head, EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD"));
    }

    public void Dispose() => _repos.Dispose();
}
