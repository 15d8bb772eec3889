using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Browser;

/// <summary>
/// The browser tests set themselves up: a missing chromium is installed once per machine where the process may,
/// and otherwise the failure names the command to run. Here the "browser" is a file in a temporary folder and the
/// install command a real shell command that creates it.
/// </summary>
public sealed class ChromiumInstallerTests : IDisposable
{
    private readonly TempSite _folder = TempSite.Empty();

    [Fact]
    public async Task A_missing_browser_that_the_process_may_not_install_fails_with_the_command_to_run()
    {
        var installer = new ChromiumInstaller(_folder.PathOf("chromium"), _folder.PathOf("lock"), mayInstall: false,
            [["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(installer.EnsureInstalledAsync);

        Assert.Contains("run `sudo apt-get update && sudo apt-get install -y chromium`", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.PathOf("lock")));
    }

    [Fact]
    public async Task Processes_that_find_the_browser_missing_at_the_same_time_install_it_once()
    {
        // Two installers sharing one lock file stand for two test processes.
        var browser = _folder.PathOf("chromium");
        var runs = _folder.PathOf("runs");
        IReadOnlyList<IReadOnlyList<string>> install = [["/bin/sh", "-c", $"echo run >> '{runs}'; sleep 0.5; touch '{browser}'"]];
        var first = new ChromiumInstaller(browser, _folder.PathOf("lock"), mayInstall: true, install);
        var second = new ChromiumInstaller(browser, _folder.PathOf("lock"), mayInstall: true, install);

        await Task.WhenAll(first.EnsureInstalledAsync(), second.EnsureInstalledAsync(), first.EnsureInstalledAsync());

        Assert.True(File.Exists(browser));
        Assert.Equal(["run"], File.ReadAllLines(runs));
    }

    [Fact]
    public async Task An_install_command_that_fails_is_reported_with_what_it_printed()
    {
        var installer = new ChromiumInstaller(_folder.PathOf("chromium"), _folder.PathOf("lock"), mayInstall: true,
            [["/bin/sh", "-c", "echo 'E: Unable to locate package chromium' >&2; exit 100"]]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(installer.EnsureInstalledAsync);

        Assert.Contains("exited with 100", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unable to locate package chromium", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_already_there_runs_no_command()
    {
        _folder.Write("chromium", "");
        var installer = new ChromiumInstaller(_folder.PathOf("chromium"), _folder.PathOf("lock"), mayInstall: true,
            [["/bin/sh", "-c", "exit 1"]]);

        await installer.EnsureInstalledAsync();

        Assert.False(File.Exists(_folder.PathOf("lock")));
    }

    public void Dispose() => _folder.Dispose();
}
