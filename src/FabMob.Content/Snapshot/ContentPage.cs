using System.Text;
using FabMob.Content.Addresses;
using FabMob.Content.FrontMatterParsing;
using FabMob.Content.Rendering;

namespace FabMob.Content.Snapshot;

/// <summary>One page of the site, parsed and rendered once per snapshot.</summary>
public sealed record ContentPage
{
    /// <summary>Path of the source file under the content root, with <c>/</c> separators (NFC).</summary>
    public required string SourcePath { get; init; }

    /// <summary>The canonical site path, e.g. <c>/à-propos/travailler</c> (NFC, not percent-encoded).</summary>
    public required string Url { get; init; }

    public required FrontMatter FrontMatter { get; init; }

    /// <summary><c>titre</c>, else the first <c># heading</c>, else the file name.</summary>
    public required string Title { get; init; }

    /// <summary><c>description</c>, else the summary.</summary>
    public required string Description { get; init; }

    /// <summary><c>résumé</c>, else the first paragraph as plain text, cut cleanly.</summary>
    public required string Summary { get; init; }

    private readonly ReadOnlyMemory<byte> _html;

    /// <summary>
    /// The rendered body. Kept as UTF-8 bytes, half the memory of a string for French text (35 MB at
    /// 10,000 articles): it is read only to build a response, which is then cached.
    /// </summary>
    public required string Html
    {
        get => Encoding.UTF8.GetString(_html.Span);
        init => _html = Encoding.UTF8.GetBytes(value);
    }

    /// <summary>
    /// The words of the body for search, from its Markdown tree (<see cref="BodyText"/>), held until the search
    /// index has them; null when <see cref="ContentOptions.CollectBodyText"/> is off.
    /// </summary>
    public BodyText? Text { get; init; }

    /// <summary>
    /// The rendered body as the UTF-8 bytes it is kept in (the snapshot cache stores and loads them as they are): an
    /// array of its own when rendered, a slice of a shared slab when loaded from the cache (<c>PageSlabs</c>).
    /// </summary>
    internal ReadOnlyMemory<byte> HtmlUtf8
    {
        get => _html;
        init => _html = value;
    }

    /// <summary>Whether the body has its own level-1 heading (the view then adds none).</summary>
    public required bool HasOwnHeading { get; init; }

    /// <summary>The collection the page belongs to (<c>blog</c>), or null for a plain page.</summary>
    public string? Collection { get; init; }

    /// <summary>The cover image (<c>image</c>) resolved against the file: a site path or an absolute URL.</summary>
    public string? Cover { get; init; }

    /// <summary>Words of the body's text, for the reading time.</summary>
    public int WordCount { get; init; }

    /// <summary>Minutes of reading at 200 words a minute, at least one.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / 200.0));

    /// <summary>Every link and image of the body, as written and as resolved, located in the file.</summary>
    public IReadOnlyList<PageLink> Links { get; init; } = [];

    /// <summary>When the source file last changed.</summary>
    public required DateTimeOffset FileModified { get; init; }

    /// <summary>Size of the source file in bytes (-1 when unknown).</summary>
    public long FileLength { get; init; } = -1;

    /// <summary>
    /// XxHash128 of the source file's bytes when it was rendered: the snapshot cache's key for the file's
    /// content (default when unknown).
    /// </summary>
    internal ContentHash SourceHash { get; init; }

    /// <summary>Warnings found in the file itself when it was read (its own lines), kept with a reused page.</summary>
    internal IReadOnlyList<ContentError> FileFindings { get; init; } = [];

    /// <summary>The addresses the page's file claims (URL, loose and raw keys, aliases), reused while the file is unchanged.</summary>
    internal PlacementKeys? Keys { get; init; }

    /// <summary>Source paths the render looked up to resolve links, and their answers (see <see cref="PageLinkResolver.Lookups"/>).</summary>
    internal IReadOnlyList<KeyValuePair<string, string?>> LinkLookups { get; init; } = [];

    public DateTimeOffset? Date => FrontMatter.Date;
    public bool IsDraft => FrontMatter.Draft;

    /// <summary>
    /// Whether the public sees the page at <paramref name="now"/>: not a draft, and for a collection
    /// entry, a date that has come (a future date means scheduled).
    /// </summary>
    public bool IsPublishedAt(DateTimeOffset now) => PublishedFrom is { } from && from <= now;

    /// <summary>
    /// From when the public sees the page: a collection entry's date, <see cref="DateTimeOffset.MinValue"/>
    /// for any other page (always), null for a draft (never).
    /// </summary>
    public DateTimeOffset? PublishedFrom => IsDraft ? null : Collection is not null && Date is { } date ? date : DateTimeOffset.MinValue;
}
