using System.Globalization;
using System.Runtime.CompilerServices;
using FabMob.Content;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing;

/// <summary>
/// The editor's listing of a snapshot, computed once per snapshot (the data files are listed by scanning the
/// tree through the mount table, as the snapshot builder does; the snapshot keeps their contents, not their
/// paths). Paths are relative to the content repository: the git work tree that holds the content root
/// (<c>content/blog/2021/velo.md</c> when <c>Site:ContentPath</c> is the <c>content/</c> folder of a clone), or
/// the content root itself when no <c>.git</c> is found above it.
/// </summary>
public sealed class EditableContentCatalog(ContentOptions content, IOptions<SiteOptions> site)
{
    private readonly ConditionalWeakTable<ContentSnapshot, EditableContent> _listings = [];
    private readonly Lazy<string> _prefix = new(() => RepositoryPrefix(site.Value.ContentPath));

    public EditableContent For(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return _listings.GetValue(snapshot, Build);
    }

    private EditableContent Build(ContentSnapshot snapshot)
    {
        var prefix = _prefix.Value;
        var pages = snapshot.Pages
            .Where(p => p.Collection is null)
            .Select(p => Entry(p, prefix))
            .OrderBy(e => e.RepositoryPath, StringComparer.Ordinal)
            .ToList();
        var years = snapshot.Collections.Values
            .SelectMany(entries => entries)
            .GroupBy(p => p.Date?.Year)
            .OrderByDescending(g => g.Key ?? int.MinValue)
            .Select(g => new EditableYear(
                g.Key?.ToString(CultureInfo.InvariantCulture) ?? "Sans date",
                [.. g.OrderByDescending(p => p.Date).ThenBy(p => p.SourcePath, StringComparer.Ordinal).Select(p => Entry(p, prefix))]))
            .ToList();
        var dataPages = site.Value.DataPages;
        var mounts = content.MountTable();
        var dataFiles = ContentTreeScanner.Scan(snapshot.Root, content, mounts).DataFiles
            .Select(file =>
            {
                var name = mounts.DataNameOf(file.RelativePath) ?? Path.GetFileNameWithoutExtension(file.RelativePath);
                var page = dataPages.FirstOrDefault(d => string.Equals(d.Data, name, StringComparison.Ordinal));
                return new EditableEntry(page?.Title is { Length: > 0 } title ? title : name, prefix + file.RelativePath, page?.Path, IsDraft: false);
            })
            .OrderBy(e => e.RepositoryPath, StringComparer.Ordinal)
            .ToList();
        return new EditableContent(pages, years, dataFiles);
    }

    private static EditableEntry Entry(ContentPage page, string prefix) =>
        new(page.Title, prefix + page.SourcePath, page.Url, page.IsDraft);

    /// <summary>The content root's path inside its git work tree (<c>content/</c>), or "" when it is the work tree's root or not in one.</summary>
    internal static string RepositoryPrefix(string contentPath)
    {
        var root = Path.GetFullPath(contentPath);
        for (var folder = new DirectoryInfo(root); folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                var relative = Path.GetRelativePath(folder.FullName, root).Replace('\\', '/');
                return relative == "." ? "" : relative.TrimEnd('/') + "/";
            }
        }

        return "";
    }
}
