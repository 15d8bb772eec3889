using FabMob.Web.Content;
using FabMob.Web.Editing;
using FabMob.Web.Publication;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FabMob.Web.Hosting;

/// <summary>
/// What a start does besides loading the content, placed so that the two overlap on a small machine instead of
/// adding up (docs/performance.md, « Ce que fait le démarrage avant la première page »): the content's first build
/// begins as soon as the pipeline is being described, the endpoints, the main views and the stylesheet's hash are
/// prepared on the other core while it runs, an article's view model while Kestrel starts, and what no page needs
/// (the editor's key ring) waits for <see cref="FirstResponseSignal"/>.
/// </summary>
internal static partial class StartupWarmUp
{
    private const string StyleSheet = "/css/site.css";

    /// <summary>The views the first page of a visit is most often drawn with (an article, a page, the home page) and their layout.</summary>
    private static readonly string[] Views =
    [
        "/Views/_ViewStart.cshtml", "/Views/Shared/_Layout.cshtml", "/Views/Content/Article.cshtml", "/Views/Content/Page.cshtml",
        "/Views/Content/Accueil.cshtml",
    ];

    /// <summary>
    /// Starts the content's first build now (the content host's start waits for it); once its snapshot is in place,
    /// builds an article's view model from it in the background while Kestrel starts: the snapshot's lists of entries
    /// and the JSON-LD writer are then ready before the first request asks for them.
    /// </summary>
    public static void BeginContent(WebApplication app)
    {
        var content = app.Services.GetRequiredService<ContentSnapshotHost>();
        var views = app.Services.GetRequiredService<SiteViewModels>();
        var logger = Logger(app.Services);
        Action<ContentSnapshot>? first = null;
        first = snapshot =>
        {
            content.SnapshotChanged -= first;
            _ = Task.Run(() => Run(logger, "modèles de vue", () =>
            {
                if (snapshot.Pages.FirstOrDefault(p => p.Collection is not null) is { } article)
                {
                    _ = views.Article(snapshot, article);
                }
            }));
        };
        content.SnapshotChanged += first;
        content.BeginFirstBuild();
    }

    /// <summary>Once every endpoint is mapped: prepares them and the views in the background, and schedules what waits.</summary>
    public static void Begin(WebApplication app)
    {
        var services = app.Services;
        var sources = ((IEndpointRouteBuilder)app).DataSources.ToList();
        var logger = Logger(services);
        _ = Task.Run(() => Run(logger, "points d'entrée et vues", () =>
        {
            // The endpoints of MVC and of the minimal routes: built (and their code compiled) here rather than by the
            // pipeline's build, which runs after the content has loaded.
            foreach (var source in sources)
            {
                _ = source.Endpoints;
            }

            var views = services.GetRequiredService<IRazorViewEngine>();
            foreach (var view in Views)
            {
                _ = views.GetView(executingFilePath: null, viewPath: view, isMainPage: true);
            }

            // The layout's stylesheet carries its hash (asp-append-version): read and hashed here, once, not by the first page.
            _ = services.GetRequiredService<IFileVersionProvider>().AddFileVersionToPath(PathString.Empty, StyleSheet);
        }));
        _ = services.GetRequiredService<FirstResponseSignal>().Reached.ContinueWith(
            _ => Run(logger, "trousseau de clés de l'éditeur", () => EditionKeys.ReadKeyRing(services)),
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private static ILogger Logger(IServiceProvider services) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupWarmUp));

    private static void Run(ILogger logger, string what, Action work)
    {
        try
        {
            work();
        }
#pragma warning disable CA1031 // A warm-up that fails leaves the work to the first request that needs it, whatever went wrong.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(logger, e, what);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Préparation au démarrage ({What}) : échec ; la première requête qui en a besoin s'en chargera")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
