using FabMob.Web.Editing.Git;

namespace FabMob.Web.Tests.Editing.Git;

public sealed class RepositoryPathGuardTests : IDisposable
{
    private readonly EditorRepositories _repos = new();

    public static TheoryData<string> HostilePaths => new()
    {
        "../x.md",
        "/etc/passwd",
        "/tmp/x.md",
        "a/../../x.md",
        "contenu/../../x.md",
        "x\0.md",
        "contenu/x\n.md",
        ".git/config",
        ".git/hooks/pre-commit.md",
        "contenu/.hidden.md",
        "C:\\x.md",
        "C:/x.md",
        "contenu\\articles\\x.md",
        "./contenu/x.md",
        "contenu//x.md",
        "contenu/x.md/",
        "contenu/x.exe",
        "contenu/x.md.sh",
        "",
    };

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task A_hostile_path_is_refused_with_a_French_reason_and_nothing_is_written(string path)
    {
        var head = EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD");

        var check = _repos.Store.Guard.Check(path, EditableFileKinds.Any);
        var saved = await _repos.Store.SaveTextAsync(path, "pirate\n", null, EditorRepositories.Camille, default);
        var read = await _repos.Store.ReadAsync(path);
        var history = await _repos.Store.HistoryAsync(path);
        var reverted = await _repos.Store.RevertAsync(path, head, EditorRepositories.Camille, default);

        Assert.False(check.IsAccepted);
        Assert.False(string.IsNullOrWhiteSpace(check.Refusal));
        Assert.Equal(ContentSaveStatus.Refused, saved.Status);
        Assert.Equal(ContentFileReadStatus.Refused, read.Status);
        Assert.True(history.IsRefused);
        Assert.Equal(RevertStatus.Refused, reverted.Status);
        Assert.Equal(head, EditorRepositories.Git(_repos.Site, "rev-parse", "HEAD"));
        Assert.Equal("", _repos.SiteStatus());
        Assert.False(File.Exists(Path.Combine(_repos.Root, "x.md")));
    }

    [Fact]
    public async Task A_symbolic_link_to_a_folder_outside_the_root_is_refused_and_nothing_is_written_there()
    {
        var outside = Path.Combine(_repos.Root, "dehors");
        Directory.CreateDirectory(outside);
        Directory.CreateSymbolicLink(Path.Combine(_repos.Site, "contenu", "lien"), outside);

        var saved = await _repos.Store.SaveTextAsync("contenu/lien/x.md", "pirate\n", null, EditorRepositories.Camille, default);
        var added = await _repos.Store.AddPictureAsync("contenu/lien/x.png", new byte[] { 1, 2, 3 }, EditorRepositories.Camille, default);

        Assert.Equal(ContentSaveStatus.Refused, saved.Status);
        Assert.Equal(ContentSaveStatus.Refused, added.Status);
        Assert.Contains("lien symbolique", saved.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }

    [Fact]
    public async Task A_symbolic_link_to_a_file_outside_the_root_is_neither_read_nor_overwritten()
    {
        var secret = Path.Combine(_repos.Root, "secret.md");
        await File.WriteAllTextAsync(secret, "secret\n");
        File.CreateSymbolicLink(Path.Combine(_repos.Site, "contenu", "secret.md"), secret);

        var read = await _repos.Store.ReadAsync("contenu/secret.md");
        var saved = await _repos.Store.SaveTextAsync("contenu/secret.md", "pirate\n", "0000000", EditorRepositories.Camille, default);

        Assert.Equal(ContentFileReadStatus.Refused, read.Status);
        Assert.Empty(read.Bytes);
        Assert.Equal(ContentSaveStatus.Refused, saved.Status);
        Assert.Equal("secret\n", await File.ReadAllTextAsync(secret));
    }

    [Theory]
    [InlineData("contenu/articles/2024/velo.md", EditableFileKinds.Text)]
    [InlineData("contenu/equipe.yaml", EditableFileKinds.Text)]
    [InlineData("contenu/à-propos/travailler.md", EditableFileKinds.Text)]
    [InlineData("contenu/articles/2024/images/vélo 1.JPG", EditableFileKinds.Picture)]
    public void An_ordinary_content_path_is_accepted_inside_the_root(string path, EditableFileKinds kinds)
    {
        var check = _repos.Store.Guard.Check(path, kinds);

        Assert.True(check.IsAccepted, check.Refusal);
        Assert.Equal(path, check.Path!.Relative);
        Assert.Equal(Path.Combine(_repos.Site, path), check.Path.FullPath);
    }

    [Fact]
    public void A_picture_name_is_refused_where_text_is_expected_and_the_other_way_round()
    {
        Assert.False(_repos.Store.Guard.Check("contenu/images/x.png", EditableFileKinds.Text).IsAccepted);
        Assert.False(_repos.Store.Guard.Check("contenu/x.md", EditableFileKinds.Picture).IsAccepted);
    }

    public void Dispose() => _repos.Dispose();
}
