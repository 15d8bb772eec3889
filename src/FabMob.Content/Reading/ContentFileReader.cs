using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace FabMob.Content.Reading;

/// <summary>
/// Reads a content file as UTF-8 text (with or without BOM), refusing what is not text: a file
/// past the size limit, a binary file (NUL bytes), bytes that are not UTF-8 (Latin-1 files).
/// </summary>
public static class ContentFileReader
{
    public static string? ReadText(ContentFile file, ContentLimits limits, out ContentError? error)
    {
        var bytes = ReadBytes(file, limits, out error);
        return bytes is null ? null : Decode(file, bytes, out error);
    }

    /// <summary>
    /// The file's bytes as they are on disk (one open: the size is checked on the file being read),
    /// or null with an error when it is past the size limit or cannot be read. Not yet checked as text:
    /// see <see cref="Decode"/>.
    /// </summary>
    public static byte[]? ReadBytes(ContentFile file, ContentLimits limits, out ContentError? error)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(limits);
        error = null;
        try
        {
            using var handle = File.OpenHandle(file.FullPath);
            var length = RandomAccess.GetLength(handle);
            if (length > limits.MaxFileBytes)
            {
                error = Error(file, 1, 1, $"fichier trop gros ({length / 1024} Kio, au plus {limits.MaxFileBytes / 1024} Kio)");
                return null;
            }

            var bytes = new byte[length];
            var filled = 0;
            while (filled < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(filled), filled) is var n && n > 0)
            {
                filled += n;
            }

            if (filled < bytes.Length)
            {
                // The file shrank while it was read: what is there now.
                Array.Resize(ref bytes, filled);
            }

            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = Error(file, 1, 1, "lecture impossible : " + e.Message);
            return null;
        }
    }

    /// <summary>The bytes of <paramref name="file"/> as text, or null with an error for a binary file or bytes that are not UTF-8.</summary>
    public static string? Decode(ContentFile file, byte[] bytes, out ContentError? error)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(bytes);
        error = null;
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            var (line, column) = Locate(bytes, nul);
            error = Error(file, line, column, "fichier binaire (octet nul) : ce n'est pas du texte Markdown");
            return null;
        }

        if (!Utf8.IsValid(bytes))
        {
            // Decoded again only to find where the first bad byte is.
            Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
            var (line, column) = Locate(bytes, read);
            error = Error(file, line, column, "le fichier n'est pas encodé en UTF-8 (réenregistrez-le en UTF-8)");
            return null;
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static (int Line, int Column) Locate(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static ContentError Error(ContentFile file, int line, int column, string message) =>
        new(file.RelativePath, line, column, ContentSeverity.Error, message);
}
