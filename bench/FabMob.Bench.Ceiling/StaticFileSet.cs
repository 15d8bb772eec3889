using System.Collections.Concurrent;
using Microsoft.AspNetCore.StaticFiles;

namespace FabMob.Bench.Ceiling;

/// <summary>The files of a directory, read on first request and kept in memory with their precompressed copies.</summary>
internal sealed class StaticFileSet(string root)
{
    private static readonly FileExtensionContentTypeProvider Types = new();
    private readonly ConcurrentDictionary<string, StaticFile?> _files = new(StringComparer.Ordinal);

    public async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var file = _files.GetOrAdd(path, Load);
        var response = context.Response;
        if (file is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var accept = context.Request.Headers.AcceptEncoding.ToString();
        var (body, encoding) = file.Brotli is not null && accept.Contains("br", StringComparison.Ordinal) ? (file.Brotli, "br")
            : file.Gzip is not null && accept.Contains("gzip", StringComparison.Ordinal) ? (file.Gzip, "gzip")
            : (file.Identity, null);
        response.ContentType = file.ContentType;
        response.Headers.ETag = file.ETag;
        response.Headers.Vary = "Accept-Encoding";
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private StaticFile? Load(string path)
    {
        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        if (!File.Exists(full))
        {
            return null;
        }

        var type = Types.TryGetContentType(full, out var found) ? found : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal))
        {
            type += "; charset=utf-8";
        }

        var identity = File.ReadAllBytes(full);
        return new StaticFile(type, $"\"{identity.Length:x}-{File.GetLastWriteTimeUtc(full).Ticks:x}\"", identity,
            File.Exists(full + ".br") ? File.ReadAllBytes(full + ".br") : null,
            File.Exists(full + ".gz") ? File.ReadAllBytes(full + ".gz") : null);
    }
}
