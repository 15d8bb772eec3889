using System.Diagnostics;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>
/// Makes sure the browser the tests drive is there. When it is missing and the process may install packages
/// (root), it runs the install commands once per machine: test processes started side by side wait on one lock
/// file, and the ones that come after the install find the browser and do nothing. Otherwise it fails with the
/// one command to run. No test is ever skipped for want of the browser.
/// </summary>
public sealed class ChromiumInstaller
{
    /// <summary>How long a process waits for another one's install before giving up.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(15);

    /// <param name="executablePath">The browser; nothing is done when it exists.</param>
    /// <param name="lockPath">The lock file that serialises installs across processes.</param>
    /// <param name="mayInstall">Whether this process may install packages (root).</param>
    /// <param name="commands">The commands that install the browser, run in order (program, then arguments).</param>
    public ChromiumInstaller(string executablePath, string lockPath, bool mayInstall, IReadOnlyList<IReadOnlyList<string>> commands)
    {
        ExecutablePath = executablePath;
        LockPath = lockPath;
        MayInstall = mayInstall;
        Commands = commands;
    }

    /// <summary>Debian's chromium, installed with apt-get when the process runs as root.</summary>
    public static ChromiumInstaller Debian { get; } = new(
        ChromiumSite.ChromiumPath,
        Path.Combine(Path.GetTempPath(), "fabmob-chromium-install.lock"),
        Environment.IsPrivilegedProcess,
        [["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]]);

    public string ExecutablePath { get; }

    public string LockPath { get; }

    public bool MayInstall { get; }

    public IReadOnlyList<IReadOnlyList<string>> Commands { get; }

    /// <summary>The commands as a person would type them (with sudo when the process is not root).</summary>
    public string CommandLine => string.Join(" && ", Commands.Select(command => (MayInstall ? "" : "sudo ") + string.Join(' ', command)));

    /// <summary>Returns once the browser exists, installing it if need be; throws with the command to run otherwise.</summary>
    public async Task EnsureInstalledAsync()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        if (!MayInstall)
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing and this process may not install it: run `{CommandLine}`, then the tests again.");
        }

        // The lock is an exclusive open (an flock on Linux): it also keeps apart two fixtures of one process.
        using (await TakeLockAsync())
        {
            if (!File.Exists(ExecutablePath))
            {
                foreach (var command in Commands)
                {
                    await RunAsync(command);
                }
            }
        }

        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"`{CommandLine}` ran but {ExecutablePath} is still missing.");
        }
    }

    /// <summary>An exclusive open of the lock file (an flock on Linux), released when the process ends whatever happens.</summary>
    private async Task<FileStream> TakeLockAsync()
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private static async Task RunAsync(IReadOnlyList<string> command)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var said = (await output + await errors).Trim();
            throw new InvalidOperationException(
                $"`{string.Join(' ', command)}` exited with {process.ExitCode}: {said[Math.Max(0, said.Length - 2000)..]}");
        }
    }
}
