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
        byte[]? bytes = null;
        var length = Read(file, limits, ref bytes, exact: true, out error);
        if (length < 0)
        {
            return null;
        }

        if (length < bytes!.Length)
        {
            // The file shrank while it was read: what is there now.
            Array.Resize(ref bytes, length);
        }

        return bytes;
    }

    /// <summary>
    /// Reads the file's bytes into the start of <paramref name="buffer"/>, replaced by a larger one when the file does not fit,
    /// and gives their count; -1 with an error as <see cref="ReadBytes"/> gives null (past the size limit, unreadable).
    /// For a caller that only hashes the bytes and need not keep them.
    /// </summary>
    public static int ReadInto(ContentFile file, ContentLimits limits, ref byte[] buffer, out ContentError? error)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        byte[]? given = buffer;
        var length = Read(file, limits, ref given, exact: false, out error);
        buffer = given!;
        return length;
    }

    private static int Read(ContentFile file, ContentLimits limits, ref byte[]? buffer, bool exact, out ContentError? error)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(limits);
        error = null;
        if (file.Length == 0)
        {
            // Seen empty by the scan: nothing to read, and not opened. A named pipe or a device also shows a size of 0, and
            // opening a pipe for reading would wait for a writer (the build with it). A file written since is read again
            // by the rebuild its change starts.
            if (buffer is null || exact)
            {
                buffer = [];
            }

            return 0;
        }

        try
        {
            using var handle = File.OpenHandle(file.FullPath);
            var length = RandomAccess.GetLength(handle);
            if (length > limits.MaxFileBytes)
            {
                error = Error(file, 1, 1, $"fichier trop gros ({length / 1024} Kio, au plus {limits.MaxFileBytes / 1024} Kio)");
                return -1;
            }

            if (buffer is null || (exact ? buffer.Length != length : buffer.Length < length))
            {
                buffer = new byte[length];
            }

            var filled = 0;
            while (filled < length && RandomAccess.Read(handle, buffer.AsSpan(filled, (int)length - filled), filled) is var n && n > 0)
            {
                filled += n;
            }

            return filled;
        }
        catch (NotSupportedException)
        {
            // A device or a socket: its length cannot be read.
            error = Error(file, 1, 1, "lecture impossible : ce n'est pas un fichier ordinaire");
            return -1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = Error(file, 1, 1, "lecture impossible : " + e.Message);
            return -1;
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
