using System.Collections.Concurrent;

namespace FabMob.Web.Caching;

/// <summary>
/// The responses of one generation (a snapshot version and a publication moment): a new generation
/// starts empty and the old one is dropped whole, so no response outlives the content it was made from.
/// Bounded in bytes: past the budget, responses are served but no longer kept.
/// </summary>
public sealed class ResponseCacheStore
{
    /// <summary>The most bytes kept (identity and compressed copies together).</summary>
    public const long MaxBytes = 96L * 1024 * 1024;

    private Generation _current = new("", new ConcurrentDictionary<string, CachedResponse>(StringComparer.Ordinal));
    private long _bytes;

    public int Count => _current.Entries.Count;

    public bool TryGet(string generation, string key, out CachedResponse? response)
    {
        var current = Volatile.Read(ref _current);
        response = null;
        return current.Key == generation && current.Entries.TryGetValue(key, out response);
    }

    public void Add(string generation, string key, CachedResponse response)
    {
        var current = Volatile.Read(ref _current);
        if (current.Key != generation)
        {
            var fresh = new Generation(generation, new ConcurrentDictionary<string, CachedResponse>(StringComparer.Ordinal));
            if (Interlocked.CompareExchange(ref _current, fresh, current) == current)
            {
                Interlocked.Exchange(ref _bytes, 0);
            }

            current = Volatile.Read(ref _current);
            if (current.Key != generation)
            {
                return;
            }
        }

        if (Interlocked.Add(ref _bytes, response.Size) > MaxBytes)
        {
            Interlocked.Add(ref _bytes, -response.Size);
            return;
        }

        if (!current.Entries.TryAdd(key, response))
        {
            Interlocked.Add(ref _bytes, -response.Size);
        }
    }

    private sealed record Generation(string Key, ConcurrentDictionary<string, CachedResponse> Entries);
}
