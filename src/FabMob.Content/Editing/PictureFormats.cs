namespace FabMob.Content.Editing;

/// <summary>Which extensions name which <see cref="PictureFormat"/>, and which format a file's first bytes are.</summary>
public static class PictureFormats
{
    /// <summary>Bytes enough to recognise every accepted format.</summary>
    public const int SignatureLength = 12;

    private static readonly Dictionary<string, PictureFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = PictureFormat.Jpeg,
        [".jpeg"] = PictureFormat.Jpeg,
        [".png"] = PictureFormat.Png,
        [".gif"] = PictureFormat.Gif,
        [".webp"] = PictureFormat.Webp,
    };

    /// <summary>The accepted extensions, for messages and the form's <c>accept</c> attribute.</summary>
    public static IReadOnlyCollection<string> Extensions => ByExtension.Keys;

    public static PictureFormat? OfExtension(string extension) =>
        ByExtension.TryGetValue(extension, out var format) ? format : null;

    /// <summary>The format the content starts like, or null.</summary>
    public static PictureFormat? OfContent(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return PictureFormat.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return PictureFormat.Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return PictureFormat.Gif;
        }

        return head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? PictureFormat.Webp : null;
    }
}
