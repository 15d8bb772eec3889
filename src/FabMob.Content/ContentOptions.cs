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
}
