using System.Threading.Channels;

namespace FabMob.Web.Caching;

/// <summary>
/// Recompresses cached responses at the best Brotli and gzip levels, one at a time in the background: a
/// request is answered at once with the fast copies, and later ones get the smallest bytes when they are
/// ready. One worker: on two cores, the best level (about 1 MB/s for Brotli 11) must not take the
/// processor from the requests. A response of a generation that has passed is skipped.
/// </summary>
public sealed partial class BestCompressionWorker(ResponseCacheStore store, ILogger<BestCompressionWorker> logger) : BackgroundService
{
    private readonly Channel<(string Generation, string Key, CachedResponse Response)> _pending =
        Channel.CreateUnbounded<(string, string, CachedResponse)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a fast-compressed response for the best levels.</summary>
    public void Enqueue(string generation, string key, CachedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Brotli is not null || response.Gzip is not null)
        {
            _pending.Writer.TryWrite((generation, key, response));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start: the first await yields before any compression runs.
        await Task.Yield();
        try
        {
            await foreach (var (generation, key, response) in _pending.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                if (!store.IsCurrent(generation))
                {
                    continue;
                }

                try
                {
                    var (brotli, gzip) = BodyCompressor.Best(response.Identity);
                    store.Replace(generation, key, response, response with
                    {
                        Brotli = Smaller(brotli, response.Brotli),
                        Gzip = Smaller(gzip, response.Gzip),
                        BestCompression = true,
                    });
                }
#pragma warning disable CA1031 // A failed recompression leaves the fast copies in place; the site keeps serving.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    LogFailed(logger, e, key);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static byte[]? Smaller(byte[]? best, byte[]? fast) =>
        best is null ? fast : fast is null || best.Length <= fast.Length ? best : fast;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recompression de {Key} impossible : la copie rapide reste servie")]
    private static partial void LogFailed(ILogger logger, Exception exception, string key);
}
