using FabMob.Web.Search;

namespace FabMob.Web.Tests.Search;

/// <summary>Index folders left by killed processes, on real files and real locks.</summary>
public sealed class SearchIndexFilesTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("fabmob-tests-index-files-").FullName;

    [Fact]
    public void Folders_whose_lock_nobody_holds_are_removed_and_the_others_kept()
    {
        var abandoned = Folder("fabmob-recherche-abandonne", withLock: true);
        File.WriteAllText(Path.Combine(abandoned, "index-1-abc.sqlite"), "index");
        var alive = Folder("fabmob-recherche-vivant", withLock: true);
        var starting = Folder("fabmob-recherche-naissant", withLock: false);
        var other = Folder("autre-dossier", withLock: true);
        using (new FileStream(Path.Combine(alive, "verrou"), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            SearchIndexFiles.RemoveAbandoned(_parent);
        }

        Assert.False(Directory.Exists(abandoned));
        Assert.True(Directory.Exists(alive));
        Assert.True(Directory.Exists(starting));
        Assert.True(Directory.Exists(other));
    }

    private string Folder(string name, bool withLock)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_parent, name)).FullName;
        if (withLock)
        {
            File.WriteAllBytes(Path.Combine(folder, "verrou"), []);
        }

        return folder;
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);
}
