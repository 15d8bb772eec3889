using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Wiki;

/// <summary>Checks <c>Site:Wiki</c> at start; each failure names its key.</summary>
internal sealed class WikiOptionsValidator : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wiki = options.Wiki;
        var failures = new List<string>();
        if (wiki.Enabled && (!Uri.TryCreate(wiki.ApiUrl.Trim(), UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https")))
        {
            failures.Add($"Site:Wiki:ApiUrl doit être l'adresse http(s) complète de l'api.php du wiki, pas « {wiki.ApiUrl} ».");
        }

        if (wiki.RefreshInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add($"Site:Wiki:RefreshInterval doit être d'au moins une seconde (00:00:01), pas « {wiki.RefreshInterval} ».");
        }

        if (wiki.RequestTimeout <= TimeSpan.Zero || wiki.RequestTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"Site:Wiki:RequestTimeout doit être entre 00:00:00.1 et 00:05:00, pas « {wiki.RequestTimeout} ».");
        }

        if (wiki.MaxResponseBytes is < 1024 or > 256L * 1024 * 1024)
        {
            failures.Add($"Site:Wiki:MaxResponseBytes doit être entre 1024 et 268435456 octets, pas {wiki.MaxResponseBytes}.");
        }

        if (wiki.Enabled && !string.IsNullOrWhiteSpace(options.ContentPath) && IsInside(wiki.ResolvedCacheDirectory(), options.ContentPath))
        {
            failures.Add($"Site:Wiki:CacheDirectory : le cache du wiki ne peut pas être dans le dossier de contenu ({wiki.ResolvedCacheDirectory()}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsInside(string folder, string root)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(folder));
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
