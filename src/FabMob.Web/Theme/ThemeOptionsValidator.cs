using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Theme;

/// <summary>Checks <c>Site:Theme</c> at start; each failure names its key, in French.</summary>
internal sealed class ThemeOptionsValidator : IValidateOptions<SiteOptions>
{
    /// <summary>Picture formats a browser shows in an <c>img</c>.</summary>
    private static readonly string[] LogoExtensions = [".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif", ".avif"];

    private const string Section = "Site:Theme:";

    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var theme = options.Theme;
        var failures = new List<string>();
        foreach (var (key, value) in theme.Colors)
        {
            if (value is not null && !RgbColor.TryParse(value, out _))
            {
                failures.Add($"{Section}{key} doit être une couleur hexadécimale (#rrggbb ou #rgb, comme #5eb8e0), pas « {value} ».");
            }
        }

        if (!ThemeOptions.Fonts.Contains(theme.Font?.Trim().ToLowerInvariant()))
        {
            failures.Add($"{Section}Font doit valoir {string.Join(" ou ", ThemeOptions.Fonts.Select(f => $"« {f} »"))}, pas « {theme.Font} ».");
        }

        var logo = theme.Logo?.Trim();
        if (!string.IsNullOrEmpty(logo) &&
            (!logo.StartsWith('/') || logo.StartsWith("//", StringComparison.Ordinal) || logo.Contains('?', StringComparison.Ordinal) ||
             logo.Contains('#', StringComparison.Ordinal) || logo.Split('/').Contains("..") ||
             !LogoExtensions.Any(extension => logo.EndsWith(extension, StringComparison.OrdinalIgnoreCase))))
        {
            failures.Add($"{Section}Logo doit être le chemin d'une image du site, commençant par / et finissant par " +
                $"{string.Join(", ", LogoExtensions)} (comme /images/logo.svg), pas « {theme.Logo} ».");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
