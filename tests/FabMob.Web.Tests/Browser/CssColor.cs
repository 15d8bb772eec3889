using System.Globalization;
using System.Text.RegularExpressions;

namespace FabMob.Web.Tests.Browser;

/// <summary>Computed CSS colours (<c>rgb(r, g, b)</c> or <c>rgba(…)</c>) and their WCAG relative luminance and contrast.</summary>
public static partial class CssColor
{
    /// <summary>Red, green, blue (0–255) and alpha (0–1) of a computed colour.</summary>
    public static (double R, double G, double B, double A) Parse(string color)
    {
        var match = Rgb().Match(color);
        if (!match.Success)
        {
            throw new FormatException($"Not a computed rgb() colour: {color}");
        }

        double Part(int i) => double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        return (Part(1), Part(2), Part(3), match.Groups[4].Success ? Part(4) : 1);
    }

    /// <summary>WCAG 2.1 relative luminance, from 0 (black) to 1 (white).</summary>
    public static double Luminance(string color)
    {
        var (r, g, b, _) = Parse(color);
        static double Channel(double value)
        {
            var c = value / 255;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));
    }

    /// <summary>WCAG 2.1 contrast ratio between two opaque colours, from 1 to 21.</summary>
    public static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    [GeneratedRegex(@"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)")]
    private static partial Regex Rgb();
}
