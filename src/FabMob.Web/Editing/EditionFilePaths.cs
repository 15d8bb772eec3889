using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing;

/// <summary>
/// Maps the repository paths the dashboard links to (<c>content/blog/2015/genese.md</c>, see
/// <see cref="EditableContentCatalog"/>) to paths under the content root, as the git store and the snapshot take
/// them, and back. The prefix is found once.
/// </summary>
public sealed class EditionFilePaths(IOptions<SiteOptions> site)
{
    private readonly Lazy<string> _prefix = new(() => EditableContentCatalog.RepositoryPrefix(site.Value.ContentPath));

    public string ContentRoot { get; } = Path.GetFullPath(site.Value.ContentPath);

    /// <summary>The content root's folder inside its repository (<c>content/</c>), or "" when the root is the clone.</summary>
    public string Prefix => _prefix.Value;

    /// <summary>The path under the content root, or null when the repository path is not under it.</summary>
    public string? ToContent(string? repositoryPath)
    {
        if (string.IsNullOrEmpty(repositoryPath))
        {
            return null;
        }

        var prefix = _prefix.Value;
        return repositoryPath.StartsWith(prefix, StringComparison.Ordinal) && repositoryPath.Length > prefix.Length
            ? repositoryPath[prefix.Length..]
            : null;
    }

    public string ToRepository(string contentPath) => _prefix.Value + contentPath;

    /// <summary>Whether a path under the content root names an existing file (no path from a browser comes here unchecked).</summary>
    public bool Exists(string contentPath) => File.Exists(Path.Combine(ContentRoot, contentPath));

    public string EditAddress(string contentPath, string? outcome = null) =>
        $"{EditionViews.FilePath}?{EditionViews.FileQuery}={Uri.EscapeDataString(ToRepository(contentPath))}"
        + (outcome is null ? "" : $"&{EditionViews.OutcomeQuery}={Uri.EscapeDataString(outcome)}");
}
