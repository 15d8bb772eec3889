using System.Threading.RateLimiting;
using FabMob.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Publishing;

public static class PublishingServiceCollectionExtensions
{
    /// <summary>The rate limiter policy of <c>POST /_publish</c>: deliveries per client address per minute.</summary>
    public const string RateLimitPolicy = "publication";

    /// <summary>The <c>Publish</c> section (validated at start) and the services behind <c>POST /_publish</c>.</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddOptions<PublishOptions>().BindConfiguration(PublishOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublishOptions>, PublishOptionsValidator>();
        services.TryAddSingleton<ContentRepositoryLock>();
        services.AddSingleton<ContentPuller>();
        services.AddSingleton<PublishEndpoint>();
        services.AddSingleton<DeliveryLog>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<PublishOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    ClientAddress.Key(context.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, options.PermitsPerMinute),
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    });
            });
        });
        return services;
    }
}
