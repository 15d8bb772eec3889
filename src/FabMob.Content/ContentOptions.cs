using FabMob.Content.Rendering;

namespace FabMob.Content;

/// <summary>How a content tree is read. The defaults are the conventions the README describes.</summary>
public sealed record ContentOptions
{
    /// <summary>Folders whose files are dated entries; their year folders are not part of the URL.</summary>
    public IReadOnlyList<string> Collections { get; init; } = ["blog"];

    /// <summary>Extensions of the non-page files served from the content tree (images, documents, media).</summary>
    public IReadOnlySet<string> AssetExtensions { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico",
        ".pdf", ".odt", ".ods", ".odp", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".csv",
        ".mp3", ".ogg", ".mp4", ".webm", ".gpx",
    };

    /// <summary>Layout names a page may ask for with <c>gabarit</c>; null accepts any.</summary>
    public IReadOnlySet<string>? KnownLayouts { get; init; }

    public ContentLimits Limits { get; init; } = new();

    /// <summary>
    /// How folders of the tree become pages, collections, data and files. Empty: the default layout
    /// (every <c>.md</c> a page at its path, <see cref="Collections"/> as collections, <c>_data/</c>
    /// as data, every allow-listed file at its path).
    /// </summary>
    public IReadOnlyList<Mounts.ContentMount> Mounts { get; init; } = [];

    /// <summary>A single newline is a line break, site-wide (a collection mount may say otherwise).</summary>
    public bool HardLineBreaks { get; init; }

    /// <summary>Hosts an <c>&lt;iframe&gt;</c> may embed, added to <see cref="EmbedHosts.Default"/>.</summary>
    public IReadOnlyList<string> EmbedHosts { get; init; } = [];

    /// <summary>
    /// Host names of the site's own old addresses (<c>lafabriquedesmobilites.fr</c>): links to them in
    /// bodies are treated as links inside the site.
    /// </summary>
    public IReadOnlyList<string> OwnHosts { get; init; } = [];

    /// <summary>
    /// Whether each page is given the words of its body for search (<see cref="Snapshot.ContentPage.Text"/>),
    /// taken from its Markdown tree at render (the default). Off: none is made (a site without search, the export).
    /// </summary>
    public bool CollectBodyText { get; init; } = true;

    /// <summary>The mounts in force, as a table that classifies the tree's files.</summary>
    public Mounts.MountTable MountTable() => new(Mounts, Collections);
}
