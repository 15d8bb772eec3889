namespace FabMob.Web.Models;

/// <summary>What the layout needs to know about the page it frames: title, description, canonical link, OpenGraph.</summary>
public sealed record PageMeta
{
    /// <summary>The page's own title (<c>titre</c>); the layout adds the site's name.</summary>
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Site path of the page (not encoded), or null for pages with no address of their own (errors).</summary>
    public string? Path { get; init; }

    /// <summary>OpenGraph type: <c>website</c> or <c>article</c>.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>Absolute or site-relative image for OpenGraph.</summary>
    public string? Image { get; init; }

    /// <summary>True for pages search engines should not index (errors, drafts).</summary>
    public bool NoIndex { get; init; }
}

/// <summary>Every view model the layout frames.</summary>
public interface ILayoutModel
{
    PageMeta Meta { get; }
}
