using System.Text.Json;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Wiki;

/// <summary>
/// The last good answers on disk (<c>wiki-cache.json</c> in <see cref="WikiOptions.CacheDirectory"/>),
/// so that a restart while the wiki is down still shows titles, pictures and summaries. Written to a
/// temporary file then renamed over the old one, so a reader never sees half a file; a file that cannot
/// be read (corrupt, another wiki's, too large) is logged and ignored.
/// </summary>
internal sealed partial class WikiCacheFile(IOptions<SiteOptions> site, TimeProvider time, ILogger<WikiCacheFile> logger)
{
    public const string FileName = "wiki-cache.json";

    /// <summary>A cache larger than this is not ours to read (thousands of pages take well under 1 MiB).</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, MaxDepth = 16 };

    private readonly string _apiUrl = site.Value.Wiki.ApiUrl.Trim();

    public string Path { get; } = System.IO.Path.Combine(site.Value.Wiki.ResolvedCacheDirectory(), FileName);

    public IReadOnlyList<WikiSummary> Load()
    {
        try
        {
            var file = new FileInfo(Path);
            if (!file.Exists)
            {
                return [];
            }

            if (file.Length > MaxBytes)
            {
                LogUnreadable(Path, $"{file.Length} octets, plus que {MaxBytes}");
                return [];
            }

            var document = JsonSerializer.Deserialize<WikiCacheDocument>(File.ReadAllBytes(Path), Json);
            if (document?.Pages is null || document.Version != WikiCacheDocument.CurrentVersion)
            {
                LogUnreadable(Path, "format inconnu");
                return [];
            }

            if (!string.Equals(document.ApiUrl, _apiUrl, StringComparison.Ordinal))
            {
                LogOtherWiki(Path, document.ApiUrl);
                return [];
            }

            var pages = document.Pages
                .Where(p => p is not null && !string.IsNullOrWhiteSpace(p.Id) && !string.IsNullOrWhiteSpace(p.Title) && p.Url is not null)
                .ToList();
            LogLoaded(pages.Count, Path, document.SavedAt);
            return pages;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            LogUnreadable(Path, e.Message);
            return [];
        }
    }

    /// <summary>Writes these answers in place of the file's (temporary file, then rename).</summary>
    public void Save(IEnumerable<WikiSummary> pages)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        var temporary = System.IO.Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            var document = new WikiCacheDocument(WikiCacheDocument.CurrentVersion, _apiUrl, time.GetUtcNow(), [.. pages]);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, document, Json);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogNotSaved(Path, e.Message);
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Best effort: a stray temporary file is never read.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wiki : {Count} pages reprises du cache {Path} (écrit le {SavedAt:u})")]
    private partial void LogLoaded(int count, string path, DateTimeOffset savedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wiki : cache {Path} illisible ({Reason}) ; ignoré, les pages seront redemandées au wiki")]
    private partial void LogUnreadable(string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wiki : le cache {Path} vient d'un autre wiki ({ApiUrl}) ; ignoré")]
    private partial void LogOtherWiki(string path, string apiUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wiki : impossible d'écrire le cache {Path} ({Reason}) ; les réponses restent en mémoire")]
    private partial void LogNotSaved(string path, string reason);
}
