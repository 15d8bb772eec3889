using FabMob.Web.Configuration;

namespace FabMob.Web.Content;

/// <summary>
/// Where the snapshot cache is kept: <c>Site:CacheDirectory</c>, else the user's cache folder
/// (<c>$XDG_CACHE_HOME/fabmob/pages</c>, else <c>~/.cache/fabmob/pages</c>): outside the content tree, the
/// application's folder and <c>wwwroot/</c>, so it never lands in the editors' commits nor is served. A
/// folder inside the content tree is refused (the watcher would take each write for a content change).
/// </summary>
internal static class PageCacheFolder
{
    public static readonly string DefaultName = Path.Combine("fabmob", "pages");

    /// <summary>The folder, or null with the reason (French) when there is none to use.</summary>
    public static string? Resolve(SiteOptions site, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(site);
        refusal = null;
        if (!site.PageCache)
        {
            return null;
        }

        string folder;
        if (!string.IsNullOrWhiteSpace(site.CacheDirectory))
        {
            folder = Path.GetFullPath(site.CacheDirectory.Trim());
        }
        else if (UserCacheHome() is { } home)
        {
            folder = Path.Combine(home, DefaultName);
        }
        else
        {
            refusal = "aucun dossier de cache (ni XDG_CACHE_HOME ni dossier personnel) : donnez-en un avec Site:CacheDirectory";
            return null;
        }

        if (IsInside(folder, site.ContentPath))
        {
            refusal = $"le dossier de cache {folder} est dans le dossier de contenu : choisissez-en un autre avec Site:CacheDirectory";
            return null;
        }

        return folder;
    }

    private static string? UserCacheHome()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
        {
            return xdg;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrWhiteSpace(home) ? null : Path.Combine(home, ".cache");
    }

    /// <summary>Whether <paramref name="folder"/> is <paramref name="root"/> or inside it.</summary>
    public static bool IsInside(string folder, string root)
    {
        if (string.IsNullOrWhiteSpace(root))
        {
            return false;
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(folder));
        return relative == "." || !(relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) ||
            Path.IsPathRooted(relative));
    }
}
