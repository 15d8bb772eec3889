using System.Diagnostics;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Wiki;

/// <summary>
/// Keeps <see cref="WikiCatalog"/> filled, off the request path: at start the disk cache's last good
/// answers, then the pages of <see cref="IWikiPageIds"/> asked in batches of 50, again every
/// <see cref="WikiOptions.RefreshInterval"/>, and new ids as soon as a snapshot names them. A batch
/// that fails (timeout, HTTP error, malformed or oversized answer) or a page the wiki says is missing
/// keeps its last good answer. Does nothing when <c>Site:Wiki:ApiUrl</c> is empty.
/// </summary>
internal sealed partial class WikiRefreshService(
    IOptions<SiteOptions> site,
    WikiCatalog catalog,
    IWikiPageIds pageIds,
    WikiApiClient client,
    WikiCacheFile cache,
    TimeProvider time,
    ILogger<WikiRefreshService> logger) : BackgroundService
{
    /// <summary>After a failure, the wiki is asked again after this long at most, whatever the refresh interval.</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(5);

    private readonly WikiOptions _options = site.Value.Wiki;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            LogDisabled();
            return Task.CompletedTask;
        }

        var cached = cache.Load();
        if (cached.Count > 0)
        {
            catalog.Merge(cached);
        }

        pageIds.Changed += Wake;
        return base.StartAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        pageIds.Changed -= Wake;
        return _options.Enabled ? base.StopAsync(cancellationToken) : Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var nextFull = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = time.GetUtcNow();
                var full = now >= nextFull;
                var due = pageIds.Current()
                    .Where(WikiTitle.IsValid)
                    .DistinctBy(WikiTitle.Key, StringComparer.Ordinal)
                    .Where(id => full || !_asked.Contains(WikiTitle.Key(id)))
                    .ToList();
                var succeeded = due.Count == 0 || await RefreshAsync(due, stoppingToken).ConfigureAwait(false);
                var retry = now + (_options.RefreshInterval < RetryDelay ? _options.RefreshInterval : RetryDelay);
                if (full)
                {
                    nextFull = succeeded ? now + _options.RefreshInterval : retry;
                }
                else if (!succeeded && retry < nextFull)
                {
                    nextFull = retry;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever goes wrong, the site keeps its last answers and the loop goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogUnexpected(e);
                nextFull = time.GetUtcNow() + RetryDelay;
            }

            var wait = nextFull - time.GetUtcNow();
            try
            {
                await _wake.WaitAsync(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Asks the wiki for these ids, 50 at a time; true if every batch got an answer.</summary>
    private async Task<bool> RefreshAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var answers = new List<WikiSummary>();
        var failed = 0;
        foreach (var batch in ids.Chunk(WikiApiClient.BatchSize))
        {
            foreach (var id in batch)
            {
                _asked.Add(WikiTitle.Key(id));
            }

            var sent = batch.Select(Sent).ToList();
            try
            {
                var answer = await client.FetchAsync(sent, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < batch.Length; i++)
                {
                    var page = answer.PageFor(sent[i]);
                    if (page is null || page.Missing)
                    {
                        LogMissing(batch[i]);
                    }
                    else if (page.Content is not null)
                    {
                        answers.Add(WikiPageSummary.Read(batch[i], page, _options.Root));
                    }
                }
            }
            catch (WikiAnswerException e)
            {
                failed += batch.Length;
                LogFailed(batch.Length, e.Message);
            }
        }

        if (answers.Count > 0)
        {
            catalog.Merge(answers);
            var shown = pageIds.Current().Select(WikiTitle.Key).ToHashSet(StringComparer.Ordinal);
            cache.Save(catalog.Answers.Where(a => shown.Contains(a.Key)).Select(a => a.Value));
        }

        LogRefreshed(answers.Count, ids.Count, failed, watch.ElapsedMilliseconds);
        return failed == 0;
    }

    /// <summary>The title sent for an id: as the data file writes it, percent-decoded (the wiki normalises the rest).</summary>
    private static string Sent(string id) => id.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(id) : id;

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one pass reads every new id.
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Wiki : Site:Wiki:ApiUrl est vide, pas d'enrichissement (titres tirés des identifiants)")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Information, Message = "Wiki : {Answered} pages lues sur {Asked} demandées ({Failed} en échec) en {ElapsedMs} ms")]
    private partial void LogRefreshed(int answered, int asked, int failed, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wiki : {Count} pages non lues, {Reason} ; les dernières réponses connues restent affichées")]
    private partial void LogFailed(int count, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wiki : la page « {Id} » est absente du wiki ; sa dernière réponse connue (ou son identifiant) reste affichée")]
    private partial void LogMissing(string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Wiki : erreur inattendue pendant la mise à jour ; nouvel essai dans 5 minutes")]
    private partial void LogUnexpected(Exception exception);
}
