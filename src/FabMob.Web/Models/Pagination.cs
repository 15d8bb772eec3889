using FabMob.Content;

namespace FabMob.Web.Models;

/// <summary>Where a list page stands among its pages.</summary>
public sealed record Pagination(int Current, int Total, string BasePath)
{
    public bool HasPrevious => Current > 1;
    public bool HasNext => Current < Total;

    /// <summary>What screen readers call the navigation.</summary>
    public string Label { get; init; } = "Pages";

    /// <summary>The <c>href</c> of page <paramref name="page"/>, ready for the attribute (a list page by default: <c>/blog/page/2</c>).</summary>
    public Func<int, string>? Href { get; init; }

    public string PageHref(int page) => Href?.Invoke(page) ?? UrlPath.ForHref(Routing.GeneratedAddresses.ListPage(BasePath, page));

    /// <summary>Page <paramref name="page"/> of <paramref name="items"/>, or null when there is no such page.</summary>
    public static (IReadOnlyList<T> Items, Pagination Pagination)? Slice<T>(IReadOnlyList<T> items, int page, int size, string basePath)
    {
        var total = Routing.GeneratedAddresses.PageCount(items.Count, size);
        if (page < 1 || page > total)
        {
            return null;
        }

        return ([.. items.Skip((page - 1) * size).Take(size)], new Pagination(page, total, basePath));
    }
}
