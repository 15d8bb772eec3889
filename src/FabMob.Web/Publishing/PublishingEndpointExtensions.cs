using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Publishing;

public static partial class PublishingEndpointExtensions
{
    private const int RecommendedSecretLength = 20;

    /// <summary>
    /// Maps <c>POST /_publish</c> when <c>Publish:Secret</c> is set. Without a secret the address does
    /// not exist: it answers 404 like any unknown address, whatever the method.
    /// </summary>
    public static IEndpointRouteBuilder MapPublishing(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<PublishOptions>>().Value;
        var logger = endpoints.ServiceProvider.GetRequiredService<ILogger<PublishEndpoint>>();
        if (!options.IsEnabled)
        {
            // The site's catch-all route only takes GET and HEAD, so a POST here would get a 405 that
            // hints at something: answer exactly as an unknown address does.
            endpoints.Map(PublishEndpoint.Path, () => Results.NotFound()).ExcludeFromDescription();
            return endpoints;
        }

        if (options.Secret.Trim().Length < RecommendedSecretLength)
        {
            LogShortSecret(logger, RecommendedSecretLength);
        }

        // The size limit is endpoint metadata: routing hands it to the server (IHttpMaxRequestBodySizeFeature)
        // before any middleware reads, so Kestrel neither accepts nor drains a larger body.
        endpoints.MapPost(PublishEndpoint.Path, (HttpContext context, PublishEndpoint endpoint) => endpoint.HandleAsync(context))
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxBodyBytes))
            .RequireRateLimiting(PublishingServiceCollectionExtensions.RateLimitPolicy)
            .ExcludeFromDescription();
        LogEnabled(logger, PublishEndpoint.Path);
        return endpoints;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Publication par webhook active : POST {Path}")]
    private static partial void LogEnabled(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publish:Secret est court : prenez au moins {Length} caractères aléatoires")]
    private static partial void LogShortSecret(ILogger logger, int length);
}
