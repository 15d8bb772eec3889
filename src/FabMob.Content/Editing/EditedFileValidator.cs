using FabMob.Content.Checking;
using FabMob.Content.Snapshot;

namespace FabMob.Content.Editing;

/// <summary>
/// Runs the checks <c>check</c> runs (<see cref="ContentChecker"/>) on one page's edited text before it is
/// saved: the tree is built as if the file held that text (the current snapshot's pages are reused, only
/// the edited one is parsed), then the findings about that file are returned, located, in French.
/// </summary>
public sealed class EditedFileValidator
{
    private readonly ContentSnapshotBuilder _builder;
    private readonly ContentChecker _checker;

    /// <param name="options">How the tree is read (the site's own options).</param>
    /// <param name="siteAddress">The site's public address, to recognise links to the site itself.</param>
    public EditedFileValidator(ContentOptions options, Uri? siteAddress = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _builder = new ContentSnapshotBuilder(options, time);
        _checker = new ContentChecker(options, siteAddress);
    }

    /// <summary>The findings about <paramref name="sourcePath"/> if it held <paramref name="text"/>.</summary>
    /// <param name="root">The content root.</param>
    /// <param name="sourcePath">The page's path under the root (a new page too).</param>
    /// <param name="current">The site's current snapshot, whose unchanged pages are reused; null builds all.</param>
    /// <param name="sitePathExists">
    /// Whether a site path leads somewhere, as <c>check</c> is told (the application's own addresses
    /// included); by default, what the snapshot built with the edited text answers.
    /// </param>
    public IReadOnlyList<ContentError> Validate(string root, string sourcePath, string text, ContentSnapshot? current,
        Func<string, bool>? sitePathExists = null)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(text);
        var path = Addresses.ContentUrlRules.Normalize(sourcePath);
        var snapshot = _builder.Build(root, current, new Dictionary<string, string>(StringComparer.Ordinal) { [path] = text });
        var exists = sitePathExists ?? (address => snapshot.Match(address) is not ContentMatch.NotFound);
        return [.. _checker.Check(snapshot, exists).Findings.Where(f => f.File == path)];
    }
}
