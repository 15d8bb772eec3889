using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing.History;

/// <summary>
/// Turns the <c>chemin</c> the dashboard gives (relative to the content repository, see
/// <see cref="EditableContentCatalog.RepositoryPrefix"/>) into the path the git store takes (relative to the content
/// root). The prefix is found once; a path outside it is refused (null), never guessed.
/// </summary>
public sealed class RepositoryPathMapper(IOptions<SiteOptions> site)
{
    private readonly Lazy<string> _prefix = new(() => EditableContentCatalog.RepositoryPrefix(site.Value.ContentPath));

    /// <summary>The content root's folder inside its repository (<c>content/</c>), or "".</summary>
    public string Prefix => _prefix.Value;

    /// <summary>The path relative to the content root, or null when <paramref name="repositoryPath"/> is not under it.</summary>
    public string? ToContentPath(string? repositoryPath)
    {
        if (repositoryPath is null)
        {
            return null;
        }

        if (Prefix.Length == 0)
        {
            return repositoryPath;
        }

        return repositoryPath.StartsWith(Prefix, StringComparison.Ordinal) ? repositoryPath[Prefix.Length..] : null;
    }

    /// <summary>The repository path of a content-relative path.</summary>
    public string ToRepositoryPath(string contentPath) => Prefix + contentPath;
}
