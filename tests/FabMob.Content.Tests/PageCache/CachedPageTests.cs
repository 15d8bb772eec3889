using System.Reflection;
using FabMob.Content.PageCache;

namespace FabMob.Content.Tests.PageCache;

/// <summary>What the snapshot cache stores of a page must be all a render gives it.</summary>
public sealed class CachedPageTests
{
    // Set when the page is loaded (the file's stamp as it is then), or stored under another name (Html).
    private static readonly string[] NotStored = ["HtmlUtf8", "FileModified", "FileLength"];

    [Fact]
    public void Every_property_a_render_gives_a_page_is_stored_by_the_cache()
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var settable = typeof(ContentPage).GetProperties(Instance)
            .Where(p => p.SetMethod is not null && p.Name != "EqualityContract")
            .Select(p => p.Name)
            .Except(NotStored);
        var stored = typeof(CachedPage).GetProperties(Instance).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        // A property added to ContentPage and not to CachedPage would come back empty from the cache: add it
        // to CachedPage (From / ToPage) and raise PageCacheFile.Format.
        var missing = settable.Where(name => !stored.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "not stored by the snapshot cache: " + string.Join(", ", missing));
    }
}
