namespace FabMob.Content.Mounts;

/// <summary>What the files of a mounted folder are.</summary>
public enum MountKind
{
    /// <summary>Markdown files are plain pages: <c>{Target}/{path under Source}</c>.</summary>
    Pages,

    /// <summary>Markdown files are dated entries of a collection: <c>{Target}/{file name}</c>, year folders dropped.</summary>
    Collection,

    /// <summary>YAML files are data files, named by their file name without extension.</summary>
    Data,

    /// <summary>Allow-listed files (images, PDF…) are served at <c>{Target}/{path under Source}</c>.</summary>
    Files,
}

/// <summary>
/// One mount: a folder (or a single file) of the content tree, the URL prefix its files take and
/// what they are. The anchor is Hugo's module mounts: the files stay where their owners put them.
/// </summary>
/// <param name="Source">Path under the content root, <c>/</c> separators, no leading slash; empty for the root.</param>
/// <param name="Target">Site path prefix (<c>/blog</c>, <c>/</c>); for <see cref="MountKind.Data"/> unused.</param>
/// <param name="Kind">What the files are.</param>
public sealed record ContentMount(string Source, string Target, MountKind Kind)
{
    /// <summary>Only these file names (relative to <see cref="Source"/>); empty: every file.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Whether files in sub-folders belong to the mount (pages and files); a collection always takes its year folders.</summary>
    public bool Recursive { get; init; } = true;

    /// <summary>
    /// A collection's default cover, a site path with <c>{id}</c> for the file name without <c>.md</c>
    /// (<c>/contenu/articles/couvertures/{id}.jpg</c>), used when the front matter names none and the file exists.
    /// </summary>
    public string? Cover { get; init; }

    /// <summary>A single newline is a line break (as remark-breaks renders); null: the site's setting.</summary>
    public bool? HardLineBreaks { get; init; }

    /// <summary>Entries with one of these tags are left out of the collection's main list (they keep their tag list).</summary>
    public IReadOnlyList<string> ExcludeTags { get; init; } = [];
}
