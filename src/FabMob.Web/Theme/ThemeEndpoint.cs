using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Theme;

/// <summary>
/// Serves <see cref="ThemeStylesheet"/> on GET and HEAD: with its fingerprint, cached for a year (immutable);
/// without, revalidated (<c>no-cache</c>) with its ETag; with an outdated fingerprint, a 302 to the current address
/// (so an old fingerprint never gets today's bytes cached for a year under its name).
/// </summary>
internal static class ThemeEndpoint
{
    private const string ImmutableCacheControl = "public, max-age=31536000, immutable";
    private const string RevalidateCacheControl = "public, no-cache";

    public static IEndpointRouteBuilder MapSiteTheme(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(ThemeStylesheet.Path, [HttpMethods.Get, HttpMethods.Head], Serve);
        return endpoints;
    }

    private static async Task Serve(HttpContext context, ThemeStylesheet theme)
    {
        var request = context.Request;
        var response = context.Response;
        var version = request.Query["v"];
        if (version.Count > 0 && !string.Equals(version.ToString(), theme.Version, StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status302Found;
            response.Headers.CacheControl = RevalidateCacheControl;
            response.Headers.Location = theme.Href;
            return;
        }

        var etag = new EntityTagHeaderValue($"\"{theme.Version}\"");
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        response.Headers.CacheControl = version.Count > 0 ? ImmutableCacheControl : RevalidateCacheControl;
        response.ContentType = "text/css; charset=utf-8";
        if (request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentLength = theme.Bytes.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(theme.Bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
