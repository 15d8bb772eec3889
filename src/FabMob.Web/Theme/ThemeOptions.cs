namespace FabMob.Web.Theme;

/// <summary>
/// <c>Site:Theme</c>: the site's colours, logo and typeface. Colours are <c>#rrggbb</c> (or <c>#rgb</c>) named by
/// role; the site derives the text, link and button colours from them so that WCAG AA contrast holds in the light
/// and dark schemes. Nothing set: the site's own look (<c>wwwroot/css/site.css</c>).
/// </summary>
public sealed class ThemeOptions
{
    /// <summary>The typefaces <see cref="Font"/> may name.</summary>
    public static readonly IReadOnlyList<string> Fonts = [SystemFont, OpenSansFont];

    public const string SystemFont = "system";

    public const string OpenSansFont = "open-sans";

    /// <summary>Site path of the logo in the content tree (<c>/images/fabmob_cmjn1.svg</c>); empty: the name alone.</summary>
    public string? Logo { get; set; }

    /// <summary>The brand colour: header, links and buttons (darkened or lightened for contrast where it carries text).</summary>
    public string? Primary { get; set; }

    /// <summary>A second brand colour for decorative lines (call-to-action cards, card borders on hover).</summary>
    public string? Secondary { get; set; }

    /// <summary>The accent: underlines of titles, the « Adhérer » button, the skip link, focus highlights.</summary>
    public string? Accent { get; set; }

    /// <summary>Background of marked text: search matches, the draft banner.</summary>
    public string? Highlight { get; set; }

    /// <summary>A pale background: tags, hover of secondary buttons and of pagination links.</summary>
    public string? Pale { get; set; }

    /// <summary><c>system</c> (the device's own sans-serif, the default) or <c>open-sans</c> (served by the site).</summary>
    public string Font { get; set; } = SystemFont;

    /// <summary>The colours by role, with the configuration key each comes from.</summary>
    public IEnumerable<(string Key, string? Value)> Colors =>
    [
        (nameof(Primary), Primary), (nameof(Secondary), Secondary), (nameof(Accent), Accent),
        (nameof(Highlight), Highlight), (nameof(Pale), Pale),
    ];
}
