namespace FabMob.Web.Search;

/// <summary>One page of results: the pages found there, and how many were found in all.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits)
{
    public static readonly SearchResults None = new(0, []);
}
