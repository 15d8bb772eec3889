namespace FabMob.Content;

/// <summary>Orders entries newest first; undated entries last, then by source path.</summary>
public sealed class NewestFirst : IComparer<ContentPage>
{
    public static readonly NewestFirst Instance = new();

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
