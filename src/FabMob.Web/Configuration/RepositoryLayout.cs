using System.Reflection;

namespace FabMob.Web.Configuration;

/// <summary>
/// Where a development checkout keeps <c>content/</c> and <c>wwwroot/</c>: at the repository's top
/// level, recorded in the assembly at build time. A published app uses its own <c>wwwroot/</c> copy and
/// is given its content tree with <c>Site:ContentPath</c>.
/// </summary>
internal static class RepositoryLayout
{
    public static string? RepositoryRoot { get; } = typeof(RepositoryLayout).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "FabMobRepoRoot")?.Value;

    public static string DefaultContentPath()
    {
        var inRepository = RepositoryRoot is null ? null : Path.Combine(RepositoryRoot, "content");
        return inRepository is not null && Directory.Exists(inRepository)
            ? Path.GetFullPath(inRepository)
            : Path.GetFullPath("content");
    }

    /// <summary>
    /// The web project's folder in a development checkout (<c>src/FabMob.Web</c>, holding the sources of the
    /// views), or <c>null</c> when the app runs without its sources (published: precompiled views only).
    /// </summary>
    public static string? WebProjectPath()
    {
        var project = RepositoryRoot is null ? null : Path.Combine(RepositoryRoot, "src", "FabMob.Web");
        return project is not null && Directory.Exists(Path.Combine(project, "Views")) ? Path.GetFullPath(project) : null;
    }

    public static string? WebRoot()
    {
        foreach (var candidate in new[]
                 {
                     RepositoryRoot is null ? null : Path.Combine(RepositoryRoot, "wwwroot"),
                     Path.Combine(AppContext.BaseDirectory, "wwwroot"),
                 })
        {
            if (candidate is not null && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
