using FabMob.Web.Configuration;
using FabMob.Web.Content;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Publishing;

/// <summary>
/// Brings the content clone up to date with <c>git pull --ff-only</c>, one pull at a time, then
/// rebuilds the snapshot at once so that the page is online when the webhook gets its answer
/// (the file watcher would also see the change, but a little later, and not at all on file systems
/// that send no change events). One pull at a time, under the <see cref="ContentRepositoryLock"/> the editor shares.
/// </summary>
public sealed partial class ContentPuller
{
    private readonly ContentRepositoryLock _oneAtATime;
    private readonly ContentSnapshotHost _content;
    private readonly ILogger<ContentPuller> _logger;
    private readonly string _root;
    private readonly string _git;
    private readonly TimeSpan _timeout;

    public ContentPuller(ContentSnapshotHost content, IOptions<SiteOptions> site, IOptions<PublishOptions> publish, ContentRepositoryLock repositoryLock,
        ILogger<ContentPuller> logger)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(publish);
        _content = content;
        _oneAtATime = repositoryLock;
        _logger = logger;
        _root = site.Value.ContentPath;
        _git = publish.Value.Git;
        _timeout = TimeSpan.FromSeconds(publish.Value.GitTimeoutSeconds);
    }

    /// <summary>Pulls and rebuilds; waits for a pull already running to end first.</summary>
    public async Task<PullResult> PullAsync(string delivery, CancellationToken cancellationToken)
    {
        // The lock is shared with the browser editor (Editing/Git): a pull never lands between its write and its commit.
        using (await _oneAtATime.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            LogPullStarted(delivery, _root);
            var result = await PullAndRebuildAsync().ConfigureAwait(false);
            LogPullEnded(delivery, result.Outcome);
            return result;
        }
    }

    private async Task<PullResult> PullAndRebuildAsync()
    {
        var before = await HeadAsync().ConfigureAwait(false);
        if (!before.Succeeded)
        {
            LogGitFailed("rev-parse HEAD", before.Status, before.ExitCode, before.Output);
            return new PullResult(Classify(before));
        }

        var pull = await GitAsync("pull", "--ff-only").ConfigureAwait(false);
        if (!pull.Succeeded)
        {
            LogGitFailed("pull --ff-only", pull.Status, pull.ExitCode, pull.Output);
            return new PullResult(Classify(pull), Short(before.Output));
        }

        LogGitOutput(pull.Output);
        var after = await HeadAsync().ConfigureAwait(false);
        var snapshot = await _content.RebuildAsync().ConfigureAwait(false);
        var updated = !after.Succeeded || after.Output != before.Output;
        return new PullResult(updated ? PullOutcome.Updated : PullOutcome.UpToDate,
            Short(before.Output), after.Succeeded ? Short(after.Output) : null, snapshot.Version, snapshot.ErrorCount);
    }

    private Task<GitRun> HeadAsync() => GitAsync("rev-parse", "HEAD");

    private Task<GitRun> GitAsync(params string[] arguments) => GitCommand.RunAsync(_git, _root, arguments, _timeout);

    private static PullOutcome Classify(GitRun run) => run.Status switch
    {
        GitRunStatus.TimedOut => PullOutcome.TimedOut,
        GitRunStatus.NotStarted => PullOutcome.Failed,
        _ when run.Output.Contains("Not possible to fast-forward", StringComparison.Ordinal)
            || run.Output.Contains("would be overwritten by merge", StringComparison.Ordinal)
            || run.Output.Contains("untracked working tree files would be overwritten", StringComparison.Ordinal) => PullOutcome.Conflict,
        _ => PullOutcome.Failed,
    };

    private static string Short(string commit) => commit.Trim() is { Length: > 12 } full ? full[..12] : commit.Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "Publication {Delivery} : git pull --ff-only dans {Root}")]
    private partial void LogPullStarted(string delivery, string root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Publication {Delivery} terminée : {Outcome}")]
    private partial void LogPullEnded(string delivery, PullOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "git pull : {Output}")]
    private partial void LogGitOutput(string output);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publication : git {Command} a échoué ({Status}, code {ExitCode}) : {Output}")]
    private partial void LogGitFailed(string command, GitRunStatus status, int exitCode, string output);
}
