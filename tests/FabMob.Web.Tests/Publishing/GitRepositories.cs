using System.Diagnostics;

namespace FabMob.Web.Tests.Publishing;

/// <summary>
/// Real repositories in a temporary folder: a bare <c>origin.git</c> standing in for the forge, an
/// <c>editor/</c> clone where an editor commits and pushes, and a <c>content/</c> clone the site serves.
/// git runs with its own identity and branch name, independent of the machine's configuration.
/// </summary>
public sealed class GitRepositories : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public GitRepositories()
    {
        Root = Path.Combine(Path.GetTempPath(), "fabmob-tests", "git-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Origin = Path.Combine(Root, "origin.git");
        Editor = Path.Combine(Root, "editor");
        Content = Path.Combine(Root, "content");

        Git(Root, "init", "--quiet", "--bare", "--initial-branch=main", Origin);
        Git(Root, "clone", "--quiet", Origin, Editor);
        Git(Editor, "checkout", "--quiet", "-B", "main");
        CommitAndPush("index.md", "---\ntitre: Accueil\n---\n\nBienvenue.\n", "Accueil");
        Git(Root, "clone", "--quiet", Origin, Content);
    }

    public string Root { get; }
    public string Origin { get; }
    public string Editor { get; }
    public string Content { get; }

    /// <summary>The commit the site's clone is on.</summary>
    public string ContentHead => Git(Content, "rev-parse", "HEAD");

    /// <summary>The editor writes a file, commits it and pushes it to the forge.</summary>
    public string CommitAndPush(string relative, string text, string message)
    {
        Commit(Editor, relative, text, message);
        Git(Editor, "push", "--quiet", "origin", "HEAD:main");
        return Git(Editor, "rev-parse", "HEAD");
    }

    /// <summary>Writes and commits a file in one clone, without pushing.</summary>
    public static void Commit(string clone, string relative, string text, string message)
    {
        var path = Path.Combine(clone, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        Git(clone, "add", "--", relative);
        Git(clone, "commit", "--quiet", "-m", message);
    }

    /// <summary>Runs git (no shell) and returns its trimmed standard output; throws on failure.</summary>
    public static string Git(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var setting in new[]
                 {
                     "user.name=Camille Rédaction", "user.email=camille@example.org", "init.defaultBranch=main",
                     "commit.gpgsign=false", "core.autocrlf=false",
                 })
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"git {string.Join(' ', arguments)} did not finish in {Timeout.TotalSeconds} s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"git {string.Join(' ', arguments)} failed ({process.ExitCode}): {stdout.Result}{stderr.Result}");
        }

        return stdout.Result.Trim();
    }

    public void Dispose()
    {
        try
        {
            // git makes its objects read-only; make them writable again so the folder can go.
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A watcher may still hold the folder for a moment; the OS temp folder is cleaned anyway.
        }
    }
}
