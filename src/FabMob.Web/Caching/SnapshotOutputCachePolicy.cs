using FabMob.Web.Content;
using FabMob.Web.Wiki;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Caching;

/// <summary>
/// The framework's alternative to <see cref="ResponseCacheMiddleware"/>, kept for the benchmark's comparison
/// (<c>--Bench:ResponseCache=OutputCache</c>, see docs/performance.md): <c>OutputCache</c> keyed by the same
/// generation (snapshot version, publication moment, day, wiki version), the same query values and the
/// request's <c>Accept-Encoding</c>, in front of <c>ResponseCompression</c> at the best levels, so that a
/// cached entry holds the compressed bytes.
/// </summary>
public sealed class SnapshotOutputCachePolicy(ContentSnapshotHost content, TimeProvider time, IWikiCatalog wiki) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) &&
            !ResponseCacheMiddleware.IsUncached(request.Path) && !ResponseCacheMiddleware.IsFiltered(request);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromDays(1);
        var snapshot = content.For(context.HttpContext);
        context.CacheVaryByRules.VaryByValues["generation"] = ResponseCacheMiddleware.Generation(snapshot, time.GetUtcNow(), wiki.Version);
        context.CacheVaryByRules.QueryKeys = new[] { "page", "v" };
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
