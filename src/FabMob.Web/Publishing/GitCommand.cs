using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace FabMob.Web.Publishing;

/// <summary>
/// Runs git as a child process: arguments passed one by one (no shell), no terminal prompt, standard
/// input closed, stdout and stderr collected, killed with its children past the time limit.
/// </summary>
public static class GitCommand
{
    private const int MaxOutputChars = 16 * 1024;

    /// <summary>Runs git and returns stdout and stderr merged, trimmed and cut past 16 K characters (for logs and outcomes).</summary>
    public static async Task<GitRun> RunAsync(string git, string workingDirectory, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var output = await RunForOutputAsync(git, workingDirectory, arguments, timeout).ConfigureAwait(false);
        return new GitRun(output.Status, output.ExitCode, Combine(Encoding.UTF8.GetString(output.Stdout), output.Error));
    }

    /// <summary>
    /// Runs git and returns its standard output whole, as bytes (file contents, NUL-separated listings), and
    /// its standard error apart. <paramref name="environment"/> adds variables to git's environment (author
    /// and committer identity, for instance), so no global git configuration is needed.
    /// </summary>
    public static async Task<GitOutput> RunForOutputAsync(string git, string workingDirectory, IReadOnlyList<string> arguments,
        TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(git)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Never wait for a password on a terminal nobody watches; untranslated messages, so outcomes can be told apart.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        start.Environment.Remove("LANGUAGE");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new GitOutput(GitRunStatus.NotStarted, -1, [], e.Message);
        }

        process.StandardInput.Close();
        using var buffer = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(buffer);
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        var status = GitRunStatus.Exited;
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended on its own in the meantime.
            }

            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            status = GitRunStatus.TimedOut;
        }

        await stdout.ConfigureAwait(false);
        var error = await stderr.ConfigureAwait(false);
        return new GitOutput(status, status == GitRunStatus.TimedOut ? -1 : process.ExitCode, buffer.ToArray(), error);
    }

    private static string Combine(string stdout, string stderr)
    {
        var text = string.Join('\n', new[] { stdout.Trim(), stderr.Trim() }.Where(s => s.Length > 0));
        return text.Length > MaxOutputChars ? text[..MaxOutputChars] + "\n[…]" : text;
    }
}
