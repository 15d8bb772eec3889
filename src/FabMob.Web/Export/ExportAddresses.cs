using FabMob.Content;
using FabMob.Web.Routing;

namespace FabMob.Web.Export;

/// <summary>Every address the site serves publicly at a moment: what a static export must write.</summary>
internal static class ExportAddresses
{
    /// <summary>The published pages at <paramref name="now"/>, then every generated address.</summary>
    public static IReadOnlyList<string> Of(ContentSnapshot snapshot, GeneratedAddresses generated, DateTimeOffset now) =>
        [.. snapshot.Pages.Where(p => p.IsPublishedAt(now)).Select(p => p.Url)
            .Concat(generated.All(snapshot, now).Select(a => a.Path))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The file a static host serves for an address: <c>/</c> → <c>index.html</c>, <c>/à-propos</c> →
    /// <c>à-propos/index.html</c>, <c>/blog/feed.xml</c> → <c>blog/feed.xml</c>.
    /// </summary>
    public static string FileFor(string address)
    {
        var relative = address.Trim('/');
        var last = relative[(relative.LastIndexOf('/') + 1)..];
        return last.Contains('.', StringComparison.Ordinal) ? relative : Path.Combine(relative, "index.html");
    }
}
