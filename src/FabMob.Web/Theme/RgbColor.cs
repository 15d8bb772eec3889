using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FabMob.Web.Theme;

/// <summary>An opaque sRGB colour, written in CSS as <c>#rrggbb</c>.</summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    public static RgbColor White { get; } = new(255, 255, 255);

    public static RgbColor Black { get; } = new(0, 0, 0);

    /// <summary>Reads <c>#rgb</c> or <c>#rrggbb</c> (any case, spaces around allowed).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out RgbColor color)
    {
        color = default;
        var hex = text?.Trim();
        if (hex is null || !hex.StartsWith('#') || hex.Length is not (4 or 7) || !hex.Skip(1).All(char.IsAsciiHexDigit))
        {
            return false;
        }

        if (hex.Length == 4)
        {
            hex = string.Concat("#", new string(hex[1], 2), new string(hex[2], 2), new string(hex[3], 2));
        }

        color = new RgbColor(Channel(hex, 1), Channel(hex, 3), Channel(hex, 5));
        return true;
    }

    /// <summary>Reads a colour known to be valid (validated options, constants).</summary>
    public static RgbColor Parse(string text) =>
        TryParse(text, out var color) ? color : throw new FormatException($"« {text} » n'est pas une couleur #rrggbb.");

    /// <summary>
    /// This colour moved toward <paramref name="other"/> by <paramref name="amount"/> (0: unchanged, 1: the other),
    /// channel by channel in sRGB, as CSS <c>color-mix(in srgb, …)</c> does.
    /// </summary>
    public RgbColor MixWith(RgbColor other, double amount)
    {
        var t = Math.Clamp(amount, 0, 1);
        return new RgbColor(Lerp(R, other.R, t), Lerp(G, other.G, t), Lerp(B, other.B, t));
    }

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    private static byte Channel(string hex, int start) => byte.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static byte Lerp(byte from, byte to, double t) => (byte)Math.Round(from + ((to - from) * t), MidpointRounding.AwayFromZero);
}
