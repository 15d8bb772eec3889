namespace FabMob.Web.Tests.Infrastructure;

/// <summary>A copy of a fixture content tree in a fresh temporary folder, deleted on dispose.</summary>
public sealed class TempSite : IDisposable
{
    private TempSite(string root) => Root = root;

    public string Root { get; }

    /// <summary>Copies <c>Fixtures/{name}</c> (from the test output folder) into a new temporary folder.</summary>
    public static TempSite FromFixture(string name = "site")
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        var root = Path.Combine(Path.GetTempPath(), "fabmob-tests", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new TempSite(root);
    }

    public static TempSite Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "fabmob-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return new TempSite(root);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the OS temp folder is cleaned anyway.
        }
    }
}
