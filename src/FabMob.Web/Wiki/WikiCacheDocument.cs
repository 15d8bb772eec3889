namespace FabMob.Web.Wiki;

/// <summary>The disk cache's JSON: which wiki answered, when it was written, and the last good answers.</summary>
internal sealed record WikiCacheDocument(int Version, string ApiUrl, DateTimeOffset SavedAt, IReadOnlyList<WikiSummary> Pages)
{
    public const int CurrentVersion = 1;
}
