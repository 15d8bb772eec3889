namespace FabMob.Web.Hosting;

/// <summary>
/// The moment the start is over for work that no page needs: the first response of the process has been written,
/// or <see cref="QuietPeriod"/> has passed since the host started without any request. Until then the site's two
/// cores go to loading the content, starting Kestrel and answering the first request; the first search index, the
/// compacting collection after the first build and the Data Protection key ring (editor only) wait for
/// <see cref="Reached"/> (docs/performance.md, « Ce que fait le démarrage avant la première page »).
/// </summary>
public sealed class FirstResponseSignal
{
    /// <summary>How long after the host started the signal comes when no request has come.</summary>
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromSeconds(1);

    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FirstResponseSignal(IHostApplicationLifetime lifetime) : this(lifetime, DefaultQuietPeriod)
    {
    }

    /// <param name="lifetime">The host's lifetime: the quiet period starts when it has started.</param>
    /// <param name="quietPeriod">How long after the start the signal comes without a request (tests make it long).</param>
    public FirstResponseSignal(IHostApplicationLifetime lifetime, TimeSpan quietPeriod)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        QuietPeriod = quietPeriod;
        // Machine time, not the site's clock (TimeProvider): tests hold that one still.
        lifetime.ApplicationStarted.Register(() => _ = Task.Delay(quietPeriod).ContinueWith(
            _ => _reached.TrySetResult(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default));
    }

    public TimeSpan QuietPeriod { get; }

    /// <summary>Completes once, at the first response written or at the end of the quiet period.</summary>
    public Task Reached => _reached.Task;

    public bool IsReached => _reached.Task.IsCompleted;

    /// <summary>A response has been written (the pipeline's first middleware says so after each request until the first).</summary>
    public void ResponseWritten() => _reached.TrySetResult();
}
