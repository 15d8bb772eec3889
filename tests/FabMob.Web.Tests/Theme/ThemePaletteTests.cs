using FabMob.Web.Theme;

namespace FabMob.Web.Tests.Theme;

public sealed class ThemePaletteTests
{
    /// <summary>The association's palette, each colour given the role the example configuration gives it.</summary>
    public static ThemeOptions Association => new()
    {
        Primary = "#5eb8e0", Secondary = "#97b837", Accent = "#ffe000", Highlight = "#d2ce00", Pale = "#9dcdd7",
    };

    // Text (or a focus ring) and the background it is shown on, with the ratio WCAG AA asks.
    private static readonly (string Text, string Background, double Ratio)[] Pairs =
    [
        ("lien", "fond", 4.5), ("lien", "surface", 4.5), ("lien-survol", "fond", 4.5), ("lien-survol", "pale", 4.5),
        ("sur-bouton", "lien", 4.5), ("sur-bouton", "lien-survol", 4.5),
        ("sur-entete", "entete", 4.5), ("sur-accent", "accent", 4.5), ("sur-accent", "accent-survol", 4.5),
        ("sur-pied", "pied", 4.5), ("pied-doux", "pied", 4.5), ("sur-brouillon", "brouillon", 4.5),
        ("anneau-entete", "entete", 3), ("anneau-pied", "pied", 3), ("anneau", "fond", 3),
    ];

    public static IEnumerable<object[]> Palettes =>
    [
        ["association", Association],
        ["primaire seule, pâle", new ThemeOptions { Primary = "#ffe000" }],
        ["primaire seule, sombre", new ThemeOptions { Primary = "#102040" }],
        ["primaire grise", new ThemeOptions { Primary = "#777777", Accent = "#777777", Pale = "#777777", Highlight = "#777777" }],
        ["accent sombre", new ThemeOptions { Accent = "#202020", Pale = "#ffffff" }],
    ];

    [Theory]
    [MemberData(nameof(Palettes))]
    public void Every_text_and_focus_colour_reaches_wcag_aa_on_its_background_in_both_schemes(string name, ThemeOptions theme)
    {
        var palette = ThemePalette.From(theme)!;

        foreach (var dark in new[] { false, true })
        {
            var scheme = Resolve(palette, dark);
            foreach (var (text, background, ratio) in Pairs)
            {
                var contrast = ContrastRatio.Between(scheme[text], scheme[background]);
                Assert.True(contrast >= ratio,
                    $"{name}, {(dark ? "sombre" : "clair")} : --{text} {scheme[text]} sur --{background} {scheme[background]} = {contrast:0.00}");
            }
        }
    }

    [Fact]
    public void The_association_s_pale_blue_header_gets_dark_text_and_its_links_a_darker_blue()
    {
        var light = Resolve(ThemePalette.From(Association)!, dark: false);

        Assert.Equal(RgbColor.Parse("#5eb8e0"), light["entete"]);
        Assert.Equal(RgbColor.Parse("#1b2420"), light["sur-entete"]);
        Assert.NotEqual(RgbColor.Parse("#5eb8e0"), light["lien"]);
        Assert.True(light["lien"].B > light["lien"].R, $"{light["lien"]} is still blue");
        Assert.Equal(RgbColor.Parse("#ffe000"), light["accent"]);
        Assert.Equal(RgbColor.Parse("#97b837"), light["secondaire"]);
    }

    [Fact]
    public void No_colour_configured_gives_no_palette_so_the_site_keeps_its_own_look()
    {
        Assert.Null(ThemePalette.From(new ThemeOptions()));
        Assert.Null(ThemePalette.From(new ThemeOptions { Logo = "/logo.svg", Font = ThemeOptions.OpenSansFont }));
    }

    /// <summary>The values a scheme ends with: site.css's backgrounds, then the palette's light properties, then the dark ones.</summary>
    private static Dictionary<string, RgbColor> Resolve(ThemePalette palette, bool dark)
    {
        var values = new Dictionary<string, RgbColor>
        {
            ["fond"] = RgbColor.Parse(dark ? "#0f1715" : "#ffffff"),
            ["surface"] = RgbColor.Parse(dark ? "#17221f" : "#f3f7f5"),
            ["anneau"] = RgbColor.Parse(dark ? "#f2b33d" : "#1b2420"),
        };
        foreach (var (key, value) in dark ? palette.Light.Concat(palette.Dark) : palette.Light)
        {
            values[key] = value;
        }

        return values;
    }
}
