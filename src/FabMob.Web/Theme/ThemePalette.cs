namespace FabMob.Web.Theme;

/// <summary>
/// The CSS custom properties of <c>wwwroot/css/site.css</c> set from the configured colours, for the light and the
/// dark scheme. Colours that carry text are derived so that WCAG AA holds: a background gets dark or light text,
/// whichever contrasts more; a link colour is darkened (light scheme) or lightened (dark scheme) until it reaches
/// 4.5:1 on every background it is shown on; focus rings reach 3:1 against the bar they are drawn on.
/// </summary>
public sealed class ThemePalette
{
    // Today's colours of site.css: the backgrounds the derived colours are checked against, and what an unset role keeps.
    private static readonly RgbColor LightBackground = RgbColor.Parse("#ffffff");
    private static readonly RgbColor LightSurface = RgbColor.Parse("#f3f7f5");
    private static readonly RgbColor LightText = RgbColor.Parse("#1b2420");
    private static readonly RgbColor DarkBackground = RgbColor.Parse("#0f1715");
    private static readonly RgbColor DarkSurface = RgbColor.Parse("#17221f");
    private static readonly RgbColor DarkText = RgbColor.Parse("#e3eae7");
    private static readonly RgbColor DefaultPrimary = RgbColor.Parse("#0b5d4b");
    private static readonly RgbColor DefaultAccent = RgbColor.Parse("#f2b33d");
    private static readonly RgbColor DefaultHighlight = RgbColor.Parse("#fdf0d0");
    private static readonly RgbColor DefaultPale = RgbColor.Parse("#e2f0eb");
    private static readonly RgbColor DefaultDarkPale = RgbColor.Parse("#1d3a32");

    private ThemePalette(IReadOnlyList<KeyValuePair<string, RgbColor>> light, IReadOnlyList<KeyValuePair<string, RgbColor>> dark)
    {
        Light = light;
        Dark = dark;
    }

    /// <summary>Custom properties of the light scheme (also the defaults of the dark one), in a stable order.</summary>
    public IReadOnlyList<KeyValuePair<string, RgbColor>> Light { get; }

    /// <summary>Custom properties that differ in the dark scheme (<c>prefers-color-scheme: dark</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, RgbColor>> Dark { get; }

    /// <summary>The palette of validated options, or <c>null</c> when no colour is configured (the site's own look).</summary>
    public static ThemePalette? From(ThemeOptions theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        if (theme.Colors.All(color => string.IsNullOrWhiteSpace(color.Value)))
        {
            return null;
        }

        var primary = Read(theme.Primary) ?? DefaultPrimary;
        var accent = Read(theme.Accent) ?? DefaultAccent;
        var secondary = Read(theme.Secondary);
        var highlight = Read(theme.Highlight) ?? DefaultHighlight;
        var pale = Read(theme.Pale) ?? DefaultPale;
        var darkPale = Read(theme.Pale) is { } configured ? configured.MixWith(DarkBackground, 0.8) : DefaultDarkPale;

        var light = new List<KeyValuePair<string, RgbColor>>();
        var dark = new List<KeyValuePair<string, RgbColor>>();

        // Accent: the same in both schemes, with the text that reads on it and on its hover shade.
        var accentHover = accent.MixWith(RgbColor.White, 0.25);
        Add(light, "accent", accent);
        Add(light, "accent-survol", accentHover);
        Add(light, "sur-accent", TextOnAll(LightText, RgbColor.White, accent, accentHover));

        Add(light, "pale", pale);
        Add(dark, "pale", darkPale);
        AddSchemeColors(light, primary, accent, pale, LightBackground, LightSurface, LightText, RgbColor.Black, isDark: false);
        AddSchemeColors(dark, primary, accent, darkPale, DarkBackground, DarkSurface, DarkText, RgbColor.White, isDark: true);
        Add(dark, "anneau", ContrastRatio.Between(accent, DarkBackground) >= ContrastRatio.LargeText
            ? accent
            : Value(dark, "lien"));

        if (secondary is { } decorative)
        {
            Add(light, "secondaire", decorative);
        }

        Add(light, "brouillon", highlight);
        Add(light, "sur-brouillon", ContrastRatio.TextOn(highlight, LightText, RgbColor.White));
        var darkHighlight = Read(theme.Highlight) is { } marked ? marked.MixWith(DarkBackground, 0.7) : RgbColor.Parse("#3a2d10");
        Add(dark, "brouillon", darkHighlight);
        Add(dark, "sur-brouillon", ContrastRatio.TextOn(darkHighlight, DarkBackground, DarkText));
        return new ThemePalette(light, dark);
    }

    /// <summary>Links, buttons, header and footer of one scheme.</summary>
    private static void AddSchemeColors(List<KeyValuePair<string, RgbColor>> scheme, RgbColor primary, RgbColor accent, RgbColor pale,
        RgbColor background, RgbColor surface, RgbColor text, RgbColor towardContrast, bool isDark)
    {
        // Links: the brand colour, darkened (light) or lightened (dark) until it reads on the page and its surfaces;
        // the hover shade goes further and also reads on the pale background (tags, hovered secondary buttons and
        // pagination links show it there).
        var link = ContrastRatio.Reaching(primary, towardContrast, ContrastRatio.Text, background, surface);
        var linkHover = ContrastRatio.Reaching(link.MixWith(towardContrast, 0.35), towardContrast, ContrastRatio.Text, background, surface, pale);
        Add(scheme, "lien", link);
        Add(scheme, "lien-survol", linkHover);
        Add(scheme, "sur-bouton", TextOnAll(isDark ? background : text, RgbColor.White, link, linkHover));

        // Header: the brand colour itself in the light scheme (a pale one gets dark text), a deep shade in the dark one.
        var header = isDark ? ContrastRatio.Reaching(primary, RgbColor.Black, 8, RgbColor.White) : primary;
        var onHeader = ContrastRatio.TextOn(header, LightText, RgbColor.White);
        Add(scheme, "entete", header);
        Add(scheme, "sur-entete", onHeader);
        Add(scheme, "entete-trait", header.MixWith(onHeader, 0.3));
        Add(scheme, "anneau-entete", Ring(accent, header, onHeader));

        // Footer: a deeper shade of the brand colour, light text, softer text still at 4.5:1.
        var footer = ContrastRatio.Reaching(header.MixWith(RgbColor.Black, 0.25), RgbColor.Black, isDark ? 12 : 8, RgbColor.White);
        var onFooter = isDark ? DarkText : RgbColor.White;
        Add(scheme, "pied", footer);
        Add(scheme, "sur-pied", onFooter);
        Add(scheme, "pied-doux", ContrastRatio.Reaching(onFooter.MixWith(footer, 0.25), onFooter, ContrastRatio.Text, footer));
        Add(scheme, "pied-trait", footer.MixWith(onFooter, 0.2));
        Add(scheme, "anneau-pied", Ring(accent, footer, onFooter));
    }

    /// <summary>The focus ring on a bar: the accent when it stands out (3:1), else the bar's text colour.</summary>
    private static RgbColor Ring(RgbColor accent, RgbColor bar, RgbColor onBar) =>
        ContrastRatio.Between(accent, bar) >= ContrastRatio.LargeText ? accent : onBar;

    /// <summary>The one of two text colours that reads (4.5:1) on every one of the backgrounds, the better one if both do.</summary>
    private static RgbColor TextOnAll(RgbColor dark, RgbColor light, params RgbColor[] backgrounds)
    {
        double Worst(RgbColor text) => backgrounds.Min(background => ContrastRatio.Between(text, background));
        var best = Worst(dark) >= Worst(light) ? dark : light;
        return Worst(best) >= ContrastRatio.Text ? best : Worst(RgbColor.Black) >= Worst(RgbColor.White) ? RgbColor.Black : RgbColor.White;
    }

    private static RgbColor? Read(string? value) => RgbColor.TryParse(value, out var color) ? color : null;

    private static RgbColor Value(List<KeyValuePair<string, RgbColor>> scheme, string name) => scheme.Last(p => p.Key == name).Value;

    private static void Add(List<KeyValuePair<string, RgbColor>> scheme, string name, RgbColor value) => scheme.Add(new(name, value));
}
