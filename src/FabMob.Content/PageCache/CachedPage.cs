using FabMob.Content.Addresses;
using FabMob.Content.FrontMatterParsing;
using FabMob.Content.Rendering;
using FabMob.Content.Snapshot;

namespace FabMob.Content.PageCache;

/// <summary>
/// What rendering one source file produced, as the snapshot cache stores it: the page without what
/// depends on the file's place on disk at load time (its write time and size are the file's when it
/// is loaded). The addresses it claims are stored too: they depend only on the file's path and bytes and on
/// the URL rules, all part of the cache's keys, and working them out again cost a restart more than reading them.
/// </summary>
internal sealed record CachedPage
{
    public required string SourcePath { get; init; }

    /// <summary>XxHash128 of the source file's bytes.</summary>
    public required ContentHash SourceHash { get; init; }

    public required string Url { get; init; }
    public required FrontMatter FrontMatter { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Summary { get; init; }

    /// <summary>The rendered body, UTF-8; stored raw after the record's small fields (loaded: a slice of a <see cref="PageSlabs"/> slab).</summary>
    public ReadOnlyMemory<byte> Html { get; init; }

    public bool HasOwnHeading { get; init; }
    public string? Collection { get; init; }
    public string? Cover { get; init; }
    public int WordCount { get; init; }
    public IReadOnlyList<PageLink> Links { get; init; } = [];
    public IReadOnlyList<ContentError> FileFindings { get; init; } = [];
    public IReadOnlyList<KeyValuePair<string, string?>> LinkLookups { get; init; } = [];

    /// <summary>The addresses the page's file claims, null when the page had none worked out (then the build works them out).</summary>
    public PlacementKeys? Keys { get; init; }

    /// <summary>
    /// The words of the body for search, null when none were collected; stored after the HTML as the
    /// <see cref="BodyText"/> holds them (compressed), so that loading neither decodes nor compresses them again.
    /// </summary>
    public BodyText? Text { get; init; }

    public static CachedPage From(ContentPage page) => new()
    {
        SourcePath = page.SourcePath,
        SourceHash = page.SourceHash,
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
        Keys = page.Keys,
        Text = page.Text,
    };

    /// <summary>The page again, stamped with the file's write time and size as they are now.</summary>
    public ContentPage ToPage(DateTimeOffset fileModified, long fileLength) => new()
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
        SourceHash = SourceHash,
        Keys = Keys,
        Text = Text,
    };
}
