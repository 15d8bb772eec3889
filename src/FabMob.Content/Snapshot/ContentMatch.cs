namespace FabMob.Content.Snapshot;

/// <summary>What a request path leads to in a snapshot.</summary>
public abstract record ContentMatch
{
    public sealed record Page(ContentPage Content) : ContentMatch;

    /// <summary>A permanent redirect to the canonical site path (not encoded).</summary>
    public sealed record Redirect(string Location) : ContentMatch;

    /// <summary>A non-page file of the content tree (full path on disk).</summary>
    public sealed record Asset(string PhysicalPath) : ContentMatch;

    public sealed record NotFound : ContentMatch
    {
        public static readonly NotFound Instance = new();
    }
}
