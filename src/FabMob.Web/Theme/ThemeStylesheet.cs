using System.Security.Cryptography;
using System.Text;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Theme;

/// <summary>
/// <c>/theme.css</c>: the custom properties of <see cref="ThemePalette"/> and, when asked for, the Open Sans faces,
/// written once at start from <c>Site:Theme</c> (the Content-Security-Policy allows no inline style). The layout
/// links it after <c>site.css</c>, fingerprinted (<c>?v=</c> the hash of its bytes), so it is cached for a year and
/// a change of theme gives a new address.
/// </summary>
public sealed class ThemeStylesheet
{
    public const string Path = "/theme.css";

    private const string SystemFonts =
        "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif";

    public ThemeStylesheet(IOptions<SiteOptions> site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var theme = site.Value.Theme;
        Css = Write(theme);
        var bytes = Encoding.UTF8.GetBytes(Css);
        Bytes = bytes;
        Version = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8));
        IsEmpty = ThemePalette.From(theme) is null && !UsesOpenSans(theme);
        Logo = string.IsNullOrWhiteSpace(theme.Logo) ? null : theme.Logo.Trim();
    }

    /// <summary>The stylesheet's text.</summary>
    public string Css { get; }

    /// <summary>The text in UTF-8, as served.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The fingerprint: the first 16 hexadecimal digits of the SHA-256 of <see cref="Bytes"/>.</summary>
    public string Version { get; }

    /// <summary>The fingerprinted address the layout links.</summary>
    public string Href => $"{Path}?v={Version}";

    /// <summary>Whether the theme sets nothing (no colour, the system typeface): the layout then links no theme at all.</summary>
    public bool IsEmpty { get; }

    /// <summary>The logo's site path, or <c>null</c>.</summary>
    public string? Logo { get; }

    private static bool UsesOpenSans(ThemeOptions theme) =>
        string.Equals(theme.Font?.Trim(), ThemeOptions.OpenSansFont, StringComparison.OrdinalIgnoreCase);

    private static string Write(ThemeOptions theme)
    {
        var css = new StringBuilder("/* Thème du site, écrit au démarrage depuis Site:Theme (voir README). */\n");
        if (UsesOpenSans(theme))
        {
            css.Append(OpenSansFontFaces.Css)
                .Append(":root {\n  --police: ").Append(OpenSansFontFaces.Family).Append(", ").Append(SystemFonts).Append(";\n}\n");
        }

        // Screen only: printing keeps site.css's black on white.
        if (ThemePalette.From(theme) is { } palette)
        {
            css.Append("@media screen {\n  :root {\n");
            AppendProperties(css, palette.Light);
            css.Append("  }\n}\n@media screen and (prefers-color-scheme: dark) {\n  :root {\n");
            AppendProperties(css, palette.Dark);
            css.Append("  }\n}\n");
        }

        return css.ToString();
    }

    private static void AppendProperties(StringBuilder css, IEnumerable<KeyValuePair<string, RgbColor>> properties)
    {
        foreach (var (name, value) in properties)
        {
            css.Append("    --").Append(name).Append(": ").Append(value.ToString()).Append(";\n");
        }
    }
}
