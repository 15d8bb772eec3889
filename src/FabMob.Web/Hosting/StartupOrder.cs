using FabMob.Web.Content;
using FabMob.Web.Editing;

namespace FabMob.Web.Hosting;

/// <summary>
/// The order of a start (docs/performance.md, « Ce que fait le démarrage avant la première page »): the content's
/// first build begins as soon as the pipeline is being described, so that the two overlap, and what no page needs
/// (the editor's key ring) waits for <see cref="FirstResponseSignal"/>.
/// </summary>
internal static partial class StartupOrder
{
    /// <summary>
    /// Starts the content's first build now; the host's start waits for it once Kestrel listens
    /// (<see cref="ContentSnapshotHost.StartedAsync"/>). The settings checked at start
    /// (<c>ValidateOnStart</c>) are checked first, here: an invalid one stops the app before any work begins, with the
    /// same <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> naming its key as the host's start gives.
    /// </summary>
    public static void BeginContent(WebApplication app)
    {
        app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        app.Services.GetRequiredService<ContentSnapshotHost>().BeginFirstBuild();
    }

    /// <summary>With editor accounts, reads the key ring once the start is over (Data Protection's own hosted service is taken out).</summary>
    public static void ReadKeyRingAfterStart(WebApplication app)
    {
        var services = app.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupOrder));
        _ = services.GetRequiredService<FirstResponseSignal>().Reached.ContinueWith(_ =>
        {
            try
            {
                EditionKeys.ReadKeyRing(services);
            }
#pragma warning disable CA1031 // Left to the first sign-in, which reports its own failure, whatever went wrong here.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogKeyRingFailed(logger, e);
            }
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trousseau de clés de l'éditeur : lecture impossible après le démarrage ; la première connexion s'en chargera")]
    private static partial void LogKeyRingFailed(ILogger logger, Exception exception);
}
