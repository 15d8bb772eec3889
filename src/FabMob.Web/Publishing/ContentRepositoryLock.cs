namespace FabMob.Web.Publishing;

/// <summary>
/// One writer at a time in the content clone: the webhook's pull (<see cref="ContentPuller"/>) and the
/// browser editor's saves, reverts and pushes take this one lock, so a pull never runs between an editor's
/// write and its commit, and two git commands never fight over the clone's index.
/// </summary>
public sealed class ContentRepositoryLock : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>Waits for the clone; dispose the result to hand it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
