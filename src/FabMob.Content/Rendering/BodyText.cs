using System.IO.Compression;
using System.Text;

namespace FabMob.Content.Rendering;

/// <summary>
/// The words of a page's body as search reads them, taken from its Markdown tree at render
/// (<see cref="BodyTextCollector"/>): its headings, in order, and the rest of its text, whitespace
/// collapsed. Kept as UTF-8 compressed with Brotli at its fastest setting (at 10,000 articles, 27.8 MB of
/// UTF-8 held in 12.0 MB; see docs/recherche.md), and only until
/// the search index has it: <see cref="Release"/> lets it go, so that a snapshot does not keep a second
/// copy of every body for its life. Pages made from one another (<c>with</c>) share it, so it also identifies one
/// rendering of a body.
/// </summary>
public sealed class BodyText
{
    private const char HeadingSeparator = '\n';

    // Brotli's fastest quality, and a window of 256 KiB: bodies are smaller, and a larger window costs memory per call.
    private const int Quality = 1;
    private const int Window = 18;

    private Parts? _parts;

    public BodyText(IReadOnlyList<string> headings, string body)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(body);
        _parts = Compress(string.Join(HeadingSeparator, headings) + '\0' + body);
    }

    /// <summary>Whether the text was let go (<see cref="Release"/>): whoever needs it must have kept it.</summary>
    public bool IsReleased => Volatile.Read(ref _parts) is null;

    /// <summary>The headings and the rest of the text, or false when the text was let go.</summary>
    public bool TryRead(out IReadOnlyList<string> headings, out string body)
    {
        if (Volatile.Read(ref _parts) is not { } parts)
        {
            headings = [];
            body = "";
            return false;
        }

        var text = Decompress(parts);
        var end = text.IndexOf('\0', StringComparison.Ordinal);
        headings = end == 0 ? [] : text[..end].Split(HeadingSeparator);
        body = text[(end + 1)..];
        return true;
    }

    /// <summary>
    /// The text as it is held, for the snapshot cache: its UTF-8 length and its bytes (Brotli when shorter than
    /// that length, else the UTF-8 itself); false when it was let go.
    /// </summary>
    internal bool TryGetStored(out int length, out byte[] bytes)
    {
        if (Volatile.Read(ref _parts) is not { } parts)
        {
            length = 0;
            bytes = [];
            return false;
        }

        length = parts.Length;
        bytes = parts.Bytes;
        return true;
    }

    /// <summary>
    /// A text read back from the snapshot cache (<see cref="TryGetStored"/>) as it was held, neither decoded nor
    /// compressed again; null when the bytes cannot be what <see cref="TryGetStored"/> gave (more bytes than the length).
    /// </summary>
    internal static BodyText? FromStored(int length, byte[] bytes) =>
        bytes.Length <= length ? new BodyText(new Parts(length, bytes, Compressed: bytes.Length < length)) : null;

    private BodyText(Parts parts) => _parts = parts;

    /// <summary>Lets the text go: the search index has it (its own file), nobody else reads it.</summary>
    public void Release() => Volatile.Write(ref _parts, null);

    private static Parts Compress(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, compressed, out var written, Quality, Window))
        {
            return new Parts(utf8.Length, utf8, Compressed: false);
        }

        return written < utf8.Length ? new Parts(utf8.Length, compressed[..written], Compressed: true) : new Parts(utf8.Length, utf8, false);
    }

    private static string Decompress(Parts parts)
    {
        if (!parts.Compressed)
        {
            return Encoding.UTF8.GetString(parts.Bytes);
        }

        var utf8 = new byte[parts.Length];
        if (!BrotliDecoder.TryDecompress(parts.Bytes, utf8, out var written) || written != parts.Length)
        {
            throw new InvalidDataException("Compressed body text could not be read back.");
        }

        return Encoding.UTF8.GetString(utf8);
    }

    /// <summary>The text (headings, a NUL, the body) as UTF-8, compressed when that makes it smaller.</summary>
    private sealed record Parts(int Length, byte[] Bytes, bool Compressed);
}
