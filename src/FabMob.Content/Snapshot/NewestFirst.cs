namespace FabMob.Content.Snapshot;

/// <summary>Orders entries newest first; undated entries last, then by source path.</summary>
public sealed class NewestFirst : IComparer<ContentPage>
{
    public static readonly NewestFirst Instance = new();

    /// <summary>
    /// <paramref name="pages"/> in this order; already ordered input is only checked. Sorted in place by this comparer
    /// (paths are unique, so the unstable sort gives one order): the framework's sort of references is precompiled,
    /// where LINQ's ordering on a <see cref="long"/> key was compiled at each start and compared 10,000 pages as
    /// first-tier JIT code.
    /// </summary>
    public static List<ContentPage> Sort(IEnumerable<ContentPage> pages)
    {
        var list = pages.ToList();
        for (var i = 1; i < list.Count; i++)
        {
            if (Instance.Compare(list[i - 1], list[i]) > 0)
            {
                list.Sort(Instance);
                break;
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
