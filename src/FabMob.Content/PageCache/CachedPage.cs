using FabMob.Content.Addresses;
using FabMob.Content.FrontMatterParsing;
using FabMob.Content.Rendering;
using FabMob.Content.Snapshot;

namespace FabMob.Content.PageCache;

/// <summary>
/// What rendering one source file produced, as the snapshot cache stores it: the page without what
/// depends on the file's place on disk at load time (its write time and size are the file's when it
/// is loaded) nor what is worked out again cheaply (the addresses it claims).
/// </summary>
internal sealed record CachedPage
{
    public required string SourcePath { get; init; }

    /// <summary>XxHash128 of the source file's bytes, 32 hexadecimal digits.</summary>
    public required string SourceHash { get; init; }

    public required string Url { get; init; }
    public required FrontMatter FrontMatter { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Summary { get; init; }

    /// <summary>The rendered body, UTF-8; stored raw after the record's JSON, not inside it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public byte[] Html { get; init; } = [];

    public bool HasOwnHeading { get; init; }
    public string? Collection { get; init; }
    public string? Cover { get; init; }
    public int WordCount { get; init; }
    public IReadOnlyList<PageLink> Links { get; init; } = [];
    public IReadOnlyList<ContentError> FileFindings { get; init; } = [];
    public IReadOnlyList<KeyValuePair<string, string?>> LinkLookups { get; init; } = [];

    /// <summary>
    /// The words of the body for search (<see cref="BodyText"/>), null when none were collected; stored raw
    /// (UTF-8) after the HTML, not inside the JSON.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Text { get; init; }

    public static CachedPage From(ContentPage page) => new()
    {
        SourcePath = page.SourcePath,
        SourceHash = Hex(page.SourceHash),
        Url = page.Url,
        FrontMatter = page.FrontMatter,
        Title = page.Title,
        Description = page.Description,
        Summary = page.Summary,
        Html = page.HtmlUtf8,
        HasOwnHeading = page.HasOwnHeading,
        Collection = page.Collection,
        Cover = page.Cover,
        WordCount = page.WordCount,
        Links = page.Links,
        FileFindings = page.FileFindings,
        LinkLookups = page.LinkLookups,
        Text = page.Text?.ToStored(),
    };

    /// <summary>The page again, stamped with the file's write time and size as they are now.</summary>
    public ContentPage ToPage(UInt128 hash, DateTimeOffset fileModified, long fileLength) => new()
    {
        SourcePath = SourcePath,
        Url = Url,
        FrontMatter = FrontMatter,
        Title = Title,
        Description = Description,
        Summary = Summary,
        Html = "",
        HtmlUtf8 = Html,
        HasOwnHeading = HasOwnHeading,
        Collection = Collection,
        Cover = Cover,
        WordCount = WordCount,
        Links = Links,
        FileModified = fileModified,
        FileLength = fileLength,
        FileFindings = FileFindings,
        LinkLookups = LinkLookups,
        SourceHash = hash,
        Text = Text is null ? null : BodyText.FromStored(Text),
    };

    public static string Hex(UInt128 hash) => hash.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
