using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace FabMob.Content.Rendering;

/// <summary>
/// The words of a page's body as search reads them, taken from its Markdown tree at render
/// (<see cref="BodyTextCollector"/>): its headings, in order, and the rest of its text, whitespace
/// collapsed. Kept as UTF-8 compressed with Brotli at its fastest setting, quality 0 (see docs/recherche.md and
/// docs/performance.md « Démarrage à froid : après le désinfectant »), made in rented buffers so that the only array
/// left behind is the one kept, and only until
/// the search index has it: <see cref="Release"/> lets it go, so that a snapshot does not keep a second
/// copy of every body for its life. Pages made from one another (<c>with</c>) share it, so it also identifies one
/// rendering of a body.
/// </summary>
public sealed class BodyText
{
    private const char HeadingSeparator = '\n';

    // Brotli's fastest quality (0: one pass, ~1.5 times faster than 1 on the bench's bodies, 4 % larger), and a window of
    // 256 KiB: bodies are smaller, and a larger window costs memory per call.
    private const int Quality = 0;
    private const int Window = 18;

    private Parts? _parts;

    public BodyText(IReadOnlyList<string> headings, string body)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(body);
        _parts = Compress(headings, body.AsSpan(), collapse: false);
    }

    /// <summary>
    /// The text of <paramref name="body"/> with its whitespace collapsed as <see cref="PlainText.Collapse"/> does, read
    /// straight from the builder: no string of the body is made.
    /// </summary>
    internal BodyText(IReadOnlyList<string> headings, StringBuilder body)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(body);
        _parts = Compress(headings, body, collapse: true);
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
    internal bool TryGetStored(out int length, out ReadOnlyMemory<byte> bytes)
    {
        if (Volatile.Read(ref _parts) is not { } parts)
        {
            length = 0;
            bytes = ReadOnlyMemory<byte>.Empty;
            return false;
        }

        length = parts.Length;
        bytes = parts.Bytes;
        return true;
    }

    /// <summary>
    /// A text read back from the snapshot cache (<see cref="TryGetStored"/>) as it was held, neither decoded nor
    /// compressed again (kept as given: a slice of a slab shared with other pages, <c>PageSlabs</c>); null when the bytes
    /// cannot be what <see cref="TryGetStored"/> gave (more bytes than the length).
    /// </summary>
    internal static BodyText? FromStored(int length, ReadOnlyMemory<byte> bytes) =>
        bytes.Length <= length ? new BodyText(new Parts(length, bytes, Compressed: bytes.Length < length)) : null;

    private BodyText(Parts parts) => _parts = parts;

    /// <summary>Lets the text go: the search index has it (its own file), nobody else reads it.</summary>
    public void Release() => Volatile.Write(ref _parts, null);

    private static Parts Compress(IReadOnlyList<string> headings, ReadOnlySpan<char> body, bool collapse)
    {
        var chars = ArrayPool<char>.Shared.Rent(Length(headings, body.Length));
        try
        {
            var used = Headings(headings, chars);
            var (started, space) = (false, false);
            used += collapse ? Collapse(body, chars.AsSpan(used), ref started, ref space) : Copy(body, chars.AsSpan(used));
            return Compress(chars.AsSpan(0, used));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static Parts Compress(IReadOnlyList<string> headings, StringBuilder body, bool collapse)
    {
        var chars = ArrayPool<char>.Shared.Rent(Length(headings, body.Length));
        try
        {
            var used = Headings(headings, chars);
            var (started, space) = (false, false);
            foreach (var chunk in body.GetChunks())
            {
                used += collapse ? Collapse(chunk.Span, chars.AsSpan(used), ref started, ref space) : Copy(chunk.Span, chars.AsSpan(used));
            }

            return Compress(chars.AsSpan(0, used));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The characters the headings, their separators, the NUL and a body of <paramref name="body"/> characters need at most.</summary>
    private static int Length(IReadOnlyList<string> headings, int body)
    {
        var length = body + 1;
        foreach (var heading in headings)
        {
            length += heading.Length + 1;
        }

        return length;
    }

    /// <summary>The headings joined by <see cref="HeadingSeparator"/>, then a NUL: the characters written.</summary>
    private static int Headings(IReadOnlyList<string> headings, Span<char> into)
    {
        var used = 0;
        for (var i = 0; i < headings.Count; i++)
        {
            if (i > 0)
            {
                into[used++] = HeadingSeparator;
            }

            headings[i].AsSpan().CopyTo(into[used..]);
            used += headings[i].Length;
        }

        into[used++] = '\0';
        return used;
    }

    private static int Copy(ReadOnlySpan<char> text, Span<char> into)
    {
        text.CopyTo(into);
        return text.Length;
    }

    /// <summary>
    /// Whitespace collapsed as <see cref="PlainText.Collapse"/> does, on one piece of a text read in pieces: each run made
    /// one space, none before the first word (<paramref name="started"/>) nor after the last (a run is written only
    /// before the next word, <paramref name="space"/> carried to the next piece). The characters written.
    /// </summary>
    private static int Collapse(ReadOnlySpan<char> text, Span<char> into, ref bool started, ref bool space)
    {
        var used = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = started;
                continue;
            }

            if (space)
            {
                into[used++] = ' ';
                space = false;
            }

            into[used++] = c;
            started = true;
        }

        return used;
    }

    private static Parts Compress(ReadOnlySpan<char> text)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, utf8);
            var compressed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(length));
            try
            {
                return BrotliEncoder.TryCompress(utf8.AsSpan(0, length), compressed, out var written, Quality, Window) && written < length
                    ? new Parts(length, compressed.AsSpan(0, written).ToArray(), Compressed: true)
                    : new Parts(length, utf8.AsSpan(0, length).ToArray(), Compressed: false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(compressed);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private static string Decompress(Parts parts)
    {
        if (!parts.Compressed)
        {
            return Encoding.UTF8.GetString(parts.Bytes.Span);
        }

        var utf8 = new byte[parts.Length];
        if (!BrotliDecoder.TryDecompress(parts.Bytes.Span, utf8, out var written) || written != parts.Length)
        {
            throw new InvalidDataException("Compressed body text could not be read back.");
        }

        return Encoding.UTF8.GetString(utf8);
    }

    /// <summary>The text (headings, a NUL, the body) as UTF-8, compressed when that makes it smaller.</summary>
    private sealed record Parts(int Length, ReadOnlyMemory<byte> Bytes, bool Compressed);
}
