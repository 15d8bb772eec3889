using System.Security.Cryptography;
using FabMob.Content;
using FabMob.Web.Content;
using FabMob.Web.Security;
using FabMob.Web.Wiki;
using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Caching;

/// <summary>
/// Serves every page, list, feed and stylesheet from memory after its first rendering: the whole
/// response (precompressed with Brotli and gzip) is kept per content snapshot and publication
/// moment, with a strong ETag answered by 304. A new snapshot, or a scheduled article's time coming,
/// starts a new generation, so cached responses always follow the content. Development serves
/// everything fresh (live preview, drafts). Early in the pipeline (after the request line is started, before the
/// security headers' middleware, the error pages and routing): a response it holds is sent with the security
/// headers written directly by <see cref="SecurityHeaderWriter"/>; a miss goes on through the rest of the pipeline.
/// </summary>
public sealed class ResponseCacheMiddleware(RequestDelegate next, ContentSnapshotHost content, ResponseCacheStore store,
    BestCompressionWorker best, TimeProvider time, IWebHostEnvironment environment, IWikiCatalog wiki,
    SecurityHeaderWriter securityHeaders)
{
    /// <summary>Larger responses (a huge page) are served as rendered, not kept: compressing them would cost more than it saves.</summary>
    private const int MaxCachedSize = 1024 * 1024;
    private const string PageCacheControl = "public, no-cache";
    private const string FingerprintedCacheControl = "public, max-age=31536000, immutable";

    /// <summary>Read once: the environment does not change while the app runs.</summary>
    private readonly bool _development = environment.IsDevelopment();

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (_development || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) ||
            IsUncached(request.Path) || IsFiltered(request))
        {
            return next(context);
        }

        // A hit reads the current snapshot without pinning it to the request (no per-request item); a miss pins
        // the one it renders from and keys its response by that snapshot's generation.
        var snapshot = content.Current;
        var generation = GenerationOf(snapshot);
        var key = Key(request);
        return store.TryGet(generation, key, out var cached)
            ? WriteAsync(context, cached!, fromMemory: true)
            : RenderAsync(context, snapshot, generation, key);
    }

    /// <summary>A miss: the rest of the pipeline renders the response, kept if it can be.</summary>
    private async Task RenderAsync(HttpContext context, ContentSnapshot snapshot, string generation, string key)
    {
        var request = context.Request;
        var pinned = content.For(context);
        if (!ReferenceEquals(pinned, snapshot))
        {
            snapshot = pinned;
            generation = GenerationOf(snapshot);
        }

        // Files of the content tree (images, PDFs, SVGs…) are sent from disk with their own headers
        // (ranges, a sandboxing policy for SVG): never buffered, never kept.
        if (snapshot.Match(request.Path.Value ?? "/") is ContentMatch.Asset)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        var made = Cacheable(context.Response) && buffer.Length <= MaxCachedSize ? Make(context, buffer.ToArray()) : null;
        if (made is null)
        {
            buffer.Position = 0;
            if (!HttpMethods.IsHead(request.Method))
            {
                await buffer.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
            }

            return;
        }

        if (store.Add(generation, key, made))
        {
            best.Enqueue(generation, key, made);
        }


        context.Response.Headers.Remove(HeaderNames.ETag);
        context.Response.Headers.Remove(HeaderNames.LastModified);
        // The rest of the pipeline wrote this response's headers (the security headers' middleware among them).
        await WriteAsync(context, made, fromMemory: false).ConfigureAwait(false);
    }

    private GenerationStamp? _stamp;

    private string GenerationOf(ContentSnapshot snapshot)
    {
        var now = time.GetUtcNow();
        var wikiVersion = wiki.Version;
        var stamp = Volatile.Read(ref _stamp);
        if (stamp is not null && stamp.Fits(snapshot, wikiVersion, now.UtcTicks))
        {
            return stamp.Key;
        }

        var key = Generation(snapshot, now, wikiVersion);
        Volatile.Write(ref _stamp, new GenerationStamp(snapshot, wikiVersion, now.UtcTicks, now.UtcTicks + TimeSpan.TicksPerSecond, key));
        return key;
    }

    /// <summary>Addresses answered fresh each time: internal endpoints, search, health.</summary>
    internal static bool IsUncached(PathString path) =>
        (path.Value?.StartsWith("/_", StringComparison.Ordinal) ?? false) ||
        path.StartsWithSegments("/recherche", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A filtered list (the missions' <c>?commun=…&amp;poste=…</c>) is answered fresh: its values come from
    /// visitors, so keeping one response per value would let anyone fill the cache.
    /// </summary>
    internal static bool IsFiltered(HttpRequest request) =>
        request.QueryString.HasValue &&
        (request.Query.ContainsKey(Models.MissionFilter.CommunQuery) || request.Query.ContainsKey(Models.MissionFilter.PosteQuery));

    /// <summary>
    /// The snapshot version, the number of dated entries whose time has come (a scheduled article
    /// appearing changes it), the day in Paris (the events page splits upcoming and past by day) and the
    /// wiki catalogue's version (communs and publications show its answers, which change on their own).
    /// </summary>
    internal static string Generation(ContentSnapshot snapshot, DateTimeOffset now, long wikiVersion) =>
        $"{snapshot.Version}:{snapshot.DatedEntriesAt(now)}:{TimeZoneInfo.ConvertTime(now, ContentDate.Paris):yyyyMMdd}:{wikiVersion}";

    /// <summary>
    /// The path and the query values that change an answer: <c>page</c> (lists) and <c>v</c> (a fingerprinted
    /// stylesheet is cached for a year, the same path without it is not); others (<c>utm_*</c>…) do not.
    /// </summary>
    private static string Key(HttpRequest request)
    {
        if (!request.QueryString.HasValue)
        {
            // Most requests: no query collection to parse.
            return request.Path.Value ?? "/";
        }

        var page = request.Query["page"];
        var version = request.Query["v"];
        var key = page.Count == 0 ? request.Path.Value ?? "/" : $"{request.Path.Value}?page={page}";
        return version.Count == 0 ? key : $"{key}{(page.Count == 0 ? '?' : '&')}v={version}";
    }

    private static bool Cacheable(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK &&
        !response.Headers.ContainsKey(HeaderNames.SetCookie) &&
        !response.Headers.ContainsKey(HeaderNames.ContentEncoding) &&
        response.ContentType is { } type &&
        (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("xml", StringComparison.Ordinal) ||
         type.Contains("javascript", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal));

    private static CachedResponse Make(HttpContext context, byte[] body)
    {
        var cacheControl = context.Request.Query.ContainsKey("v") && context.Request.Path.Value?.Contains('.', StringComparison.Ordinal) == true
            ? FingerprintedCacheControl
            : PageCacheControl;
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"");
        var (brotli, gzip) = BodyCompressor.Fast(body);
        return new CachedResponse(context.Response.ContentType!, cacheControl, etag, body, brotli, gzip);
    }

    /// <summary>
    /// The kept response with the security headers, the ETag and the validators, as a 304 when the client has it,
    /// else the bytes of the coding it accepts in one write with their Content-Length (no body for HEAD).
    /// <paramref name="fromMemory"/>: a hit, whose headers nothing else has written (the security headers go in as one set);
    /// else a response the rest of the pipeline just made and wrote headers for.
    /// </summary>
    private Task WriteAsync(HttpContext context, CachedResponse cached, bool fromMemory)
    {
        if (fromMemory)
        {
            securityHeaders.ApplyToCachedAnswer(context);
        }
        else
        {
            securityHeaders.Apply(context);
        }

        var response = context.Response;
        var headers = response.Headers;
        headers.ETag = cached.ETagText;
        headers.CacheControl = cached.CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        response.ContentType = cached.ContentType;
        if (EntityTagMatch.AnyMatches(context.Request.Headers.IfNoneMatch, cached.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        var (body, encoding) = Choose(context.Request, cached);
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        response.ContentLength = body.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return Task.CompletedTask;
        }

        var write = response.Body.WriteAsync(body, context.RequestAborted);
        return write.IsCompletedSuccessfully ? Task.CompletedTask : write.AsTask();
    }

    /// <summary>The copy of the coding <see cref="ContentCodingChoice"/> picks for the request's <c>Accept-Encoding</c>.</summary>
    private static (byte[] Body, string? Encoding) Choose(HttpRequest request, CachedResponse cached) =>
        ContentCodingChoice.Choose(request.Headers.AcceptEncoding, cached.Brotli is not null, cached.Gzip is not null) switch
        {
            ContentCodingChoice.Brotli => (cached.Brotli!, ContentCodingChoice.Brotli),
            ContentCodingChoice.Gzip => (cached.Gzip!, ContentCodingChoice.Gzip),
            _ => (cached.Identity, null),
        };
}
