using FabMob.Web.Wiki;

namespace FabMob.Web.Tests.Wiki;

/// <summary>Page ids set by the test; <see cref="Set"/> announces the change as a new snapshot would.</summary>
public sealed class FixedWikiPageIds(IEnumerable<string> ids) : IWikiPageIds
{
    private IReadOnlyCollection<string> _ids = [.. ids];

    public event Action? Changed;

    public IReadOnlyCollection<string> Current() => Volatile.Read(ref _ids);

    public void Set(IEnumerable<string> ids)
    {
        Volatile.Write(ref _ids, [.. ids]);
        Changed?.Invoke();
    }
}
