namespace FabMob.Web.Search;

/// <summary>
/// Where the search indexes live on disk: <c>Search:IndexDirectory</c> when set, else one private
/// temporary folder per process (created owner-only, 0700). Each index is one SQLite file, deleted
/// when the index is closed; a folder left by a process that crashed is removed by the system's
/// temporary-file cleaning (or at once with systemd's <c>PrivateTmp=yes</c>).
/// </summary>
internal static class SearchIndexFiles
{
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
        var folder = Directory.CreateTempSubdirectory("fabmob-recherche-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the system's cleaning.
            }
        };
        return folder;
    }

    /// <summary>
    /// Deletes an index's file once every connection to it is closed. Best effort: it runs when the
    /// last request using a replaced index is done, which must not fail for it; a file that could not
    /// be deleted is left to the temporary-file cleaning.
    /// </summary>
    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the system's cleaning (see the class summary).
        }
    }
}
