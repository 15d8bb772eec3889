using System.Runtime.CompilerServices;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>Settings for every host the tests start.</summary>
internal static class TestEnvironment
{
    /// <summary>
    /// Hundreds of hosts start in one test run; each would watch its appsettings files for changes,
    /// one inotify instance apiece, against a per-user limit of 128 on Linux. The tests never edit
    /// appsettings, so the hosts do not watch them (the content watcher, under test, is unaffected).
    /// </summary>
    /// <summary>
    /// The snapshot cache's default folder (the user's cache folder) for every host of this run: a
    /// folder of the test run's own, so the hundreds of temporary sites leave nothing in <c>~/.cache</c>.
    /// </summary>
    public static string CacheHome { get; } = Path.Combine(Path.GetTempPath(), "fabmob-tests", "cache-" + Environment.ProcessId);

    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", CacheHome);
    }
}
