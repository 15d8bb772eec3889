using FabMob.Web.Caching;

namespace FabMob.Web.Export;

/// <summary>
/// <c>export DIR --compress</c>: writes <c>FILE.br</c> and <c>FILE.gz</c> beside each text file of the export
/// (HTML, CSS, JavaScript, XML, JSON, SVG, text), at the best levels (<see cref="BodyCompressor.Best"/>),
/// for hosts that serve them as they are (nginx <c>gzip_static</c> / <c>brotli_static</c>, Caddy
/// <c>precompressed</c>). A copy that would not be smaller than its file is not written.
/// </summary>
internal static class PrecompressedCopies
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".css", ".js", ".mjs", ".xml", ".json", ".svg", ".txt", ".webmanifest",
    };

    /// <summary>Writes the copies in parallel; returns how many files were written.</summary>
    public static int Write(string root)
    {
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => TextExtensions.Contains(Path.GetExtension(f)))
            .ToList();
        var written = 0;
        Parallel.ForEach(files, file =>
        {
            var body = File.ReadAllBytes(file);
            var (brotli, gzip) = BodyCompressor.Best(body);
            if (brotli is not null)
            {
                File.WriteAllBytes(file + ".br", brotli);
                Interlocked.Increment(ref written);
            }

            if (gzip is not null)
            {
                File.WriteAllBytes(file + ".gz", gzip);
                Interlocked.Increment(ref written);
            }
        });
        return written;
    }
}
