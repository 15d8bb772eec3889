using FabMob.Content;

namespace FabMob.Web.Theme;

/// <summary>What <c>check</c> says about <c>Site:Theme:Logo</c>: a logo that is not a file of the content tree is named.</summary>
public static class ThemeLogoCheck
{
    /// <summary>A French warning when the logo's site path leads to no file of <paramref name="snapshot"/>; else <c>null</c>.</summary>
    public static string? Warning(ThemeOptions theme, ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(snapshot);
        var logo = theme.Logo?.Trim();
        return string.IsNullOrEmpty(logo) || snapshot.Match(logo) is ContentMatch.Asset
            ? null
            : $"Site:Theme:Logo : « {logo} » n'est pas un fichier du contenu : l'en-tête n'affichera que le nom du site.";
    }
}
