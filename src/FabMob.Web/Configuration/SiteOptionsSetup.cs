using Microsoft.Extensions.Options;

namespace FabMob.Web.Configuration;

/// <summary>
/// Fills in what no configuration source set with the association's defaults (<see cref="SiteDefaults"/>:
/// they live in code, not in <c>appsettings.json</c>, so that the content tree's <c>site.yaml</c> can set
/// them), and <see cref="SiteOptions.ContentPath"/> (the repository's <c>content/</c> by default) as a full path.
/// </summary>
internal sealed class SiteOptionsSetup : IPostConfigureOptions<SiteOptions>
{
    public void PostConfigure(string? name, SiteOptions options)
    {
        SiteDefaults.Apply(options);
        options.ContentPath = string.IsNullOrWhiteSpace(options.ContentPath)
            ? RepositoryLayout.DefaultContentPath()
            : Path.GetFullPath(options.ContentPath);
        foreach (var page in options.DataPages)
        {
            page.Path = FabMob.Content.Addresses.ContentUrlRules.Normalize(page.Path.Length > 1 ? page.Path.TrimEnd('/') : page.Path);
        }
    }
}

/// <summary>Checks the <c>Site</c> section at start; each failure names its key.</summary>
internal sealed class SiteOptionsValidator(SiteFileConfigurationSource? file = null) : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            failures.Add("Site:Name est obligatoire (le nom affiché du site).");
        }

        RequireHttpUrl(options.BaseUrl, "Site:BaseUrl", failures);
        RequireHttpUrl(options.MembershipUrl, "Site:MembershipUrl", failures);
        RequireHttpUrl(options.NewsletterUrl, "Site:NewsletterUrl", failures);
        if (string.IsNullOrWhiteSpace(options.Language))
        {
            failures.Add("Site:Language est obligatoire (fr).");
        }

        if (!Directory.Exists(options.ContentPath))
        {
            failures.Add($"Site:ContentPath : le dossier de contenu « {options.ContentPath} » n'existe pas.");
        }

        if (options.PageSize is < 1 or > 100)
        {
            failures.Add($"Site:PageSize doit être entre 1 et 100, pas {options.PageSize}.");
        }

        DataPages.DataPageValidator.Validate(options.DataPages, failures);

        for (var i = 0; i < options.Mounts.Count; i++)
        {
            failures.AddRange(ContentOptionsFactory.Problems(options.Mounts[i], i));
        }

        AddHostProblems(options.OwnHosts, "Site:OwnHosts", failures);
        AddHostProblems(options.EmbedHosts, "Site:EmbedHosts", failures);
        if (file?.File.Error is { } error)
        {
            failures.Add($"{error.File}:{error.Line}:{error.Column}: {error.Message}");
        }

        for (var i = 0; i < options.Menu.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Menu[i].Label) || string.IsNullOrWhiteSpace(options.Menu[i].Url))
            {
                failures.Add($"Site:Menu:{i} : chaque entrée du menu a un Label et une Url.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AddHostProblems(List<string> hosts, string key, List<string> failures)
    {
        for (var i = 0; i < hosts.Count; i++)
        {
            if (!FabMob.Content.Rendering.EmbedHosts.IsHostName(hosts[i].Trim()))
            {
                failures.Add($"{key}:{i} : « {hosts[i]} » n'est pas un nom d'hôte " +
                             "(écrivez par exemple www.slideshare.net, sans https:// ni chemin).");
            }
        }
    }

    private static void RequireHttpUrl(string value, string key, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} est obligatoire.");
        }
        else if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            failures.Add($"{key} doit être une adresse http(s) complète, pas « {value} ».");
        }
    }
}
