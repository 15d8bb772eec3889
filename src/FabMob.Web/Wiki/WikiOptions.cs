namespace FabMob.Web.Wiki;

/// <summary><c>Site:Wiki</c>: the MediaWiki whose pages give communs and publications their title, picture and summary.</summary>
public sealed class WikiOptions
{
    /// <summary>The wiki's <c>api.php</c> (<c>https://wiki.lafabriquedesmobilites.fr/api.php</c>); empty: no enrichment.</summary>
    public string ApiUrl { get; set; } = "";

    /// <summary>How often every page is asked again (<c>01:00:00</c>: once an hour).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest one request to the wiki may take, answer read included.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The most bytes read of one answer (after decompression); a longer answer is dropped whole.</summary>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// Where the last good answers are kept between runs (<c>wiki-cache.json</c> in that folder). Empty: a
    /// folder of the user's local application data (<c>~/.local/share/fabmob/wiki</c> on Linux), outside
    /// the content tree so that the watcher never sees it and it is never served.
    /// </summary>
    public string CacheDirectory { get; set; } = "";

    /// <summary>Whether a wiki is configured at all.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(ApiUrl);

    /// <summary>
    /// The wiki's root, the folder of <c>api.php</c> without its trailing slash
    /// (<c>https://wiki.lafabriquedesmobilites.fr</c>); empty when no wiki is configured.
    /// </summary>
    public string Root
    {
        get
        {
            if (!Enabled || !Uri.TryCreate(ApiUrl.Trim(), UriKind.Absolute, out var api))
            {
                return "";
            }

            var path = api.AbsolutePath;
            var folder = path[..(path.LastIndexOf('/') + 1)].TrimEnd('/');
            return api.GetLeftPart(UriPartial.Authority) + folder;
        }
    }

    /// <summary>The cache folder in use: <see cref="CacheDirectory"/>, or the default one.</summary>
    public string ResolvedCacheDirectory()
    {
        if (!string.IsNullOrWhiteSpace(CacheDirectory))
        {
            return Path.GetFullPath(CacheDirectory);
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(string.IsNullOrEmpty(local) ? Path.GetTempPath() : local, "fabmob", "wiki");
    }
}
