using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FabMob.Web.Publishing;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing.Git;

/// <summary>
/// The browser editor's file store over the content clone: read a file with its blob id, save text, add a picture,
/// list a file's history, revert a commit. Every path goes through <see cref="RepositoryPathGuard"/>; every write
/// is atomic (temporary file, then rename), committed with the editor as author, then pushed
/// (<see cref="ContentPusher"/>), under the <see cref="ContentRepositoryLock"/> shared with the webhook's pull.
/// A write whose commit fails is undone. The running site picks the change up through its file watcher.
/// </summary>
public sealed partial class ContentGitStore(ContentGitRunner git, ContentPusher pusher, ContentRepositoryLock repositoryLock,
    IOptions<ContentGitOptions> options, ILogger<ContentGitStore> logger)
{
    public const int MaxHistory = 200;

    private readonly RepositoryPathGuard _guard = new(git.Root);
    private readonly ContentGitOptions _options = options.Value;

    public RepositoryPathGuard Guard => _guard;

    /// <summary>Reads a text file (or a picture) and the git blob id of the working file.</summary>
    public async Task<ContentFileRead> ReadAsync(string? path, EditableFileKinds kinds = EditableFileKinds.Text)
    {
        var check = _guard.Check(path, kinds);
        if (check.Path is not { } file)
        {
            return new ContentFileRead(ContentFileReadStatus.Refused, check.Refusal!, [], null);
        }

        var info = new FileInfo(file.FullPath);
        if (!info.Exists)
        {
            return new ContentFileRead(ContentFileReadStatus.NotFound, $"Le fichier {file.Relative} n'existe pas.", [], null);
        }

        if (info.Length > _options.MaxFileBytes)
        {
            return new ContentFileRead(ContentFileReadStatus.TooLarge,
                $"Le fichier {file.Relative} dépasse {_options.MaxFileBytes} octets : il ne s'ouvre pas dans l'éditeur.", [], null);
        }

        var bytes = await File.ReadAllBytesAsync(file.FullPath).ConfigureAwait(false);
        var blob = await BlobAsync(file).ConfigureAwait(false);
        return new ContentFileRead(ContentFileReadStatus.Found, "", bytes, blob);
    }

    /// <summary>
    /// Saves a Markdown or YAML file. <paramref name="expectedBlob"/> is the blob the form was opened on; null creates
    /// a new file, which must not exist yet. Commit message: <c>Modification de …</c> or <c>Création de …</c>.
    /// </summary>
    public Task<ContentSaveResult> SaveTextAsync(string? path, string text, string? expectedBlob, EditorIdentity editor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var check = _guard.Check(path, EditableFileKinds.Text);
        if (check.Path is not { } file)
        {
            return Task.FromResult(new ContentSaveResult(ContentSaveStatus.Refused, check.Refusal!));
        }

        var creating = expectedBlob is null;
        var message = creating ? $"Création de {file.Relative}" : $"Modification de {file.Relative}";
        return WriteAndCommitAsync(file, Encoding.UTF8.GetBytes(text), expectedBlob, editor, message, cancellationToken);
    }

    /// <summary>Adds an uploaded picture; a taken name is <see cref="ContentSaveStatus.AlreadyExists"/>, never an overwrite.</summary>
    public Task<ContentSaveResult> AddPictureAsync(string? path, ReadOnlyMemory<byte> bytes, EditorIdentity editor,
        CancellationToken cancellationToken)
    {
        var check = _guard.Check(path, EditableFileKinds.Picture);
        if (check.Path is not { } file)
        {
            return Task.FromResult(new ContentSaveResult(ContentSaveStatus.Refused, check.Refusal!));
        }

        return WriteAndCommitAsync(file, bytes.ToArray(), null, editor, $"Ajout de l'image {file.Relative}", cancellationToken);
    }

    /// <summary>The <paramref name="count"/> most recent commits touching the file (renames followed), newest first.</summary>
    public async Task<FileHistory> HistoryAsync(string? path, int count = 20)
    {
        var check = _guard.Check(path, EditableFileKinds.Any);
        if (check.Path is not { } file)
        {
            return new FileHistory([], check.Refusal);
        }

        var log = await git.RunAsync("log", "--follow", "-z", $"-n{Math.Clamp(count, 1, MaxHistory)}",
            "--format=%H%x00%an%x00%ae%x00%aI%x00%s", "--", file.Relative).ConfigureAwait(false);
        if (!log.Succeeded)
        {
            LogGitFailed("log", log.Status, log.ExitCode, CredentialRedactor.Redact(log.Error));
            return new FileHistory([]);
        }

        var fields = Encoding.UTF8.GetString(log.Stdout).Split('\0');
        var entries = new List<FileHistoryEntry>();
        for (var i = 0; i + 4 < fields.Length; i += 5)
        {
            entries.Add(new FileHistoryEntry(fields[i].Trim('\n'), fields[i + 1], fields[i + 2],
                DateTimeOffset.Parse(fields[i + 3], CultureInfo.InvariantCulture), fields[i + 4]));
        }

        return new FileHistory(entries);
    }

    /// <summary>
    /// Undoes one commit of the file's history with a new commit whose author is the editor
    /// (<c>Annulation de … sur …</c>), then pushes. A conflict leaves the working tree as it was (<c>git revert --abort</c>).
    /// </summary>
    public async Task<RevertResult> RevertAsync(string? path, string? commit, EditorIdentity editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var check = _guard.Check(path, EditableFileKinds.Any);
        if (check.Path is not { } file)
        {
            return new RevertResult(RevertStatus.Refused, check.Refusal!);
        }

        if (commit is null || !CommitId().IsMatch(commit))
        {
            return new RevertResult(RevertStatus.Refused, "Identifiant de commit invalide.");
        }

        using (await repositoryLock.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            var history = await HistoryAsync(file.Relative, MaxHistory).ConfigureAwait(false);
            var target = history.Entries.FirstOrDefault(e => e.Commit.StartsWith(commit, StringComparison.Ordinal));
            if (target is null)
            {
                return new RevertResult(RevertStatus.Refused, $"Ce commit ne figure pas dans l'historique récent de {file.Relative}.");
            }

            var revert = await git.RunAsync(editor, "revert", "--no-commit", target.Commit).ConfigureAwait(false);
            if (!revert.Succeeded)
            {
                await git.RunAsync("revert", "--abort").ConfigureAwait(false);
                LogGitFailed("revert", revert.Status, revert.ExitCode, CredentialRedactor.Redact(revert.Error));
                return new RevertResult(RevertStatus.Conflict,
                    $"Impossible d'annuler cette modification : des changements plus récents de {file.Relative} la recouvrent. Rien n'a été modifié.");
            }

            var short7 = target.Commit[..7];
            var committed = await git.RunAsync(editor, "commit", "--quiet", "--no-verify", "-m",
                $"Annulation de {short7} sur {file.Relative} : {target.Message}").ConfigureAwait(false);
            if (!committed.Succeeded)
            {
                await git.RunAsync("revert", "--abort").ConfigureAwait(false);
                LogGitFailed("commit", committed.Status, committed.ExitCode, CredentialRedactor.Redact(committed.Error + committed.Text));
                return new RevertResult(RevertStatus.Failed, "L'annulation n'a pas pu être enregistrée ; rien n'a été modifié.");
            }

            var head = await git.RunAsync("rev-parse", "HEAD").ConfigureAwait(false);
            var push = await pusher.PushAsync().ConfigureAwait(false);
            return new RevertResult(RevertStatus.Reverted, $"Modification {short7} annulée. {push.Message}", head.Text, push);
        }
    }

    private async Task<ContentSaveResult> WriteAndCommitAsync(RepositoryPath file, byte[] bytes, string? expectedBlob,
        EditorIdentity editor, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (bytes.LongLength > _options.MaxFileBytes)
        {
            return new ContentSaveResult(ContentSaveStatus.Refused, $"Fichier trop grand (limite : {_options.MaxFileBytes} octets).");
        }

        using (await repositoryLock.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Directory.Exists(file.FullPath))
            {
                return new ContentSaveResult(ContentSaveStatus.Refused, $"{file.Relative} est un dossier.");
            }

            var exists = File.Exists(file.FullPath);
            byte[]? previous = null;
            if (expectedBlob is null)
            {
                if (exists)
                {
                    return new ContentSaveResult(ContentSaveStatus.AlreadyExists,
                        $"Un fichier {file.Relative} existe déjà : choisissez un autre nom. Rien n'a été écrit.", Blob: await BlobAsync(file).ConfigureAwait(false));
                }
            }
            else
            {
                var current = exists ? await BlobAsync(file).ConfigureAwait(false) : null;
                if (current != expectedBlob)
                {
                    return new ContentSaveResult(ContentSaveStatus.Conflict, current is null
                            ? $"{file.Relative} a été supprimé depuis que vous l'avez ouvert. Rien n'a été écrit."
                            : $"{file.Relative} a changé depuis que vous l'avez ouvert (autre personne ou mise à jour du site). Rechargez-le pour voir la nouvelle version ; rien n'a été écrit.",
                        Blob: current);
                }

                previous = await File.ReadAllBytesAsync(file.FullPath, cancellationToken).ConfigureAwait(false);
                if (previous.AsSpan().SequenceEqual(bytes))
                {
                    return new ContentSaveResult(ContentSaveStatus.Unchanged, "Aucune modification : rien à enregistrer.", Blob: current);
                }
            }

            var createdFolders = new List<string>();
            try
            {
                createdFolders = CreateFolders(file);
                if (!await WriteAtomicallyAsync(file.FullPath, bytes, overwrite: previous is not null).ConfigureAwait(false))
                {
                    RemoveFolders(createdFolders);
                    return new ContentSaveResult(ContentSaveStatus.AlreadyExists,
                        $"Un fichier {file.Relative} existe déjà : choisissez un autre nom. Rien n'a été écrit.");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The temporary file is gone (WriteAtomicallyAsync), the target untouched: the rename is the only write to it.
                LogWriteFailed(file.Relative, e.Message);
                RemoveFolders(createdFolders);
                return new ContentSaveResult(ContentSaveStatus.Failed,
                    $"{file.Relative} n'a pas pu être écrit sur le disque du site ; rien n'a été modifié.");
            }

            var added = await git.RunAsync("add", "--", file.Relative).ConfigureAwait(false);
            var committed = added.Succeeded
                ? await git.RunAsync(editor, "commit", "--quiet", "--no-verify", "-m", message, "--", file.Relative).ConfigureAwait(false)
                : added;
            if (!committed.Succeeded)
            {
                LogGitFailed(added.Succeeded ? "commit" : "add", committed.Status, committed.ExitCode,
                    CredentialRedactor.Redact((committed.Error + "\n" + committed.Text).Trim()));
                await UndoWriteAsync(file, previous, createdFolders).ConfigureAwait(false);
                return new ContentSaveResult(ContentSaveStatus.Failed,
                    $"L'enregistrement de {file.Relative} a échoué (git) ; le fichier est revenu à son état précédent.");
            }

            var head = await git.RunAsync("rev-parse", "HEAD").ConfigureAwait(false);
            var blob = await BlobAsync(file).ConfigureAwait(false);
            LogCommitted(file.Relative, editor.Name, head.Text);
            var push = await pusher.PushAsync().ConfigureAwait(false);
            return new ContentSaveResult(ContentSaveStatus.Saved, push.Message, head.Text, blob, push);
        }
    }

    private async Task<string?> BlobAsync(RepositoryPath file)
    {
        var hash = await git.RunAsync("hash-object", "--", file.Relative).ConfigureAwait(false);
        return hash.Succeeded ? hash.Text : null;
    }

    // Written beside the target under a hidden name (the site's scanner skips it), then renamed over it in one step.
    private static async Task<bool> WriteAtomicallyAsync(string fullPath, byte[] bytes, bool overwrite)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(bytes).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(fullPath))
        {
            File.Delete(temporary);
            return false;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private async Task UndoWriteAsync(RepositoryPath file, byte[]? previous, List<string> createdFolders)
    {
        if (previous is not null)
        {
            await WriteAtomicallyAsync(file.FullPath, previous, overwrite: true).ConfigureAwait(false);
        }
        else
        {
            File.Delete(file.FullPath);
            RemoveFolders(createdFolders);
        }

        await git.RunAsync("reset", "--quiet", "--", file.Relative).ConfigureAwait(false);
    }

    private List<string> CreateFolders(RepositoryPath file)
    {
        var created = new List<string>();
        for (var folder = Path.GetDirectoryName(file.FullPath); folder is not null && folder != _guard.Root && !Directory.Exists(folder);
             folder = Path.GetDirectoryName(folder))
        {
            created.Add(folder);
        }

        if (created.Count > 0)
        {
            Directory.CreateDirectory(created[0]);
        }

        return created;
    }

    private static void RemoveFolders(List<string> createdFolders)
    {
        foreach (var folder in createdFolders.Where(f => Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any()))
        {
            Directory.Delete(folder);
        }
    }

    [GeneratedRegex("^[0-9a-f]{7,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommitId();

    [LoggerMessage(Level = LogLevel.Information, Message = "Édition : {File} enregistré par {Editor} (commit {Commit})")]
    private partial void LogCommitted(string file, string editor, string commit);

    [LoggerMessage(Level = LogLevel.Error, Message = "Édition : {File} n'a pas pu être écrit : {Reason}")]
    private partial void LogWriteFailed(string file, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Édition : git {Command} a échoué ({Status}, code {ExitCode}) : {Output}")]
    private partial void LogGitFailed(string command, GitRunStatus status, int exitCode, string output);
}
