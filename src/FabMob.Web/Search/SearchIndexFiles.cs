namespace FabMob.Web.Search;

/// <summary>
/// Where the search indexes live on disk: <c>Search:IndexDirectory</c> when set, else one private
/// temporary folder per process (created owner-only, 0700), removed when the process exits. Each
/// index is one SQLite file, deleted when the index is closed. A process that is killed cannot clean
/// up: its folder holds a lock file, locked for the process's life, and the next process to create
/// its own folder removes the folders whose lock nobody holds any more.
/// </summary>
internal static class SearchIndexFiles
{
    private const string Prefix = "fabmob-recherche-";
    private const string LockName = "verrou";

    private static readonly Lazy<string> ProcessFolder = new(CreateProcessFolder);

    /// <summary>A new file name for an index, in <paramref name="directory"/> (created if missing) or the process's folder.</summary>
    public static string NewPath(string? directory)
    {
        var folder = string.IsNullOrWhiteSpace(directory) ? ProcessFolder.Value : Directory.CreateDirectory(directory).FullName;
        return Path.Combine(folder, $"index-{Environment.ProcessId}-{Guid.NewGuid():N}.sqlite");
    }

    /// <summary>
    /// Whether index files can be written in <paramref name="directory"/> (created if missing); empty
    /// means the process's temporary folder, which is always possible. Checked at start.
    /// </summary>
    public static bool CanWrite(string? directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            return true;
        }

        try
        {
            var probe = Path.Combine(Directory.CreateDirectory(directory).FullName, $".essai-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private static string CreateProcessFolder()
    {
        var temporary = Path.GetTempPath();
        RemoveAbandoned(temporary);
        var folder = Directory.CreateTempSubdirectory(Prefix).FullName;
        // Held open (locked) for the process's life: the folder is in use while it is.
        var held = new FileStream(Path.Combine(folder, LockName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            held.Dispose();
            BestEffort(() => Directory.Delete(folder, recursive: true));
        };
        return folder;
    }

    /// <summary>
    /// Removes the index folders in <paramref name="parent"/> whose lock file can be taken: the process
    /// that made them is gone (killed before it could remove them). A folder in use, another user's,
    /// or one without a lock file (being created) is left alone.
    /// </summary>
    internal static void RemoveAbandoned(string parent)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, Prefix + "*"))
        {
            try
            {
                using (new FileStream(Path.Combine(folder, LockName), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            BestEffort(() => Directory.Delete(folder, recursive: true));
        }
    }

    /// <summary>
    /// Deletes an index's file once every connection to it is closed. Best effort: it runs when the
    /// last request using a replaced index is done, which must not fail for it; a file that could not
    /// be deleted is left to the next start or the temporary-file cleaning.
    /// </summary>
    public static void Delete(string path) => BestEffort(() => File.Delete(path));

    private static void BestEffort(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next start or the system's cleaning (see the class summary).
        }
    }
}
