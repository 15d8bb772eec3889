using System.IO.Compression;

namespace FabMob.Web.Caching;

/// <summary>
/// Brotli and gzip copies of a response body, at two levels: <see cref="Fast"/> when a request waits for
/// them (Brotli 4, gzip 6: a few milliseconds for a long article), <see cref="Best"/> once in the
/// background and for the export (Brotli 11, the smaller of a 16 MiB window and the window <c>brotli -q 11</c> fits
/// to the body; gzip at the smallest of zlib's levels 7 to 9: ten to a hundred times slower, 10-15 % smaller). A copy that saves nothing,
/// or a body too small to gain from one, is <c>null</c>.
/// </summary>
public static class BodyCompressor
{
    /// <summary>Below this size a compressed copy saves less than a packet.</summary>
    public const int MinCompressedSize = 860;

    private const int BestBrotliQuality = 11;
    private const int BestBrotliWindow = 24;
    private const int FastBrotliQuality = 4;
    private const int FastBrotliWindow = 22;
    private const int FastGzipLevel = 6;

    public static (byte[]? Brotli, byte[]? Gzip) Fast(ReadOnlySpan<byte> body) =>
        (Brotli(body, FastBrotliQuality, FastBrotliWindow), Gzip(body, new ZLibCompressionOptions { CompressionLevel = FastGzipLevel }));

    public static (byte[]? Brotli, byte[]? Gzip) Best(ReadOnlySpan<byte> body) => (SmallestBrotli(body), SmallestGzip(body));

    /// <summary>
    /// Quality 11 with the largest window and with the smallest window that holds the body (what the
    /// <c>brotli</c> command picks for a file), the smaller of the two: either can win by a byte.
    /// </summary>
    public static byte[]? SmallestBrotli(ReadOnlySpan<byte> body)
    {
        var widest = Brotli(body, BestBrotliQuality, BestBrotliWindow);
        var fitted = FittedWindow(body.Length);
        if (fitted == BestBrotliWindow)
        {
            return widest;
        }

        var tight = Brotli(body, BestBrotliQuality, fitted);
        return tight is not null && (widest is null || tight.Length < widest.Length) ? tight : widest;
    }

    /// <summary>The smallest window (10 to 24 bits) whose span, less its 16 reserved bytes, covers <paramref name="length"/> bytes.</summary>
    private static int FittedWindow(int length)
    {
        var window = 10;
        while (window < BestBrotliWindow && (1L << window) - 16 < length)
        {
            window++;
        }

        return window;
    }

    /// <summary>
    /// The smallest of zlib levels 7, 8 and 9: the runtime's zlib-ng does not always shrink a page more at 9, and
    /// GNU <c>gzip -9</c> (what a static host is given) sometimes beats its level 9 by a few bytes, never its best of three.
    /// </summary>
    public static byte[]? SmallestGzip(ReadOnlySpan<byte> body)
    {
        byte[]? smallest = null;
        for (var level = 7; level <= 9; level++)
        {
            var candidate = Gzip(body, new ZLibCompressionOptions { CompressionLevel = level });
            if (candidate is not null && (smallest is null || candidate.Length < smallest.Length))
            {
                smallest = candidate;
            }
        }

        return smallest;
    }

    public static byte[]? Brotli(ReadOnlySpan<byte> body, int quality, int window)
    {
        if (body.Length < MinCompressedSize)
        {
            return null;
        }

        var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        if (!BrotliEncoder.TryCompress(body, output, out var written, quality, window) || written >= body.Length)
        {
            return null;
        }

        return output.AsSpan(0, written).ToArray();
    }

    public static byte[]? Gzip(ReadOnlySpan<byte> body, ZLibCompressionOptions options)
    {
        if (body.Length < MinCompressedSize)
        {
            return null;
        }

        using var output = new MemoryStream(body.Length / 3);
        using (var gzip = new GZipStream(output, options, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.Length < body.Length ? output.ToArray() : null;
    }
}
