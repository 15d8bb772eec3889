namespace FabMob.Web.Theme;

/// <summary>
/// WCAG 2.x relative luminance and contrast ratio (<see href="https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio"/>),
/// and the colour choices the theme makes from them.
/// </summary>
public static class ContrastRatio
{
    /// <summary>Normal text (WCAG 1.4.3, level AA).</summary>
    public const double Text = 4.5;

    /// <summary>Large text and user-interface components (WCAG 1.4.3 and 1.4.11, level AA).</summary>
    public const double LargeText = 3;

    /// <summary>Relative luminance, from 0 (black) to 1 (white).</summary>
    public static double Luminance(RgbColor color) =>
        (0.2126 * Linear(color.R)) + (0.7152 * Linear(color.G)) + (0.0722 * Linear(color.B));

    /// <summary>The contrast ratio of two opaque colours, from 1 to 21, whichever is lighter.</summary>
    public static double Between(RgbColor first, RgbColor second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>
    /// The text colour for <paramref name="background"/>: <paramref name="dark"/> or <paramref name="light"/>, whichever
    /// contrasts more; black or white when neither reaches <see cref="Text"/> (one of them always does).
    /// </summary>
    public static RgbColor TextOn(RgbColor background, RgbColor dark, RgbColor light)
    {
        var best = Between(dark, background) >= Between(light, background) ? dark : light;
        if (Between(best, background) >= Text)
        {
            return best;
        }

        return Between(RgbColor.Black, background) >= Between(RgbColor.White, background) ? RgbColor.Black : RgbColor.White;
    }

    /// <summary>
    /// <paramref name="color"/> moved toward <paramref name="toward"/> (black to darken, white to lighten) by the
    /// smallest step of 1 % that gives at least <paramref name="ratio"/> against every one of
    /// <paramref name="backgrounds"/>; the colour itself when it already does.
    /// </summary>
    public static RgbColor Reaching(RgbColor color, RgbColor toward, double ratio, params RgbColor[] backgrounds)
    {
        ArgumentNullException.ThrowIfNull(backgrounds);
        for (var step = 0; step <= 100; step++)
        {
            var candidate = color.MixWith(toward, step / 100.0);
            if (backgrounds.All(background => Between(candidate, background) >= ratio))
            {
                return candidate;
            }
        }

        return toward;
    }

    /// <summary>sRGB channel (0–255) to linear light; 0.04045 is the sRGB standard's threshold that WCAG 2.2 quotes.</summary>
    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
