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

    public static async Task<GitRun> RunAsync(string git, string workingDirectory, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(git)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
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

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new GitRun(GitRunStatus.NotStarted, -1, e.Message);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
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
            return new GitRun(GitRunStatus.TimedOut, -1, Combine(await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false)));
        }

        return new GitRun(GitRunStatus.Exited, process.ExitCode, Combine(await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false)));
    }

    private static string Combine(string stdout, string stderr)
    {
        var text = string.Join('\n', new[] { stdout.Trim(), stderr.Trim() }.Where(s => s.Length > 0));
        return text.Length > MaxOutputChars ? text[..MaxOutputChars] + "\n[…]" : text;
    }
}
