namespace FabMob.Content.Snapshot;

/// <summary>Orders entries newest first; undated entries last, then by source path.</summary>
public sealed class NewestFirst : IComparer<ContentPage>
{
    public static readonly NewestFirst Instance = new();

    /// <summary>
    /// <paramref name="pages"/> in this order, sorted on keys read once per page (a comparer reads
    /// each page's date at every comparison); already ordered input is only checked.
    /// </summary>
    public static List<ContentPage> Sort(IEnumerable<ContentPage> pages)
    {
        var list = pages.ToList();
        for (var i = 1; i < list.Count; i++)
        {
            if (Instance.Compare(list[i - 1], list[i]) > 0)
            {
                return [.. list
                    .OrderByDescending(p => (p.Date ?? DateTimeOffset.MinValue).UtcTicks)
                    .ThenBy(p => p.SourcePath, StringComparer.Ordinal)];
            }
        }

        return list;
    }

    public int Compare(ContentPage? x, ContentPage? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byDate = (y.Date ?? DateTimeOffset.MinValue).CompareTo(x.Date ?? DateTimeOffset.MinValue);
        return byDate != 0 ? byDate : string.CompareOrdinal(x.SourcePath, y.SourcePath);
    }
}
