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

    /// <summary>Whether <paramref name="generation"/> is the one kept (a later one drops its responses).</summary>
    public bool IsCurrent(string generation) => Volatile.Read(ref _current).Key == generation;

    /// <summary>
    /// Puts <paramref name="better"/> in place of <paramref name="old"/> (the same response, compressed
    /// smaller) if the generation is still current and the entry is still <paramref name="old"/>.
    /// </summary>
    public bool Replace(string generation, string key, CachedResponse old, CachedResponse better)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(better);
        var current = Volatile.Read(ref _current);
        if (current.Key != generation || !current.Entries.TryUpdate(key, better, old))
        {
            return false;
        }

        Interlocked.Add(ref _bytes, better.Size - old.Size);
        return true;
    }

    public bool Add(string generation, string key, CachedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
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
                return false;
            }
        }

        if (Interlocked.Add(ref _bytes, response.Size) > MaxBytes)
        {
            Interlocked.Add(ref _bytes, -response.Size);
            return false;
        }

        if (!current.Entries.TryAdd(key, response))
        {
            Interlocked.Add(ref _bytes, -response.Size);
            return false;
        }

        return true;
    }

    private sealed record Generation(string Key, ConcurrentDictionary<string, CachedResponse> Entries);
}
