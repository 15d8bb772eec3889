using Microsoft.Extensions.Options;

namespace FabMob.Web.Configuration;

/// <summary>Fills in <see cref="SiteOptions.ContentPath"/> (the repository's <c>content/</c> by default) as a full path.</summary>
internal sealed class SiteOptionsSetup : IPostConfigureOptions<SiteOptions>
{
    public void PostConfigure(string? name, SiteOptions options)
    {
        options.ContentPath = string.IsNullOrWhiteSpace(options.ContentPath)
            ? RepositoryLayout.DefaultContentPath()
            : Path.GetFullPath(options.ContentPath);
        foreach (var page in options.DataPages)
        {
            page.Path = FabMob.Content.ContentUrlRules.Normalize(page.Path.Length > 1 ? page.Path.TrimEnd('/') : page.Path);
        }
    }
}

/// <summary>Checks the <c>Site</c> section at start; each failure names its key.</summary>
internal sealed class SiteOptionsValidator : IValidateOptions<SiteOptions>
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

        for (var i = 0; i < options.DataPages.Count; i++)
        {
            var page = options.DataPages[i];
            if (!page.Path.StartsWith('/') || string.IsNullOrWhiteSpace(page.Data) || string.IsNullOrWhiteSpace(page.Title) ||
                !DataPage.Views.Contains(page.View))
            {
                failures.Add($"Site:DataPages:{i} : il faut Path (commençant par /), Data, Title et View parmi " +
                    string.Join(", ", DataPage.Views.Order(StringComparer.Ordinal)) + ".");
            }
        }

        for (var i = 0; i < options.Menu.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Menu[i].Label) || string.IsNullOrWhiteSpace(options.Menu[i].Url))
            {
                failures.Add($"Site:Menu:{i} : chaque entrée du menu a un Label et une Url.");
            }
        }

        for (var i = 0; i < options.EmbedHosts.Count; i++)
        {
            if (!FabMob.Content.EmbedHosts.IsHostName(options.EmbedHosts[i].Trim()))
            {
                failures.Add($"Site:EmbedHosts:{i} : « {options.EmbedHosts[i]} » n'est pas un nom d'hôte " +
                             "(écrivez par exemple www.slideshare.net, sans https:// ni chemin).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
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
