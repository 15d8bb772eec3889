using FabMob.Content;

namespace FabMob.Web.Configuration;

/// <summary>
/// Reads <c>site.yaml</c> from the content path the other sources name. The content path may be set
/// by a source added after this one (a test's in-memory settings, the command line), so the file is
/// read on first use of a <c>Site</c> key and read again whenever the content path has changed.
/// </summary>
internal sealed class SiteFileConfigurationProvider(IConfigurationRoot root) : ConfigurationProvider
{
    private static readonly string ContentPathKey = $"{SiteOptions.Section}:{nameof(SiteOptions.ContentPath)}";
    private readonly Lock _gate = new();
    private string? _loadedFrom;
    private bool _loading;

    public SiteConfigurationFile File { get; private set; } = new(null, new Dictionary<string, string?>(), null);

    public override void Load()
    {
        // Read lazily (see the class summary): the content path is not known yet when sources are built.
    }

    public override bool TryGet(string key, out string? value)
    {
        if (IsSiteKey(key))
        {
            Refresh();
        }

        return base.TryGet(key, out value);
    }

    public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
    {
        if (parentPath is null || IsSiteKey(parentPath))
        {
            Refresh();
        }

        return base.GetChildKeys(earlierKeys, parentPath);
    }

    private static bool IsSiteKey(string key) =>
        key.StartsWith(SiteOptions.Section, StringComparison.OrdinalIgnoreCase) &&
        (key.Length == SiteOptions.Section.Length || key[SiteOptions.Section.Length] == ':') &&
        !string.Equals(key, ContentPathKey, StringComparison.OrdinalIgnoreCase);

    private void Refresh()
    {
        lock (_gate)
        {
            if (_loading)
            {
                return;
            }

            _loading = true;
            try
            {
                var contentPath = ContentPath();
                if (contentPath == _loadedFrom)
                {
                    return;
                }

                _loadedFrom = contentPath;
                File = Directory.Exists(contentPath)
                    ? SiteConfiguration.Read(contentPath, SiteOptions.Section)
                    : new SiteConfigurationFile(null, new Dictionary<string, string?>(), null);
                // The file cannot move the content tree it lives in.
                Data = new Dictionary<string, string?>(File.Values.Where(v => !string.Equals(v.Key, ContentPathKey, StringComparison.OrdinalIgnoreCase)),
                    StringComparer.OrdinalIgnoreCase);
            }
            finally
            {
                _loading = false;
            }
        }
    }

    /// <summary>The content path the other sources give (the last one that sets it wins), else the default.</summary>
    private string ContentPath()
    {
        foreach (var provider in root.Providers.Reverse())
        {
            if (!ReferenceEquals(provider, this) && provider.TryGet(ContentPathKey, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return Path.GetFullPath(value);
            }
        }

        return RepositoryLayout.DefaultContentPath();
    }
}
