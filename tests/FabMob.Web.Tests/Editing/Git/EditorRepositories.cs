using FabMob.Web.Configuration;
using FabMob.Web.Editing.Git;
using FabMob.Web.Publishing;
using FabMob.Web.Tests.Infrastructure;
using FabMob.Web.Tests.Publishing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace FabMob.Web.Tests.Editing.Git;

/// <summary>
/// Real repositories in a temporary folder: a bare <c>origin.git</c> (the association's forge), <c>site/</c> (the
/// clone the site serves and the editor writes to) and <c>laptop/</c> (someone else's clone, committing and pushing
/// by hand). The store is resolved from a service collection built with <c>AddContentGitStore</c>, as the site will.
/// The test repositories' own identity is passed with <c>-c</c> (see <see cref="GitRepositories.Git"/>); the store's
/// commits carry their identity in git's environment, so nothing depends on the machine's git configuration.
/// </summary>
public sealed class EditorRepositories : IDisposable
{
    public const string Article = "contenu/articles/2024/velo.md";
    public const string ArticleText = "---\ntitre: Vélo\n---\n\nPremière ligne.\n\nDeuxième ligne.\n";
    public const string Team = "contenu/equipe.yaml";

    private readonly ServiceProvider _services;

    public EditorRepositories(IDictionary<string, string?>? settings = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "fabmob-tests", "edit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Origin = Path.Combine(Root, "origin.git");
        Laptop = Path.Combine(Root, "laptop");
        Site = Path.Combine(Root, "site");

        GitRepositories.Git(Root, "init", "--quiet", "--bare", "--initial-branch=main", Origin);
        GitRepositories.Git(Root, "clone", "--quiet", Origin, Laptop);
        GitRepositories.Git(Laptop, "checkout", "--quiet", "-B", "main");
        GitRepositories.Commit(Laptop, Article, ArticleText, "Premier article");
        GitRepositories.Commit(Laptop, Team, "- nom: Alix\n", "Équipe");
        GitRepositories.Git(Laptop, "push", "--quiet", "-u", "origin", "main");
        GitRepositories.Git(Root, "clone", "--quiet", Origin, Site);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddSerilog(new LoggerConfiguration().WriteTo.Sink(Logs).CreateLogger(), dispose: true));
        services.Configure<SiteOptions>(site => site.ContentPath = Site);
        services.AddContentGitStore();
        _services = services.BuildServiceProvider();
    }

    public static EditorIdentity Camille { get; } = new("Camille Rédaction", "camille@example.org");

    public static EditorIdentity Dominique { get; } = new("Dominique Éditrice", "dominique@example.org");

    public string Root { get; }
    public string Origin { get; }
    public string Laptop { get; }
    public string Site { get; }
    public LogCollector Logs { get; } = new();

    public ContentGitStore Store => _services.GetRequiredService<ContentGitStore>();

    public ContentRepositoryLock RepositoryLock => _services.GetRequiredService<ContentRepositoryLock>();

    public IServiceProvider Services => _services;

    /// <summary>git in one of the clones (or the bare remote), trimmed stdout; throws on failure.</summary>
    public static string Git(string repository, params string[] arguments) => GitRepositories.Git(repository, arguments);

    public string SiteFile(string relative) => File.ReadAllText(Path.Combine(Site, relative));

    /// <summary>Someone else commits a file on their laptop and pushes it to the forge.</summary>
    public void PushFromLaptop(string relative, string text, string message)
    {
        GitRepositories.Git(Laptop, "pull", "--quiet", "--ff-only");
        GitRepositories.Commit(Laptop, relative, text, message);
        GitRepositories.Git(Laptop, "push", "--quiet", "origin", "main");
    }

    /// <summary>What the site's clone looks like to git: empty when nothing is modified, staged or untracked.</summary>
    public string SiteStatus() => GitRepositories.Git(Site, "status", "--porcelain", "--untracked-files=all");

    public void Dispose()
    {
        _services.Dispose();
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The OS temp folder is cleaned anyway.
        }
    }
}
