namespace FabMob.Content.Snapshot;

/// <summary>
/// Entries newest first (drafts and scheduled included) and the part of them the public sees at a
/// given moment. What is public changes only when a dated entry's time comes, so the filtered list
/// is computed once per such moment and reused by every request until the next one: listing and
/// locating an entry cost no scan of the whole collection on the request path.
/// </summary>
public sealed class EntryList
{
    private readonly long[] _dates;
    private Memo? _memo;

    public EntryList(IEnumerable<ContentPage> entries)
    {
        All = NewestFirst.Sort(entries);
        // A plain loop and an array sort: LINQ over dates (value types) is not precompiled.
        var dates = new List<long>(All.Count);
        foreach (var page in All)
        {
            if (page.Collection is not null && page.Date is { } date)
            {
                dates.Add(date.UtcTicks);
            }
        }

        _dates = [.. dates];
        Array.Sort(_dates);
    }

    /// <summary>Every entry, newest first.</summary>
    public IReadOnlyList<ContentPage> All { get; }

    /// <summary>The entries the public sees at <paramref name="now"/>, newest first.</summary>
    public IReadOnlyList<ContentPage> At(DateTimeOffset now)
    {
        var key = DatedAt(now);
        var memo = Volatile.Read(ref _memo);
        if (memo is null || memo.Key != key)
        {
            List<ContentPage> visible = [.. All.Where(p => p.IsPublishedAt(now))];
            memo = new Memo(key, visible.Count == All.Count ? All : visible);
            Volatile.Write(ref _memo, memo);
        }

        return memo.Entries;
    }

    /// <summary>How many dated entries have their date at or before <paramref name="now"/> (what public changes with).</summary>
    public int DatedAt(DateTimeOffset now) => CountAtOrBefore(_dates, now);

    /// <summary>The position of <paramref name="page"/> in <paramref name="entries"/> (a list from this one), or -1.</summary>
    public static int IndexOf(IReadOnlyList<ContentPage> entries, ContentPage page)
    {
        int low = 0, high = entries.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = NewestFirst.Instance.Compare(entries[middle], page);
            if (order == 0)
            {
                return ReferenceEquals(entries[middle], page) ? middle : -1;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    /// <summary>How many of the ascending <paramref name="dates"/> are at or before <paramref name="now"/>.</summary>
    private static int CountAtOrBefore(long[] dates, DateTimeOffset now)
    {
        var index = Array.BinarySearch(dates, now.UtcTicks);
        if (index < 0)
        {
            return ~index;
        }

        while (index < dates.Length - 1 && dates[index + 1] == now.UtcTicks)
        {
            index++;
        }

        return index + 1;
    }

    private sealed record Memo(int Key, IReadOnlyList<ContentPage> Entries);
}
