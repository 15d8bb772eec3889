using System.IO.Compression;

namespace FabMob.Web.Caching;

/// <summary>
/// Brotli and gzip copies of a response body, at two levels: <see cref="Fast"/> when a request waits for
/// them (Brotli 4, gzip 6: a few milliseconds for a long article), <see cref="Best"/> once in the
/// background and for the export (Brotli 11 with a 16 MiB window as <c>brotli -q 11</c>, gzip at zlib's
/// level 9 as <c>gzip -9</c>: ten to a hundred times slower, 10-15 % smaller). A copy that saves nothing,
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

    public static (byte[]? Brotli, byte[]? Gzip) Fast(ReadOnlySpan<byte> body) =>
        (Brotli(body, FastBrotliQuality, FastBrotliWindow), Gzip(body, CompressionLevel.Optimal));

    public static (byte[]? Brotli, byte[]? Gzip) Best(ReadOnlySpan<byte> body) =>
        (Brotli(body, BestBrotliQuality, BestBrotliWindow), Gzip(body, CompressionLevel.SmallestSize));

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

    public static byte[]? Gzip(ReadOnlySpan<byte> body, CompressionLevel level)
    {
        if (body.Length < MinCompressedSize)
        {
            return null;
        }

        using var output = new MemoryStream(body.Length / 3);
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.Length < body.Length ? output.ToArray() : null;
    }
}
