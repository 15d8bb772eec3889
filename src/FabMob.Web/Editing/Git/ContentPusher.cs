using FabMob.Web.Publishing;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing.Git;

/// <summary>
/// Sends the content clone's new commits to its remote, rebase-free. When the remote refuses because it moved:
/// fetch; if the clone is behind, fast-forward; if the remote only lacks our commits, push again; if both moved,
/// merge the remote's commits only when git merges them without conflict (a merge commit by the site, nothing
/// rewritten) and push; otherwise abort the merge and keep the local commit, saying so in French. Nothing is
/// ever lost or forced. Called under the <see cref="ContentRepositoryLock"/>.
/// </summary>
public sealed partial class ContentPusher(ContentGitRunner git, IOptions<ContentGitOptions> options, ILogger<ContentPusher> logger)
{
    private readonly ContentGitOptions _options = options.Value;

    public async Task<PushReport> PushAsync()
    {
        if (!_options.Push)
        {
            return new PushReport(PushOutcome.Disabled, "Enregistré dans le dépôt du site ; l'envoi vers le dépôt distant est désactivé.");
        }

        var branch = await git.RunAsync("symbolic-ref", "--quiet", "--short", "HEAD").ConfigureAwait(false);
        if (!branch.Succeeded || branch.Text.Length == 0)
        {
            return new PushReport(PushOutcome.NotConfigured, "Enregistré dans le dépôt du site ; il n'est sur aucune branche, rien n'a été envoyé.");
        }

        var remote = _options.Remote;
        if (remote.Length == 0)
        {
            var upstream = await git.RunAsync("config", "--get", $"branch.{branch.Text}.remote").ConfigureAwait(false);
            remote = upstream.Succeeded ? upstream.Text : "";
        }

        if (remote.Length == 0 || remote == ".")
        {
            return new PushReport(PushOutcome.NotConfigured, "Enregistré dans le dépôt du site (aucun dépôt distant n'est configuré).");
        }

        var merge = await git.RunAsync("config", "--get", $"branch.{branch.Text}.merge").ConfigureAwait(false);
        var target = merge.Succeeded && merge.Text.StartsWith("refs/heads/", StringComparison.Ordinal) ? merge.Text : $"refs/heads/{branch.Text}";

        var push = await PushOnceAsync(remote, target).ConfigureAwait(false);
        if (push.Succeeded)
        {
            return Published("Publié.");
        }

        if (!IsRejectedBecauseRemoteMoved(push))
        {
            return KeptLocally(push, "push");
        }

        return await RecoverAsync(remote, target).ConfigureAwait(false);
    }

    private async Task<PushReport> RecoverAsync(string remote, string target)
    {
        var fetch = await git.RunAsync("fetch", "--quiet", "--no-tags", remote, target).ConfigureAwait(false);
        if (!fetch.Succeeded)
        {
            return KeptLocally(fetch, "fetch");
        }

        if ((await git.RunAsync("merge-base", "--is-ancestor", "HEAD", "FETCH_HEAD").ConfigureAwait(false)).Succeeded)
        {
            // The remote already holds our commit and more: catch up.
            var forward = await git.RunAsync("merge", "--ff-only", "--quiet", "FETCH_HEAD").ConfigureAwait(false);
            return forward.Succeeded ? Published("Publié.") : KeptLocally(forward, "merge --ff-only");
        }

        if (!(await git.RunAsync("merge-base", "--is-ancestor", "FETCH_HEAD", "HEAD").ConfigureAwait(false)).Succeeded)
        {
            // Both moved: take the remote's commits in only if git merges them cleanly.
            var merged = await git.RunAsync("merge", "--no-edit", "--no-ff", "--quiet", "-m",
                $"Fusion des modifications arrivées entre-temps sur {remote}", "FETCH_HEAD").ConfigureAwait(false);
            if (!merged.Succeeded)
            {
                await git.RunAsync("merge", "--abort").ConfigureAwait(false);
                LogDiverged(remote, CredentialRedactor.Redact(Short(merged)));
                var head = await git.RunAsync("rev-parse", "--short", "HEAD").ConfigureAwait(false);
                return new PushReport(PushOutcome.KeptLocally,
                    "Enregistré localement, l'envoi a échoué : le dépôt distant a reçu entre-temps d'autres modifications des mêmes lignes. "
                    + $"Votre modification est gardée dans le dépôt du site (commit {head.Text}) ; rien n'est perdu, "
                    + "une personne de l'administration doit réunir les deux versions.");
            }
        }

        var again = await PushOnceAsync(remote, target).ConfigureAwait(false);
        return again.Succeeded
            ? Published("Publié, avec les modifications arrivées entre-temps sur le dépôt distant.")
            : KeptLocally(again, "push");
    }

    private Task<GitOutput> PushOnceAsync(string remote, string target) =>
        git.RunAsync("push", "--porcelain", remote, $"HEAD:{target}");

    private static bool IsRejectedBecauseRemoteMoved(GitOutput push)
    {
        var text = push.Text + "\n" + push.Error;
        return push.Status == GitRunStatus.Exited
            && (text.Contains("[rejected]", StringComparison.Ordinal) || text.Contains("non-fast-forward", StringComparison.Ordinal)
                || text.Contains("fetch first", StringComparison.Ordinal));
    }

    private PushReport Published(string message)
    {
        LogPublished();
        return new PushReport(PushOutcome.Published, message);
    }

    private PushReport KeptLocally(GitOutput run, string command)
    {
        var reason = CredentialRedactor.Redact(Short(run));
        LogFailed(command, run.Status, run.ExitCode, reason);
        var why = run.Status switch
        {
            GitRunStatus.TimedOut => "le dépôt distant n'a pas répondu à temps",
            GitRunStatus.NotStarted => "git n'a pas pu être lancé",
            _ when reason.Contains("Authentication", StringComparison.OrdinalIgnoreCase)
                || reason.Contains("Permission denied", StringComparison.OrdinalIgnoreCase)
                || reason.Contains("could not read Username", StringComparison.OrdinalIgnoreCase) => "le dépôt distant a refusé l'accès (identifiants du site)",
            _ when reason.Contains("Could not resolve host", StringComparison.OrdinalIgnoreCase)
                || reason.Contains("unable to access", StringComparison.OrdinalIgnoreCase)
                || reason.Contains("does not appear to be a git repository", StringComparison.OrdinalIgnoreCase) => "le dépôt distant est injoignable",
            _ => "git a refusé l'envoi",
        };
        return new PushReport(PushOutcome.KeptLocally,
            $"Enregistré localement, l'envoi a échoué : {why}. Votre modification est gardée dans le dépôt du site ; rien n'est perdu, elle partira avec le prochain envoi réussi.");
    }

    private static string Short(GitOutput run)
    {
        var text = (run.Error + "\n" + run.Text).Trim();
        return text.Length > 600 ? text[..600] + "…" : text;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Édition : commit envoyé au dépôt distant")]
    private partial void LogPublished();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Édition : git {Command} a échoué ({Status}, code {ExitCode}) : {Output}")]
    private partial void LogFailed(string command, GitRunStatus status, int exitCode, string output);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Édition : le dépôt du site et {Remote} ont divergé sur les mêmes lignes ; commit gardé localement : {Output}")]
    private partial void LogDiverged(string remote, string output);
}
