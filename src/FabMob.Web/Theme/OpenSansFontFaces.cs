using System.Text;

namespace FabMob.Web.Theme;

/// <summary>
/// The <c>@font-face</c> rules of Open Sans as served from <c>wwwroot/fonts/</c> (woff2 of <c>@fontsource/open-sans</c>
/// 5.3.0, see its README): latin and latin-ext, 400, 600 and 700 upright and 400 italic, with the package's
/// unicode ranges, so a browser fetches only the files a page's letters need. <c>font-display: swap</c>: text shows
/// at once in the fallback face.
/// </summary>
public static class OpenSansFontFaces
{
    public const string Family = "\"Open Sans\"";

    private const string Latin =
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122," +
        "U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";

    private const string LatinExtended =
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF," +
        "U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF";

    private static readonly (int Weight, string Style)[] Faces = [(400, "normal"), (400, "italic"), (600, "normal"), (700, "normal")];

    private static readonly (string Name, string Range)[] Subsets = [("latin-ext", LatinExtended), ("latin", Latin)];

    /// <summary>The rules, latin-ext before latin as the package writes them.</summary>
    public static string Css { get; } = Write();

    /// <summary>The site paths of the font files.</summary>
    public static IEnumerable<string> Files =>
        from face in Faces
        from subset in Subsets
        select $"/fonts/open-sans-{subset.Name}-{face.Weight}-{face.Style}.woff2";

    private static string Write()
    {
        var css = new StringBuilder();
        foreach (var (weight, style) in Faces)
        {
            foreach (var (subset, range) in Subsets)
            {
                css.Append("@font-face {\n")
                    .Append("  font-family: ").Append(Family).Append(";\n")
                    .Append("  font-style: ").Append(style).Append(";\n")
                    .Append("  font-weight: ").Append(weight).Append(";\n")
                    .Append("  font-display: swap;\n")
                    .Append("  src: url(\"/fonts/open-sans-").Append(subset).Append('-').Append(weight).Append('-').Append(style)
                    .Append(".woff2\") format(\"woff2\");\n")
                    .Append("  unicode-range: ").Append(range).Append(";\n")
                    .Append("}\n");
            }
        }

        return css.ToString();
    }
}
