using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace FabMob.Web.Caching;

/// <summary>
/// Wiring of the benchmark's comparison: with <c>Bench:ResponseCache=OutputCache</c> in the configuration,
/// the site answers through <c>OutputCache</c> (<see cref="SnapshotOutputCachePolicy"/>) and
/// <c>ResponseCompression</c> (Brotli and gzip at their smallest size) instead of its own response cache.
/// </summary>
internal static class OutputCacheComparison
{
    public const string Key = "Bench:ResponseCache";
    public const string OutputCache = "OutputCache";

    public static bool IsOn(IConfiguration configuration) =>
        string.Equals(configuration[Key], OutputCache, StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddOutputCacheComparison(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = ResponseCacheStore.MaxBytes;
            options.MaximumBodySize = 1024 * 1024;
            options.AddBasePolicy(builder => builder.AddPolicy<SnapshotOutputCachePolicy>(), excludeDefaultPolicy: true);
        });
        services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.SmallestSize);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.SmallestSize);
        return services;
    }

    public static WebApplication UseOutputCacheComparison(this WebApplication app)
    {
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }
}
