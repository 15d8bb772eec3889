using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Content;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Wiki;

/// <summary>
/// The wiki page ids of the current content snapshot: in the data files of the <c>Site:DataPages</c>
/// whose view is <c>communs</c> or <c>publications</c>, the string items of a list
/// (<c>- Mon_Compte_Mobilité</c>) and the <c>id_wiki</c> of its entries. Computed once per snapshot,
/// when <see cref="ContentSnapshotHost"/> announces it.
/// </summary>
internal sealed class ContentWikiPageIds : IWikiPageIds, IDisposable
{
    private static readonly string[] WikiViews = ["communs", "publications"];
    private static readonly string[] IdKeys = ["id_wiki", "idwiki", "wiki"];

    private readonly ContentSnapshotHost _host;
    private readonly IReadOnlyList<string> _dataFiles;
    private Computed? _current;

    public ContentWikiPageIds(ContentSnapshotHost host, IOptions<SiteOptions> site)
    {
        _host = host;
        _dataFiles = site.Value.DataPages
            .Where(page => WikiViews.Contains(page.View.Trim(), StringComparer.OrdinalIgnoreCase))
            .Select(page => page.Data)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        _host.SnapshotChanged += OnSnapshot;
    }

    public event Action? Changed;

    public IReadOnlyCollection<string> Current()
    {
        ContentSnapshot snapshot;
        try
        {
            snapshot = _host.Current;
        }
        catch (InvalidOperationException)
        {
            return []; // not loaded yet: the first snapshot will announce itself
        }

        return For(snapshot);
    }

    private IReadOnlyCollection<string> For(ContentSnapshot snapshot)
    {
        var cached = Volatile.Read(ref _current);
        if (cached is not null && ReferenceEquals(cached.Snapshot, snapshot))
        {
            return cached.Ids;
        }

        var ids = Read(snapshot.Data, _dataFiles);
        Volatile.Write(ref _current, new Computed(snapshot, ids));
        return ids;
    }

    /// <summary>
    /// Computes the new snapshot's ids and always announces them: a reader may already have seen them
    /// through <see cref="Current"/> (the snapshot is swapped before this event), so comparing with the
    /// last computed set could miss a change. A wake-up with nothing new costs the service no request.
    /// </summary>
    private void OnSnapshot(ContentSnapshot snapshot)
    {
        For(snapshot);
        Changed?.Invoke();
    }

    /// <summary>The ids named by these data files, in order of appearance, each once.</summary>
    public static IReadOnlyCollection<string> Read(IReadOnlyDictionary<string, object?> data, IEnumerable<string> files)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!data.TryGetValue(file, out var value) || value is not IEnumerable<object?> items || value is string)
            {
                continue;
            }

            foreach (var item in items)
            {
                var id = item switch
                {
                    string text => text,
                    IReadOnlyDictionary<string, object?> entry => IdOf(entry),
                    _ => null,
                };
                if (id?.Trim() is { Length: > 0 } trimmed && seen.Add(trimmed))
                {
                    ids.Add(trimmed);
                }
            }
        }

        return ids;
    }

    private static string? IdOf(IReadOnlyDictionary<string, object?> entry)
    {
        foreach (var key in IdKeys)
        {
            foreach (var (name, value) in entry)
            {
                if (string.Equals(name.Trim(), key, StringComparison.OrdinalIgnoreCase) && value is string id)
                {
                    return id;
                }
            }
        }

        return null;
    }

    public void Dispose() => _host.SnapshotChanged -= OnSnapshot;

    /// <summary>The ids of one snapshot.</summary>
    private sealed record Computed(ContentSnapshot Snapshot, IReadOnlyCollection<string> Ids);
}
