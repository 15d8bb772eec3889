namespace FabMob.Web.Search;

/// <summary>Use of one index by one request: the index stays open until every lease on it is disposed.</summary>
public sealed class SearchIndexLease : IDisposable
{
    private SearchIndex? _index;

    internal SearchIndexLease(SearchIndex index) => _index = index;

    public SearchIndex Index => _index ?? throw new ObjectDisposedException(nameof(SearchIndexLease));

    public void Dispose() => Interlocked.Exchange(ref _index, null)?.Release();
}
