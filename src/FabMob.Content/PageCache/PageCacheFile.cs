using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using FabMob.Content.Snapshot;

namespace FabMob.Content.PageCache;

/// <summary>
/// One file holding the rendered pages of a content tree. Layout: a sequence of records, each
/// <c>length (4 bytes) | CRC-64 of the payload (8 bytes) | payload</c>; the first is the
/// <see cref="PageCacheHeader"/>, each other one page (<see cref="CachedPage"/>, encoded by
/// <see cref="CachedPageCodec"/>: the small fields in a compact binary form, then the rendered HTML and the
/// search text as they are held, which <see cref="PageCacheFileReader"/> copies into large shared arrays,
/// <see cref="PageSlabs"/>, each page keeping a slice; the small fields are decoded only for a file whose bytes match). A record whose checksum does not match, that is cut short or whose inner lengths or tags do
/// not add up is left out (its file is rendered again); a
/// header of another format, version or rendering inputs leaves the whole file out. Written whole to a
/// temporary file in the same folder, then renamed over the old one: a reader sees the old file or the new
/// one, never half.
/// </summary>
public static class PageCacheFile
{
    /// <summary>The layout's version; a change to <see cref="CachedPage"/> or to the layout raises it.</summary>
    public const int Format = 4;

    private const int RecordHead = PageCacheFileReader.RecordHead;

    /// <summary>The cache file of the content tree at <paramref name="contentRoot"/> in <paramref name="directory"/> (one file per tree).</summary>
    public static string PathFor(string directory, string contentRoot)
    {
        var root = Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar);
        var key = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(root));
        return Path.Combine(directory, $"pages-{key:x16}.cache");
    }

    /// <summary>
    /// The pages of the file at <paramref name="path"/> rendered under <paramref name="inputs"/> by this
    /// version, or <see cref="RenderedPageCache.Empty"/> with the reason (French) when the file is of
    /// another version or inputs, or unreadable; a missing file is empty with no reason.
    /// </summary>
    public static RenderedPageCache Load(string path, string inputs, out string? problem)
    {
        problem = null;
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            return Read(new PageCacheFileReader(file), inputs, out problem);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return RenderedPageCache.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = "lecture impossible : " + e.Message;
            return RenderedPageCache.Empty;
        }
    }

    private static RenderedPageCache Read(PageCacheFileReader reader, string inputs, out string? problem)
    {
        problem = null;
        if (!reader.TryReadRecordHead(out var length, out var checksum) ||
            reader.ReadPayload(length, checksum) is not { } head || PageCacheHeader.Read(head) is not { } header)
        {
            problem = "en-tête illisible ou corrompu : le cache est reconstruit";
            return RenderedPageCache.Empty;
        }

        if (header.Format != Format || header.Product != RenderingInputs.Product || header.Inputs != inputs)
        {
            problem = header.Format != Format || header.Product != RenderingInputs.Product
                ? $"écrit par une autre version ({header.Product}, format {header.Format}) : le cache est reconstruit"
                : "écrit avec d'autres réglages de rendu (Site:Mounts, HardLineBreaks, EmbedHosts, OwnHosts…) : le cache est reconstruit";
            return RenderedPageCache.Empty;
        }

        var bySource = new Dictionary<string, StoredPageRecord>(StringComparer.Ordinal);
        var rejected = 0;
        while (!reader.AtEnd)
        {
            if (!reader.TryReadRecordHead(out length, out checksum))
            {
                rejected++; // cut short: what follows cannot be read
                break;
            }

            if (reader.ReadPage(length, checksum) is { } page)
            {
                bySource[page.SourcePath] = page;
            }
            else
            {
                rejected++;
            }
        }

        return new RenderedPageCache(bySource, rejected);
    }

    /// <summary>Pages encoded together before their records are written.</summary>
    internal const int SaveChunk = 256;

    /// <summary>
    /// Writes <paramref name="pages"/> (rendered under <paramref name="inputs"/>) to <paramref name="path"/>:
    /// to a temporary file beside it, then renamed over it. Throws what the file system throws
    /// (the caller decides what a cache that cannot be written means).
    /// </summary>
    public static void Save(string path, string inputs, IReadOnlyList<ContentPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        // Encoded and written a chunk at a time: never every record in memory at once (at 10,000 pages, ~60 MB more
        // at the process's peak while the first search index was being built), still encoded in parallel.
        var chunk = new byte[Math.Min(pages.Count, SaveChunk)][];
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                WriteRecord(stream, new PageCacheHeader(Format, RenderingInputs.Product, inputs).ToBytes());
                for (var start = 0; start < pages.Count; start += chunk.Length)
                {
                    var count = Math.Min(chunk.Length, pages.Count - start);
                    Parallel.For(0, count, i => chunk[i] = CachedPageCodec.Encode(CachedPage.From(pages[start + i])));
                    for (var i = 0; i < count; i++)
                    {
                        WriteRecord(stream, chunk[i]);
                        chunk[i] = null!;
                    }
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the temporary file's name says what it is.
            }

            throw;
        }
    }

    private static void WriteRecord(FileStream stream, byte[] payload)
    {
        Span<byte> head = stackalloc byte[RecordHead];
        BinaryPrimitives.WriteInt32LittleEndian(head, payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(head[4..], Crc64.HashToUInt64(payload));
        stream.Write(head);
        stream.Write(payload);
    }
}
