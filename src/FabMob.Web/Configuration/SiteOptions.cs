namespace FabMob.Web.Configuration;

/// <summary>The <c>Site</c> section of the configuration (see README, « Configuration »).</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The association's name, shown in the header, the footer and page titles.</summary>
    public string Name { get; set; } = SiteDefaults.Name;

    /// <summary>Public address of the site, for canonical links and OpenGraph (<c>https://…</c>, no trailing slash needed).</summary>
    public string BaseUrl { get; set; } = SiteDefaults.BaseUrl;

    /// <summary>Language of the pages (<c>fr</c>).</summary>
    public string Language { get; set; } = "fr";

    /// <summary>The content tree; empty means the repository's <c>content/</c>. A relative path is taken from the working directory.</summary>
    public string ContentPath { get; set; } = "";

    /// <summary>The HelloAsso membership form the « Adhérer » button leads to.</summary>
    public string MembershipUrl { get; set; } = SiteDefaults.MembershipUrl;

    /// <summary>The Mailchimp newsletter form.</summary>
    public string NewsletterUrl { get; set; } = SiteDefaults.NewsletterUrl;

    /// <summary>The header navigation, in order.</summary>
    public List<MenuItem> Menu { get; set; } = [];

    /// <summary>Articles per page of a list (blog, tag, category).</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>
    /// Whether responses are kept in memory (precompressed, with ETags) outside Development. The export
    /// turns it off: it asks for each address once, so compressing would be wasted work.
    /// </summary>
    public bool ResponseCache { get; set; } = true;

    /// <summary>
    /// Whether the rendered pages are kept on disk between runs (the snapshot cache), so that a restart
    /// with unchanged files renders nothing: see <see cref="CacheDirectory"/>.
    /// </summary>
    public bool PageCache { get; set; } = true;

    /// <summary>
    /// The snapshot cache's folder; empty means the user's cache folder (<c>$XDG_CACHE_HOME/fabmob/pages</c>,
    /// else <c>~/.cache/fabmob/pages</c>). Never inside the content tree (refused there: it would be seen as content).
    /// </summary>
    public string CacheDirectory { get; set; } = "";

    /// <summary>Pages drawn from data files (team, events, communs): path, data file, view, title.</summary>
    public List<DataPage> DataPages { get; set; } = [];

    /// <summary>How the folders of the content tree become pages, collections, data and files; empty: the default layout.</summary>
    public List<MountOptions> Mounts { get; set; } = [];

    /// <summary>Redirects by rule (old addresses still linked from elsewhere).</summary>
    public List<RedirectRule> Redirects { get; set; } = [];

    /// <summary>Host names of the site's own old addresses: links to them in bodies are internal links.</summary>
    public List<string> OwnHosts { get; set; } = [];

    /// <summary>Hosts pages may embed with an iframe, added to the built-in safe list.</summary>
    public List<string> EmbedHosts { get; set; } = [];

    /// <summary>A single newline in Markdown is a line break, site-wide.</summary>
    public bool HardLineBreaks { get; set; }

    public Theme.ThemeOptions Theme { get; set; } = new();

    public Wiki.WikiOptions Wiki { get; set; } = new();

    /// <summary><see cref="BaseUrl"/> without its trailing slash.</summary>
    public string BaseUrlTrimmed => BaseUrl.TrimEnd('/');
}
