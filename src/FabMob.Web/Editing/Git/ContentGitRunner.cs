using FabMob.Web.Configuration;
using FabMob.Web.Publishing;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing.Git;

/// <summary>
/// Runs git in the content clone with the editor's settings: the configured executable and time limit, and, for
/// commits, the author (the editor) and committer (the site) in git's environment variables, so that the
/// machine needs no git identity and no option can be smuggled through a name.
/// </summary>
public sealed class ContentGitRunner(IOptions<SiteOptions> site, IOptions<ContentGitOptions> options)
{
    private readonly ContentGitOptions _options = options.Value;

    /// <summary>The content root, the working directory of every command.</summary>
    public string Root { get; } = Path.GetFullPath(site.Value.ContentPath);

    public Task<GitOutput> RunAsync(params string[] arguments) => RunAsync(null, arguments);

    public Task<GitOutput> RunAsync(EditorIdentity? author, params string[] arguments) =>
        GitCommand.RunForOutputAsync(_options.Git, Root, arguments, _options.GitTimeout, Identity(author));

    private Dictionary<string, string> Identity(EditorIdentity? author) => new(StringComparer.Ordinal)
    {
        ["GIT_AUTHOR_NAME"] = author?.Name ?? _options.CommitterName,
        ["GIT_AUTHOR_EMAIL"] = author?.Email ?? _options.CommitterEmail,
        ["GIT_COMMITTER_NAME"] = _options.CommitterName,
        ["GIT_COMMITTER_EMAIL"] = _options.CommitterEmail,
    };
}
